import CaseDomain

/// A case as the store holds it: its file plus what optimistic concurrency needs.
public struct StoredCase: Hashable, Sendable {
    /// The store's row id (stable for the life of the case, not shown to people).
    public var id: Int64
    /// Increases by one with every write; a write based on an older version is a conflict.
    public var version: Int
    /// The date of the last recorded change (the store's "today" when it was written).
    public var lastChange: CivilDate
    public var file: CaseFile
    /// Values the case holds that casedesk would not accept now (`client.name: contains a control
    /// character (U+0007)`), written by another tool or an older version; empty for a clean case.
    public var refusedValues: [String]

    public init(id: Int64, version: Int, lastChange: CivilDate, file: CaseFile, refusedValues: [String] = []) {
        self.id = id
        self.version = version
        self.lastChange = lastChange
        self.file = file
        self.refusedValues = refusedValues
    }
}

/// One case handed to a bulk insert, with the date of its last change when the source knows it
/// (the generator places stale cases in the past; an import leaves it nil for "today").
public struct BulkCase: Sendable {
    public var file: CaseFile
    public var lastChange: CivilDate?

    public init(_ file: CaseFile, lastChange: CivilDate? = nil) {
        self.file = file
        self.lastChange = lastChange
    }
}

/// Where bulk-inserted cases come from; worded into each case's audit row.
public enum BulkSource: Hashable, Sendable {
    case generated
    /// The hand-written cases of `casedesk demo`.
    case demo
    case imported(file: String)

    var auditAction: AuditAction {
        switch self {
        case .generated, .demo: .generateCase
        case .imported: .importCase
        }
    }

    var auditDetail: String {
        switch self {
        case .generated: "generated"
        case .demo: "demo case"
        case .imported(let file): "imported from \(file)"
        }
    }
}

/// What a bulk insert does with a matter number that already exists.
public enum BulkMode: Hashable, Sendable {
    /// An existing matter is an error, and nothing is written.
    case insertOnly
    /// An existing case is replaced entirely (`import --update`); the audit row keeps the old version.
    case replaceExisting
}

/// What a bulk insert did.
public struct BulkResult: Hashable, Sendable {
    public var inserted: Int
    public var replaced: Int

    public init(inserted: Int, replaced: Int) {
        self.inserted = inserted
        self.replaced = replaced
    }
}

/// One row of the audit trail.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var at: String
    /// The OS account that made the change.
    public var user: String
    /// What was done: `create-case`, `record-event`, `set-setting`, `add-staff`, … (see `AuditAction`).
    public var action: String
    /// What it was done to: `case 2026-0142`, `setting timeZone`, `staff mreyes`, `review …`.
    public var subject: String
    /// The matter number when the change concerns a case.
    public var matter: String?
    /// The case's version after the change.
    public var caseVersion: Int?
    /// Words for people (`imported from cases.json`), when any.
    public var detail: String?
    /// JSON of the changed parts before and after; nil when there was nothing before (or after).
    public var before: String?
    public var after: String?

    public init(id: Int64, at: String, user: String, action: String, subject: String, matter: String?,
                caseVersion: Int?, detail: String?, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
        self.matter = matter
        self.caseVersion = caseVersion
        self.detail = detail
        self.before = before
        self.after = after
    }
}
