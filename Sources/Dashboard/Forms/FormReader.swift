import CaseDomain

/// Reads a form's checked values as the case's types: blank is nil, text is trimmed (notes are kept as
/// typed), dates read as the form showed them.
struct FormReader {
    var values: FormValues
    var today: CivilDate

    func text(_ key: String) -> String? {
        let value = FieldChecks.trimmed(values[key] ?? "")
        return value.isEmpty ? nil : value
    }

    func notes(_ key: String) -> String? {
        let value = values[key] ?? ""
        return CodeChecks.isBlank(value) ? nil : value
    }

    func date(_ key: String, _ yearless: YearlessDate) -> CivilDate? {
        guard let text = text(key), case .success(let date) = DateInput.parse(text, today: today, yearless: yearless) else {
            return nil
        }
        return date
    }

    func time(_ key: String) -> TimeOfDay? { text(key).flatMap { TimeOfDay(text: $0) } }

    func number(_ key: String) -> Int? { text(key).flatMap { Int($0) } }

    func aNumber(_ key: String) -> ANumber? { text(key).flatMap { ANumber(parsing: $0) } }

    func flag(_ key: String) -> Bool { values[key] == Toggle.yes }

    /// A yes/no choice that may be left open.
    func optionalFlag(_ key: String) -> Bool? {
        switch values[key] {
        case Toggle.yes?: true
        case Toggle.no?: false
        default: nil
        }
    }

    func choice<T: RawRepresentable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        text(key).flatMap { T(rawValue: $0) }
    }

    func list(_ key: String) -> [String] { FieldChecks.list(values[key] ?? "") }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// The identifiers of a closed set, for a choice field.
    static var identifiers: [String] { allCases.map(\.rawValue) }
}
