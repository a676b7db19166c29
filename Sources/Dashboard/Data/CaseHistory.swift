import CaseDomain

/// A case's history as the `H` overlay shows it: its changes, newest first, each with who made it and
/// what it changed field by field. The data source builds it from the audit trail.
public struct CaseHistory: Hashable, Sendable {
    public var caseID: CaseID
    public var matter: String
    /// Newest first.
    public var entries: [HistoryEntry]

    public init(caseID: CaseID, matter: String, entries: [HistoryEntry]) {
        self.caseID = caseID
        self.matter = matter
        self.entries = entries
    }
}

/// One audited change of a case.
public struct HistoryEntry: Hashable, Sendable {
    /// The audit row's id: what a restore names.
    public var id: Int64
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var at: String
    /// The OS account that made it.
    public var login: String
    /// That account's name in the staff directory, when it is there.
    public var staffName: String?
    /// The audit action: `create-case`, `edit-case`, `delete-case`, `restore-case`, `import`, ….
    public var action: String
    /// Words the row carries (`imported from cases.json`), when any.
    public var detail: String?
    /// What changed, field by field (empty for a row that changed no field, such as an export).
    public var changes: [HistoryChange]
    /// The case was deleted by this change.
    public var isDeletion: Bool
    /// There was a case before this change, so the case can be brought back to it.
    public var canRestore: Bool

    public init(id: Int64, at: String, login: String, staffName: String?, action: String, detail: String? = nil,
                changes: [HistoryChange], isDeletion: Bool, canRestore: Bool) {
        self.id = id
        self.at = at
        self.login = login
        self.staffName = staffName
        self.action = action
        self.detail = detail
        self.changes = changes
        self.isDeletion = isDeletion
        self.canRestore = canRestore
    }
}

/// One field a change changed: `Client name: Ivan → Iван`.
public struct HistoryChange: Hashable, Sendable {
    /// The field for people: "Client name", "Evidence “Birth certificate”: status".
    public var label: String
    /// nil: there was none (an added item).
    public var old: String?
    /// nil: there is none now (a removed item).
    public var new: String?

    public init(label: String, old: String?, new: String?) {
        self.label = label
        self.old = old
        self.new = new
    }
}

/// A case deleted from the store, as `:deleted` lists it: its history can bring it back.
public struct DeletedCase: Hashable, Sendable {
    public var caseID: CaseID
    public var matter: String
    public var clientName: String?
    /// When it was deleted, UTC `YYYY-MM-DDTHH:MM:SSZ`, and by whom.
    public var at: String
    public var login: String

    public init(caseID: CaseID, matter: String, clientName: String?, at: String, login: String) {
        self.caseID = caseID
        self.matter = matter
        self.clientName = clientName
        self.at = at
        self.login = login
    }
}

/// A data source that keeps no history (a sample, a store without an audit trail).
public struct HistoryUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "this store keeps no history of its cases" }
}
