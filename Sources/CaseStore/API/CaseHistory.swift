import CaseDomain

/// One row of a case's history as the history view shows it: the audit row, the staff name of the account
/// that wrote it, and the whole case before and after it (nil where there was no case: before its creation,
/// after its deletion, and for rows that changed nothing, such as a report taken out).
public struct CaseHistoryEntry: Hashable, Sendable {
    public var entry: AuditEntry
    /// The name the staff directory gives the row's account, nil when it is not there.
    public var staffName: String?
    public var before: CaseFile?
    public var after: CaseFile?

    public init(entry: AuditEntry, staffName: String?, before: CaseFile?, after: CaseFile?) {
        self.entry = entry
        self.staffName = staffName
        self.before = before
        self.after = after
    }
}

/// A stored case whose client may be the same person as a new case's.
public struct DuplicateClient: Hashable, Sendable {
    public var caseID: CaseID
    public var matter: String
    public var clientName: String
    public var reason: DuplicateReason

    public init(caseID: CaseID, matter: String, clientName: String, reason: DuplicateReason) {
        self.caseID = caseID
        self.matter = matter
        self.clientName = clientName
        self.reason = reason
    }
}

/// Why a stored case looks like the same client.
public enum DuplicateReason: Hashable, Sendable {
    /// It holds one of the new case's A-numbers (its client's or a family member's).
    case sameANumber
    /// Its client has the same name (compared NFC, case-folded, white space collapsed) and birth date.
    case sameNameAndBirthDate
}
