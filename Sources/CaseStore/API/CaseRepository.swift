import CaseDomain

/// What the front end and the commands hold: the store behind an interface with no SQLite in it, so a second
/// backend can stand behind the same calls. Every method may throw `StoreError`.
public protocol CaseRepository: AnyObject, Sendable {
    var path: String { get }
    var isReadOnly: Bool { get }
    /// The OS account that audit rows name.
    var currentUser: String { get }
    /// "Today" as the store means it (a fixed `--today`, else the current date in the store's zone).
    func today() throws -> CivilDate

    // Reading cases
    func caseCount() throws -> Int
    func loadCase(matter: String) throws -> StoredCase?
    func forEachCase(_ body: (StoredCase) throws -> Void) throws
    func caseSummaries(sortedBy sort: CaseSort) throws -> [CaseSummary]
    func caseSummaries(sortedBy sort: CaseSort, offset: Int, limit: Int) throws -> [CaseSummary]
    func caseListRows(sortedBy sort: CaseSort, limit: Int) throws -> [CaseRow]
    func reviewCandidates(date: CivilDate, user: String?) throws -> [ReviewCase]

    // Writing cases: one transaction and one audit row each; a stale `expectedVersion` is a conflict.
    @discardableResult func createCase(_ file: CaseFile) throws -> StoredCase
    @discardableResult func replaceCase(matter: String, with file: CaseFile, expectedVersion: Int) throws -> StoredCase
    @discardableResult func recordEvent(_ event: TimelineEvent, matter: String, expectedVersion: Int) throws -> StoredCase
    @discardableResult func updateEvent(sequence: Int, to event: TimelineEvent, matter: String,
                                        expectedVersion: Int) throws -> StoredCase
    @discardableResult func removeEvent(sequence: Int, matter: String, expectedVersion: Int) throws -> StoredCase
    @discardableResult func changeCustody(to period: CustodyPeriod, matter: String, expectedVersion: Int) throws -> StoredCase
    @discardableResult func updateCustody(at index: Int, to period: CustodyPeriod, matter: String,
                                          expectedVersion: Int) throws -> StoredCase
    @discardableResult func addEvidence(_ item: EvidenceItem, matter: String, expectedVersion: Int) throws -> StoredCase
    @discardableResult func updateEvidence(at index: Int, to item: EvidenceItem, matter: String,
                                           expectedVersion: Int) throws -> StoredCase
    @discardableResult func closeCase(matter: String, closure: CaseClosure, expectedVersion: Int) throws -> StoredCase
    @discardableResult func reopenCase(matter: String, expectedVersion: Int) throws -> StoredCase
    @discardableResult func insertCases<S: Sequence>(_ cases: S, source: BulkSource, mode: BulkMode,
                                                     progress: ((Int) -> Void)?) throws -> BulkResult
        where S.Element == BulkCase
    @discardableResult func refreshDigests(asOf date: CivilDate) throws -> Int

    // The audit trail
    func auditTrail(matter: String) throws -> [AuditEntry]
    func auditEntries(after id: Int64, limit: Int) throws -> [AuditEntry]

    // Settings and staff
    func settings() throws -> StoreSettings
    func setTimeZone(_ identifier: String) throws
    func setMeritsFilingLeadDays(_ days: Int) throws
    func setKioskOpaqueCodes(_ on: Bool) throws
    func setGroupShared(_ on: Bool) throws
    func setIdleLockMinutes(_ minutes: Int) throws
    func addClosure(_ closure: CourtClosure) throws
    func removeClosure(on date: CivilDate) throws
    func staff() throws -> [StaffMember]
    func addStaff(_ member: StaffMember) throws
    func removeStaff(login: String) throws

    // Daily review marks
    func markReviewed(itemID: String, user: String, date: CivilDate) throws
    func unmarkReviewed(itemID: String, user: String, date: CivilDate) throws
    func reviewedItems(user: String, date: CivilDate) throws -> Set<String>

    // Health and other processes
    func dataVersion() throws -> Int
    func hasExternalChanges() throws -> Bool
    func integrityCheck() throws
}
