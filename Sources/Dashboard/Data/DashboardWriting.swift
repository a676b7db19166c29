import CaseDomain

/// What a save came to: stored at a new version, or refused because someone else saved the case since
/// the version the edits were made on (their case and its version, for the merge).
public enum CaseSaveOutcome: Hashable, Sendable {
    case saved(version: Int)
    case conflict(theirs: CaseFile, version: Int)
}

/// A write the store did not make, worded for the person who asked.
public enum DashboardWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another user held the store past its busy timeout: nothing was written, try again.
    case busy(String)
    /// The store refused the write (a rule, a role, a read-only store, a case that is gone).
    case refused(String)

    public var description: String {
        switch self {
        case .busy(let text), .refused(let text): text
        }
    }
}

/// A stored case that may be the same client as a new case's (docs/commands.md, dashboard).
public struct PossibleDuplicate: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case sameANumber, sameNameAndBirthDate
    }

    public var caseID: CaseID
    public var matter: String
    public var clientName: String
    public var reason: Reason

    public init(caseID: CaseID, matter: String, clientName: String, reason: Reason) {
        self.caseID = caseID
        self.matter = matter
        self.clientName = clientName
        self.reason = reason
    }
}

/// A case as read, with the version a save must name and the stored values casedesk would not accept.
public struct VersionedCase: Hashable, Sendable {
    public var file: CaseFile
    public var version: Int
    public var refusedValues: [String]

    public init(file: CaseFile, version: Int, refusedValues: [String] = []) {
        self.file = file
        self.version = version
        self.refusedValues = refusedValues
    }
}
