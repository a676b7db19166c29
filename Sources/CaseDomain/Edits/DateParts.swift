/// A typed date split into its parts before they are checked: year (nil when not typed), month, day.
struct DateParts {
    var year: Int?
    var month: Int
    var day: Int
    /// The year was typed with fewer than four digits (`12/3/26`), which is refused rather than guessed.
    var shortYear = false

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// `jan` … `dec`, the whole names, and `sept`; nil for anything else.
    static func month(named word: Substring) -> Int? {
        let word = word.hasSuffix(".") ? word.dropLast() : word
        if word == "sept" { return 9 }
        guard word.count >= 3 else { return nil }
        if let index = monthNames.firstIndex(where: { $0 == word || ($0.hasPrefix(word) && word.count == 3) }) {
            return index + 1
        }
        return nil
    }

    /// The parts of a lowercased text in one of the numeric or month-name forms, or nil.
    static func read(_ text: String) -> DateParts? {
        if let parts = numeric(text, separator: "-", order: .yearFirst) { return parts }
        if let parts = numeric(text, separator: "/", order: .monthFirst) { return parts }
        return named(text)
    }

    private enum Order { case yearFirst, monthFirst }

    /// `2026-12-03` (and `2026-2-3`), `12/3/2026`, `12/3`: ASCII digits only.
    private static func numeric(_ text: String, separator: Character, order: Order) -> DateParts? {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count else { return nil }
        switch (order, numbers.count) {
        case (.yearFirst, 3):
            guard fields[0].count == 4, fields[1].count <= 2, fields[2].count <= 2 else { return nil }
            return DateParts(year: numbers[0], month: numbers[1], day: numbers[2])
        case (.monthFirst, 3):
            guard fields[0].count <= 2, fields[1].count <= 2 else { return nil }
            return DateParts(year: numbers[2], month: numbers[0], day: numbers[1], shortYear: fields[2].count < 4)
        case (.monthFirst, 2):
            guard fields[0].count <= 2, fields[1].count <= 2 else { return nil }
            return DateParts(year: nil, month: numbers[0], day: numbers[1])
        case (.yearFirst, _), (.monthFirst, _):
            return nil
        }
    }

    /// `dec 3`, `3 dec`, `december 3`, `dec 3 2026`, `dec 3, 2026`, `3 dec 2026`.
    private static func named(_ text: String) -> DateParts? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (2...3).contains(words.count) else { return nil }
        func number(_ word: Substring, maxDigits: Int) -> Int? {
            guard word.count <= maxDigits, word.unicodeScalars.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(word)
        }
        let month: Int, day: Int
        if let named = DateParts.month(named: words[0]), let value = number(words[1], maxDigits: 2) {
            (month, day) = (named, value)
        } else if let value = number(words[0], maxDigits: 2), let named = DateParts.month(named: words[1]) {
            (month, day) = (named, value)
        } else {
            return nil
        }
        guard words.count == 3 else { return DateParts(year: nil, month: month, day: day) }
        guard let year = number(words[2], maxDigits: 4) else { return nil }
        return DateParts(year: year, month: month, day: day, shortYear: words[2].count < 4)
    }

    /// The date these parts name, reading a missing year by `yearless`; a message naming what is wrong
    /// otherwise (a two-digit year, a day the month does not have).
    func date(text: String, today: CivilDate, yearless: YearlessDate) -> Result<CivilDate, DateInputError> {
        guard (1...12).contains(month) else {
            return .failure(DateInputError(message: "\(TextSafety.quoted(text)) is not a date: there is no month \(month)"))
        }
        guard day >= 1 else {
            return .failure(DateInputError(message: "\(TextSafety.quoted(text)) is not a date: there is no day \(day)"))
        }
        let monthName = DateParts.monthNames[month - 1].capitalizedFirst
        guard let year else {
            guard day <= (month == 2 ? 29 : CivilDate.daysInMonth(year: 2001, month: month)),
                  let date = DateParts.resolving(month: month, day: day, today: today, yearless) else {
                return .failure(DateInputError(
                    message: "\(TextSafety.quoted(text)) is not a date: \(monthName) has no day \(day)"))
            }
            return .success(date)
        }
        guard !shortYear else {
            return .failure(DateInputError(message: "\(TextSafety.quoted(text)): write the year with four digits"))
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let days = CivilDate.daysInMonth(year: year, month: month)
            return .failure(DateInputError(
                message: "\(TextSafety.quoted(text)) is not a date: \(monthName) \(year) has \(days) days"))
        }
        return .success(date)
    }

    /// The month and day in the year `yearless` picks: on or after today for `.next`, on or before today
    /// for `.lastPast`. 29 February looks for the nearest leap year that way (at most eight years off).
    static func resolving(month: Int, day: Int, today: CivilDate, _ yearless: YearlessDate) -> CivilDate? {
        let step = yearless == .next ? 1 : -1
        for offset in 0...8 {
            guard let date = CivilDate(year: today.year + step * offset, month: month, day: day) else { continue }
            switch yearless {
            case .next: if date >= today { return date }
            case .lastPast: if date <= today { return date }
            }
        }
        return nil
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
