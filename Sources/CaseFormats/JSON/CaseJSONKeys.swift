/// The versions of the case format this reader knows (`docs/formats.md`): `casedesk/2` adds a stable `id`
/// to every case, custody period, event and evidence item; `casedesk/1` files still import.
public enum CaseFormatVersion: Int, Sendable, CaseIterable {
    case v1 = 1, v2 = 2

    /// What the writer emits.
    public static let current = CaseFormatVersion.v2

    public var name: String { "casedesk/\(rawValue)" }

    init?(name: String) {
        guard let version = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = version
    }

    /// Whether objects carry ids: required in v2, unknown keys in v1; nil while the file's version is not
    /// yet known (a `format` written after the cases), when an id is taken if given.
    static func idRule(_ version: CaseFormatVersion?) -> IDRule {
        switch version {
        case .v1: .absent
        case .v2: .required
        case nil: .optional
        }
    }

    enum IDRule { case absent, required, optional }
}

/// The keys of the case format, in the order `docs/formats.md`'s example shows them (the writer's order too).
enum CaseJSONKeys {
    static var formatName: String { CaseFormatVersion.current.name }
    static let knownFormats = CaseFormatVersion.allCases.map(\.name).joined(separator: " or ")
    static let document = ["format", "cases"]
    static let caseFile = ["matter", "client", "family", "grounds", "track", "court", "docket", "judge",
                           "paralegal", "attorney", "oneYearException", "closed", "custody", "events", "evidence"]
    static let client = ["name", "latinName", "aNumber", "birthDate", "nationality", "languages", "interpreter"]
    static let family = ["name", "latinName", "relation", "aNumber", "birthDate"]
    static let closed = ["date", "reason"]
    static let custody = ["status", "from", "to", "place", "authority", "bondEligible", "bondAmount", "obligor",
                          "paroleExpiry", "conditions", "atd", "nextCheckIn", "sponsor", "notes"]
    static let sponsor = ["name", "relation", "phone", "address"]
    static let event = ["kind", "date", "time", "place", "title", "notes", "outcome", "days", "hearing",
                        "status", "expires", "recordedBy"]
    static let evidence = ["category", "title", "status", "language", "needsTranslation", "translationCertified",
                           "exhibit", "unavailableReason", "notes"]

    /// An identified object's keys under a version's id rule.
    static func identified(_ keys: [String], _ rule: CaseFormatVersion.IDRule) -> [String] {
        rule == .absent ? keys : ["id"] + keys
    }
}
