import CaseDomain

/// A form's values: the text of each field by its key (`client.name`, `family[0].aNumber`, `date`), so a
/// draft can hold them as they are typed.
public typealias FormValues = [String: String]

/// What a field holds, which decides how it is typed, checked and read.
enum FieldKind: Hashable, Sendable {
    /// One line of text; `required` refuses a blank value.
    case line(required: Bool)
    /// Multi-line notes: Enter is a new line.
    case notes
    /// A date in any form `DateInput` reads; `yearless` says what a date without a year means.
    case date(yearless: YearlessDate, required: Bool)
    /// A time of day, `HH:MM`.
    case time
    /// One of a closed set (its identifiers); blank means none unless `required`.
    case choice([String], required: Bool)
    /// Several of a closed set, separated by commas (the grounds).
    case choices([String])
    /// An A-number in any spelling `ANumber` accepts.
    case aNumber
    /// A staff login.
    case login
    /// A whole number in `range`.
    case number(ClosedRange<Int>, required: Bool)
    /// ISO 3166-1 alpha-2 or `stateless`.
    case nationality
    /// BCP 47 primary tags separated by commas.
    case languages
    /// Yes or no: Space flips it.
    case toggle

    /// Typed through the text editor (a choice or a toggle is picked with keys instead).
    var isText: Bool {
        switch self {
        case .line, .notes, .date, .time, .choices, .aNumber, .login, .number, .nationality, .languages: true
        case .choice, .toggle: false
        }
    }

    var isMultiline: Bool { self == .notes }
}

/// One field of a form: its key in `FormValues`, what it is called on the screen, and its kind. A field
/// may open a section (a heading drawn above it: "Family member 2").
struct FieldSpec: Hashable, Sendable {
    var key: String
    var label: String
    var kind: FieldKind
    var section: String?

    init(_ key: String, _ label: String, _ kind: FieldKind, section: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.section = section
    }
}

/// The values of a toggle field.
enum Toggle {
    static let yes = "yes"
    static let no = "no"

    static func text(_ on: Bool) -> String { on ? yes : no }
}
