/// An open form's state as its user's draft file keeps it (`docs/configuration.md`, Drafts): which store
/// and case it belongs to, the version and values the form started from, and what has been typed. A
/// draft is never committed on its own: restoring one reopens the form, merged against the case as it is
/// then.
public struct FormDraft: Hashable, Sendable, Codable {
    /// The store the form was opened on (its location, as the header names it).
    public var store: String
    /// The OS account that typed it.
    public var user: String
    /// Which form: `new-case`, `edit-case`, `record-event`, `edit-event`, `change-custody`,
    /// `add-evidence`, `edit-evidence`, `unavailable-reason`, ….
    public var kind: String
    /// The case it edits (nil for a new case).
    public var caseID: String?
    /// The event, custody period or evidence item it edits, when any.
    public var itemID: String?
    /// The case's version when the form opened (nil for a new case).
    public var baseVersion: Int?
    /// The field values as typed, by field key.
    public var values: [String: String]
    /// The field values the form started from, by field key (what a merge compares against).
    public var baseValues: [String: String]
    /// When the draft was last written, UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var savedAt: String

    public init(store: String, user: String, kind: String, caseID: String?, itemID: String?, baseVersion: Int?,
                values: [String: String], baseValues: [String: String], savedAt: String) {
        self.store = store
        self.user = user
        self.kind = kind
        self.caseID = caseID
        self.itemID = itemID
        self.baseVersion = baseVersion
        self.values = values
        self.baseValues = baseValues
        self.savedAt = savedAt
    }
}
