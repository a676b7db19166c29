import CaseDomain

/// The check a field runs as it is typed: nil when the value may be saved, else the message shown
/// beside it. The rules are the store's (`TextSafety`, `ANumber`, `CodeChecks`), so a form refuses what
/// an import would.
enum FieldChecks {
    static func problem(_ text: String, kind: FieldKind, today: CivilDate) -> String? {
        if let unsafe = TextSafety.problem(in: text, multiline: kind.isMultiline) { return unsafe.description }
        let blank = CodeChecks.isBlank(text)
        switch kind {
        case .line(let required):
            return required && blank ? "is required" : nil
        case .notes, .toggle:
            return nil
        case .date(let yearless, let required):
            if blank { return required ? "is required" : nil }
            if case .failure(let message) = FormDates.parse(text, today: today, yearless: yearless) { return message.text }
            return nil
        case .time:
            return blank || TimeOfDay(text: trimmed(text)) != nil ? nil : "\(TextSafety.quoted(text)) is not a time (HH:MM, 24-hour)"
        case .choice(let options, let required):
            if blank { return required ? "is required" : nil }
            return options.contains(trimmed(text)) ? nil : "\(TextSafety.quoted(text)) is not one of " + options.joined(separator: ", ")
        case .choices(let options):
            let unknown = list(text).filter { !options.contains($0) }
            return unknown.first.map { "\(TextSafety.quoted($0)) is not one of " + options.joined(separator: ", ") }
        case .aNumber:
            return blank || ANumber(parsing: trimmed(text)) != nil
                ? nil : "\(TextSafety.quoted(text)) is not an A-number (A and 7 to 9 digits)"
        case .login:
            return blank || StaffRules.isLogin(trimmed(text))
                ? nil : "\(TextSafety.quoted(text)) is not a login (1 to \(StaffRules.loginLimit) of a-z 0-9 . _ -)"
        case .number(let range, let required):
            if blank { return required ? "is required" : nil }
            guard let number = Int(trimmed(text)), range.contains(number) else {
                return "\(TextSafety.quoted(text)) is not a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .nationality:
            return blank || CodeChecks.isNationality(trimmed(text))
                ? nil : "\(TextSafety.quoted(text)) is not a country code (two capital letters) or stateless"
        case .languages:
            let bad = list(text).filter { !CodeChecks.isLanguageTag($0) }
            return bad.first.map { "\(TextSafety.quoted($0)) is not a language tag (ru, es, uk…)" }
        }
    }

    /// A value without the blanks around it.
    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The items of a comma-separated value, trimmed, blanks left out.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}
