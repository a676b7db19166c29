import CaseDomain

/// The check a field runs as it is typed: nil when the value may be saved, else the message shown
/// beside it. The rules are `FieldRules`, the importer's and the store's own, so a form refuses what an
/// import would.
enum FieldChecks {
    static func problem(_ text: String, kind: FieldKind, today: CivilDate) -> String? {
        switch kind {
        case .line(let required): FieldRules.oneLineText(text, required: required)
        case .notes: FieldRules.multiLineText(text)
        case .date(let yearless, let required): FieldRules.date(text, today: today, yearless: yearless, required: required)
        case .time: FieldRules.time(text)
        case .choice(let options, let required): choice(text, options: options, required: required)
        case .choices(let options): FieldRules.oneLineText(text) ?? choices(text, options: options)
        case .aNumber: FieldRules.aNumber(text)
        case .login: FieldRules.login(text)
        case .number(let range, let required): FieldRules.wholeNumber(text, in: range, required: required)
        case .nationality: FieldRules.nationality(text)
        case .languages: FieldRules.languages(text)
        case .toggle: nil
        }
    }

    /// One of `options` (a closed set, or the part of it a kind allows: a decision's outcomes).
    private static func choice(_ text: String, options: [String], required: Bool) -> String? {
        if let problem = FieldRules.oneLineText(text, required: required) { return problem }
        let value = trimmed(text)
        return value.isEmpty || options.contains(value) ? nil : "\(TextSafety.quoted(value)) is not one of " + options.joined(separator: ", ")
    }

    /// Each comma-separated item one of `options`.
    private static func choices(_ text: String, options: [String]) -> String? {
        list(text).first { !options.contains($0) }.map { "\(TextSafety.quoted($0)) is not one of " + options.joined(separator: ", ") }
    }

    /// A value without the blanks around it.
    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The items of a comma-separated value, trimmed, blanks left out.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}
