/// How a date field reads a date without a year (`dec 3`): hearings and deadlines mean the next such
/// date, arrivals and birth dates the last one past (docs/formats.md, Dates typed in a form).
public enum YearlessDate: Hashable, Sendable {
    /// Today or the first later such date.
    case next
    /// Today or the latest earlier such date.
    case lastPast
}

/// Why typed text is not a date: one line, quoting the text made safe.
public struct DateInputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}

/// The dates a form accepts (docs/formats.md, Dates typed in a form): `2026-12-03`, `12/3/2026` (month
/// first), `today`, `tomorrow`, `yesterday`, `+30` and `-7` (days from today), `dec 3`, `3 dec`,
/// `december 3`, `Dec 3 2026`, `Dec 3, 2026`, `3 Dec 2026`; month names in any case, three letters or
/// whole (and `sept`). A form without a year is read by `yearless`.
public enum DateInput {
    /// The most days `+N` / `-N` may move.
    public static let offsetLimit = 36_600

    public static func parse(_ text: String, today: CivilDate, yearless: YearlessDate) -> Result<CivilDate, DateInputError> {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return .failure(DateInputError(message: "no date given")) }
        let lower = trimmed.lowercased()
        switch lower {
        case "today": return .success(today)
        case "tomorrow": return .success(today.adding(days: 1))
        case "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let first = lower.unicodeScalars.first, first == "+" || first == "-" {
            return offset(String(lower.dropFirst()), negative: first == "-", text: trimmed, today: today)
        }
        let parts = DateParts.read(lower)
        guard let parts else { return .failure(unreadable(trimmed)) }
        return parts.date(text: trimmed, today: today, yearless: yearless)
    }

    static func unreadable(_ text: String) -> DateInputError {
        DateInputError(message: "\(TextSafety.quoted(text)) is not a date (try 2026-12-03, 12/3/2026, dec 3, +30 or tomorrow)")
    }

    private static func offset(_ digits: String, negative: Bool, text: String,
                               today: CivilDate) -> Result<CivilDate, DateInputError> {
        guard !digits.isEmpty, digits.count <= 6, digits.unicodeScalars.allSatisfy(\.isASCIIDigit),
              let days = Int(digits) else { return .failure(unreadable(text)) }
        guard days <= offsetLimit else {
            return .failure(DateInputError(message: "\(TextSafety.quoted(text)) is too far from today (at most \(offsetLimit) days)"))
        }
        let date = today.adding(days: negative ? -days : days)
        guard (1...9999).contains(date.year) else { return .failure(unreadable(text)) }
        return .success(date)
    }
}

extension CivilDate {
    /// The day of the week in full: "Thursday".
    public var weekdayName: String { weekday.name }

    /// The day of the week in three letters: "Thu".
    public var weekdayShort: String { weekday.shortName }
}

extension Weekday {
    public var name: String {
        switch self {
        case .sunday: "Sunday"
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        }
    }
}

extension String {
    /// Without leading and trailing white space (Foundation-free).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}

extension EventKind {
    /// How a date typed without a year is read for this kind of event: the next such date for what is
    /// scheduled ahead (hearings, interviews, biometrics, check-ins, deadlines), the last one past for what
    /// is recorded after it happened (arrivals, filings, decisions, notes).
    public var yearlessDate: YearlessDate {
        switch self {
        case .masterHearing, .individualHearing, .bondHearing, .asylumInterview, .biometrics, .checkIn,
             .courtDeadline, .deadline:
            .next
        case .arrival, .cfi, .ntaServed, .referral, .i589Filed, .filing, .eoir33Filed, .ar11Filed, .feePaid,
             .eadFiled, .eadGranted, .motionReopenFiled, .motionReconsiderFiled, .venueChange, .ijDecision,
             .biaAppealFiled, .biaDecision, .appealWaived, .pfrFiled, .circuitDecision, .vdGranted, .addressChange,
             .clockStopped, .clockResumed, .note:
            .lastPast
        }
    }
}
