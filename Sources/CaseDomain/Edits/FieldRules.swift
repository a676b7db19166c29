/// The checks a form runs on a field as it is typed, one message per problem (nil: the value may be
/// saved). They are the importer's and the store's own rules (`TextSafety`, `CodeChecks`, `StaffRules`,
/// `CaseValidation`'s limits), so a form never accepts a field a save would refuse (docs/formats.md, Common
/// rules). Rules between fields (an outcome the event's kind allows, the reason an unavailable item needs)
/// are `CaseValidation`'s, run on the whole case the form builds. Text is checked as it will be stored, in
/// NFC; a blank optional field is fine.
public enum FieldRules {
    /// A one-line field (names, places, titles): no control or bidi character, no line break, at most
    /// `maxLength` characters, and not blank when `required`.
    public static func oneLineText(_ text: String, required: Bool = false,
                                   maxLength: Int = TextSafety.lineLimit) -> String? {
        textProblem(text, required: required, maxLength: maxLength, multiline: false)
    }

    /// A multi-line field (notes): tab and newline allowed, other controls and bidi characters not, at most
    /// `maxLength` characters.
    public static func multiLineText(_ text: String, required: Bool = false,
                                     maxLength: Int = TextSafety.notesLimit) -> String? {
        textProblem(text, required: required, maxLength: maxLength, multiline: true)
    }

    /// The matter number: required, one line, at most `CaseValidation.matterLimit` characters.
    public static func matter(_ text: String) -> String? {
        oneLineText(text, required: true, maxLength: CaseValidation.matterLimit)
    }

    /// An A-number in any spelling docs/domain.md accepts (`A-234-567-890`, `a234567890`).
    public static func aNumber(_ text: String, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            ANumber(parsing: value.trimmingWhitespace) == nil
                ? "\(TextSafety.quoted(value)) is not an A-number (7 to 9 digits)" : nil
        }
    }

    /// A staff login (paralegal, attorney, recorded by): 1 to 32 of `a-z 0-9 . _ -` (`StaffRules`).
    public static func login(_ text: String, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            StaffRules.isLogin(value) ? nil
                : "\(TextSafety.quoted(value)) is not a login (1 to \(StaffRules.loginLimit) of a-z 0-9 . _ -)"
        }
    }

    /// A value of a closed set by its identifier (`needed`, `ice-detained`), as files write it.
    public static func closedSet<Code: RawRepresentable & CaseIterable>(_ text: String, _ type: Code.Type,
                                                                        required: Bool = false) -> String?
    where Code.RawValue == String {
        checked(text, required: required) { value in
            guard Code(rawValue: value) == nil else { return nil }
            let allowed = Code.allCases.map(\.rawValue)
            let list = allowed.count <= 10 ? " (" + allowed.joined(separator: ", ") + ")" : " (see docs/domain.md)"
            return "\(TextSafety.quoted(value)) is not one of the choices" + list
        }
    }

    /// A nationality: an assigned ISO 3166-1 alpha-2 code or `stateless`.
    public static func nationality(_ text: String, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            if CodeChecks.isNationality(value) { return nil }
            return CodeChecks.hasNationalityShape(value)
                ? "\(TextSafety.quoted(value)) is not an assigned ISO 3166-1 country code"
                : "\(TextSafety.quoted(value)) is not a country code (two capital letters, ISO 3166-1) or \"stateless\""
        }
    }

    /// Language tags separated by commas or spaces (`ru, uk`), each 2 or 3 lowercase letters, none twice.
    public static func languages(_ text: String, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            var seen = Set<String>()
            for tag in value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
                guard CodeChecks.isLanguageTag(tag) else {
                    return "\(TextSafety.quoted(tag)) is not a language tag (2 or 3 lowercase letters, BCP 47)"
                }
                guard seen.insert(tag).inserted else { return "\(TextSafety.quoted(tag)) is listed twice" }
            }
            return nil
        }
    }

    /// A date in any form `DateInput` reads; `yearless` says how `dec 3` is read.
    public static func date(_ text: String, today: CivilDate, yearless: YearlessDate,
                            required: Bool = false) -> String? {
        checked(text, required: required) { value in
            switch DateInput.parse(value, today: today, yearless: yearless) {
            case .success: nil
            case .failure(let error): error.message
            }
        }
    }

    /// A time of day, `HH:MM`.
    public static func time(_ text: String, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            TimeOfDay(text: value.trimmingWhitespace) == nil
                ? "\(TextSafety.quoted(value)) is not a time (HH:MM, 00:00 to 23:59)" : nil
        }
    }

    /// A whole number within `range` (a bond in dollars, voluntary departure days).
    public static func wholeNumber(_ text: String, in range: ClosedRange<Int>, required: Bool = false) -> String? {
        checked(text, required: required) { value in
            let digits = value.trimmingWhitespace
            guard digits.count <= 12, digits.unicodeScalars.allSatisfy(\.isASCIIDigit), let number = Int(digits) else {
                return "\(TextSafety.quoted(value)) is not a whole number"
            }
            if number < range.lowerBound { return "\(number) is below the minimum of \(range.lowerBound)" }
            if number > range.upperBound { return "\(number) is above the maximum of \(range.upperBound)" }
            return nil
        }
    }

    // MARK: - Shared

    /// Unsafe characters first (U+0085 and tab count as white space, yet may not be stored), then blank
    /// (an error only when required), then the field's own check.
    private static func checked(_ text: String, required: Bool, _ check: (String) -> String?) -> String? {
        if let problem = unsafe(text, multiline: false) { return problem }
        if CodeChecks.isBlank(text) { return required ? "is required" : nil }
        return check(text)
    }

    private static func textProblem(_ text: String, required: Bool, maxLength: Int, multiline: Bool) -> String? {
        let stored = TextSafety.normalized(text)
        if let problem = unsafe(stored, multiline: multiline) { return problem }
        if CodeChecks.isBlank(stored), required { return "is required" }
        let count = stored.count
        return count > maxLength ? TextProblem.tooLong(count: count, limit: maxLength).description : nil
    }

    /// Controls, bidi characters and (in one-line fields) line breaks, as `TextSafety` refuses them.
    private static func unsafe(_ text: String, multiline: Bool) -> String? {
        for scalar in text.unicodeScalars where TextSafety.isForbidden(scalar, multiline: multiline) {
            if !multiline, scalar == "\n" || scalar == "\r" {
                return "is one line: it contains a line break (U+000\(scalar == "\n" ? "A" : "D"))"
            }
            return TextProblem.forbiddenCharacter(scalar).description
        }
        return nil
    }
}
