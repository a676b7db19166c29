import CaseDomain

/// The store as every command and the dashboard hold it: one interface with no SQL in it, made by
/// `CaseStores.open`, so a second backend stands behind the same calls. Every method may throw
/// `StoreError`. The contract suite (Tests/StoreContractTests) runs against each backend through this
/// protocol alone.
public protocol CaseRepository: CaseReading, CaseWriting, StoreDirectory, ChangeFeed {
    /// What the store is called in messages: a file store's path.
    var location: String { get }
    var isReadOnly: Bool { get }
    /// The OS account that audit rows name.
    var currentUser: String { get }
    /// "Today" as the store means it (a fixed `--today`, else the current date in the store's zone).
    func today() throws -> CivilDate
    /// Checks the store's own consistency (structure, references, the audit trail's hash chain and its
    /// consistency, and that every case reads, validates and has its own digest); throws `.damaged` naming the
    /// first bad case or the first broken audit row by its id. Returns the trail's length and head hash.
    @discardableResult func integrityCheck() throws -> IntegrityReport
    /// Backups, when this backend can take them itself (nil: the administrator's tools do).
    var backups: (any StoreBackups)? { get }
}

/// Reading cases.
public protocol CaseReading: AnyObject, Sendable {
    func caseCount() throws -> Int
    func loadCase(id: CaseID) throws -> StoredCase?
    func loadCase(matter: String) throws -> StoredCase?
    /// Every case in matter order (byte order), one at a time: memory stays bounded by one case.
    func forEachCase(_ body: (StoredCase) throws -> Void) throws
    /// One page of summaries (`limit` −1 for all), digests current for today.
    func caseSummaries(sortedBy sort: CaseSort, offset: Int, limit: Int) throws -> [CaseSummary]
    /// The light rows of the list, at most `limit` (−1 for all).
    func caseListRows(sortedBy sort: CaseSort, limit: Int) throws -> [CaseRow]
    /// The rows of these cases that still exist, in no particular order (the change feed's follow-up).
    func caseListRows(ids: Set<CaseID>) throws -> [CaseRow]
    /// The open cases that could give a review item on `date`; only those `user` works on when given.
    func reviewCandidates(date: CivilDate, user: String?) throws -> [ReviewCase]
    /// The audit trail of one case, oldest first (a deleted case's too).
    func auditTrail(caseID: CaseID) throws -> [AuditEntry]
    /// The history of one case (a deleted case's too), newest first: each row with the staff name of its
    /// account and the whole case before and after it, for a view to diff with `CaseDiff`.
    func history(caseID: CaseID) throws -> [CaseHistoryEntry]
    /// Stored cases whose client may be this file's: one holding any of its A-numbers, or a client with the
    /// same name and birth date; the file's own case (by id) is never listed. In matter order.
    func possibleDuplicates(of file: CaseFile) throws -> [DuplicateClient]
    /// Audit rows after `id` (0 for the start), oldest first, at most `limit`.
    func auditEntries(after id: Int64, limit: Int) throws -> [AuditEntry]
}

/// Writing cases: every write is one transaction with its audit row.
public protocol CaseWriting: AnyObject, Sendable {
    /// Adds a new case (version 1); without an id it gets a new random one. Matter and A-numbers must be new.
    @discardableResult func createCase(_ file: CaseFile) throws -> StoredCase
    /// The one edit primitive: applies `edits` through `CaseEditor.apply` to the case at `expectedVersion`
    /// and stores the result with its audit row; a stale version is `StoreError.conflict`.
    @discardableResult func apply(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> StoredCase
    /// Many new cases in one transaction, all or nothing (`generate`, `demo`); cases without ids get those
    /// a `casedesk/1` file would.
    @discardableResult func insertCases<S: Sequence>(_ cases: S, source: BulkSource, mode: BulkMode,
                                                     progress: ((Int) -> Void)?) throws -> BulkResult
        where S.Element == BulkCase
    /// An import in one transaction: `writing: false` is a dry run on one consistent snapshot; otherwise it
    /// commits only when `body` answers true.
    func importSession<T>(writing: Bool, _ body: (any ImportTransaction) throws -> (commit: Bool, value: T)) throws -> T
    /// Removes the case at `expectedVersion` (a stale version is `StoreError.conflict`); its audit row keeps
    /// the whole document, so `restore(fromAudit:)` can bring it back.
    func deleteCase(id: CaseID, expectedVersion: Int) throws
    /// Brings a case back to the document it had before audit row `entryID`: a deleted case returns (its
    /// matter and A-numbers must still be free), a stored one is rewritten. A new audited change; throws
    /// `StoreError.cannotRestore` when the row names no case or had no case before it.
    @discardableResult func restore(fromAudit entryID: Int64) throws -> StoredCase
    /// Records data taken out of the store (an export, a calendar, a report) in the audit trail.
    func recordDataOut(_ what: DataOut, destination: String) throws
}

/// Store-wide settings, the staff directory and the daily review marks.
public protocol StoreDirectory: AnyObject, Sendable {
    func settings() throws -> StoreSettings
    func setTimeZone(_ identifier: String) throws
    func setMeritsFilingLeadDays(_ days: Int) throws
    func setKioskOpaqueCodes(_ on: Bool) throws
    /// The per-store secret of the office display's opaque codes (nil until a writable opening made it).
    func kioskCodeSecret() throws -> [UInt8]?
    func setGroupShared(_ on: Bool) throws
    func setIdleLockMinutes(_ minutes: Int) throws
    func addClosure(_ closure: CourtClosure) throws
    func removeClosure(on date: CivilDate) throws
    func staff() throws -> [StaffMember]
    func addStaff(_ member: StaffMember) throws
    func removeStaff(login: String) throws
    func markReviewed(itemID: String, user: String, date: CivilDate) throws
    func unmarkReviewed(itemID: String, user: String, date: CivilDate) throws
    func reviewedItems(user: String, date: CivilDate) throws -> Set<String>
    /// Every login's marked item ids for `date`.
    func reviewMarks(date: CivilDate) throws -> [String: Set<String>]
    /// Whether any open case names `user` as its paralegal or attorney (a login without any sees the
    /// firm's review queue).
    func hasOpenCases(user: String) throws -> Bool
    /// The current account's standing: its role, whether the directory is empty, whether roles apply.
    func access() throws -> AccessSummary
}

/// One import's transaction: what the store holds, asked before anything is written, and the writes.
public protocol ImportTransaction: AnyObject {
    /// False for a dry run: every write is refused.
    var isWriting: Bool { get }
    /// What was written so far.
    var result: BulkResult { get }
    func contains(matter: String) throws -> Bool
    /// The stored case with this matter number, or nil.
    func storedCase(matter: String) throws -> StoredCase?
    /// The matter of the case that holds this A-number (its client or a family member), or nil.
    func matter(holding number: ANumber) throws -> String?
    /// The matter of the case with this id, or nil.
    func matter(ofCase id: CaseID) throws -> String?
    /// Adds a new case (version 1) with its audit row naming the source.
    func insert(_ file: CaseFile, source: BulkSource) throws
    /// Applies edits to the stored case with this id (`import --update`), with its audit row naming the source.
    func apply(_ edits: [CaseEdit], to id: CaseID, source: BulkSource) throws
}

/// Consistent copies taken while others keep working.
public protocol StoreBackups: Sendable {
    /// Writes a verified copy to `destination`; returns its size in bytes.
    @discardableResult func backup(to destination: String) throws -> Int64
    /// The hidden file a backup to `destination` is written to before it is renamed into place (removed
    /// by a signal handler if the process is stopped half-way).
    func temporaryPath(for destination: String) -> String
}

extension CaseReading {
    public func caseSummaries(sortedBy sort: CaseSort) throws -> [CaseSummary] {
        try caseSummaries(sortedBy: sort, offset: 0, limit: -1)
    }

    public func caseListRows(sortedBy sort: CaseSort) throws -> [CaseRow] {
        try caseListRows(sortedBy: sort, limit: -1)
    }

    public func auditEntries(after id: Int64 = 0) throws -> [AuditEntry] {
        try auditEntries(after: id, limit: 1000)
    }
}

extension CaseWriting {
    @discardableResult
    public func insertCases<S: Sequence>(_ cases: S, source: BulkSource) throws -> BulkResult
    where S.Element == BulkCase {
        try insertCases(cases, source: source, mode: .insertOnly, progress: nil)
    }

    /// One edit.
    @discardableResult
    public func apply(_ edit: CaseEdit, to id: CaseID, expectedVersion: Int) throws -> StoredCase {
        try apply([edit], to: id, expectedVersion: expectedVersion)
    }
}
