import CaseDomain

/// What the dashboard needs from a store. The executable implements it on the real store; tests and
/// trials use an in-memory one. The run loop calls it from a queue of its own, one call at a time, never
/// from the thread that reads keys, so a slow call delays data and not typing.
public protocol DashboardDataSource: Sendable {
    /// The store's name for the header (`firm store`, `demo`).
    var storeName: String { get }
    /// Whether the store was opened read-only (the header shows RO; mutating keys are refused).
    var isReadOnly: Bool { get }
    /// "Today" as the store means it: a fixed `--today`, else the date in the store's time zone. The
    /// dashboard's only source of the date; asked at every tick of the loop's clock (a second, ten for a
    /// source that announces its changes) so a dashboard left open moves at midnight.
    func today() throws -> CivilDate
    /// Every case of the list, as light rows (the selected case is loaded whole with `loadCase`).
    func caseRows() throws -> [CaseRow]
    /// The first `count` rows by next deadline, drawn while the whole list loads (a big store).
    func firstCaseRows(_ count: Int) throws -> [CaseRow]
    /// One whole case, by its stable id; nil when it no longer exists.
    func loadCase(id: CaseID) throws -> CaseFile?
    /// The same, with the values it holds that casedesk would not accept now (written by another tool or
    /// an older version), so the case opens with a notice instead of failing.
    func loadCaseWithRefusedValues(id: CaseID) throws -> (file: CaseFile, refusedValues: [String])?
    /// The computed deadlines of a case, with the store's current settings (lead days, closures).
    func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem]
    /// A rule's data (title, citation, attorney note), for explaining a deadline.
    func rule(_ id: RuleID) -> DeadlineRule?
    /// Where the store's change feed is now. Read before the list, so a change made while it loads is
    /// reported by the next `changes(since:)`.
    func changeToken() throws -> FeedToken
    /// What changed since `token`: the rows of the cases created or changed, the cases removed, and
    /// whether settings or review marks changed. A refresh of stored digests is not a change.
    func changes(since token: FeedToken) throws -> FeedChanges
    /// Descriptors that become readable when the store has news (a server's notification socket, a file
    /// watch): the loop wakes on them and asks for `changes(since:)` at once, which must consume what made
    /// them readable. Empty for a store that is only asked once a second.
    var notificationDescriptors: [Int32] { get }
    /// Whether `notificationDescriptors` ring for every change: the loop then never asks the feed on its
    /// own, only when they ring, and its clock ticks every ten seconds (the date, the idle lock) instead of
    /// every second. Asked at every tick: a source that stops announcing (its server went away) is asked
    /// every second again.
    var announcesChanges: Bool { get }
    /// Today's review progress for a user.
    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress?
    /// A case's history, newest first (a deleted case's too).
    func history(caseID: CaseID) throws -> CaseHistory
    /// Brings a case back to what it was before the audit row `entryID` (a deleted case returns): a new,
    /// audited change. Returns the case's id.
    func restore(fromAudit entryID: Int64) throws -> CaseID
    /// The cases deleted and not brought back, newest deletion first.
    func deletedCases() throws -> [DeletedCase]
    /// The staff directory or the settings, as lines the way `casedesk staff` and `casedesk settings`
    /// print them.
    func administration(_ topic: AdminTopic) throws -> [String]
    /// Makes a change to the directory or the settings (audited; refused unless the user's role allows
    /// it); returns a line saying what was done.
    func administer(_ change: AdminChange) throws -> String
    /// Today's review queue: the user's own (the firm's for a login with no cases of its own) or
    /// everyone's, with each paralegal's progress when `team`.
    func reviewQueue(user: String, everyone: Bool, team: Bool, today: CivilDate) throws -> ReviewQueue
    /// Stores (or takes away) the user's mark on a review item for today.
    func setReviewed(_ marked: Bool, itemID: String, user: String, today: CivilDate) throws

    // Writes: each is one audited change in the store, checked against the version it was made on.
    /// One whole case with its version; nil when it no longer exists.
    func loadVersionedCase(id: CaseID) throws -> VersionedCase?
    /// Applies `edits` to the case if it is still at `expectedVersion`; else nothing is written and the
    /// case as it is now comes back for the merge. Throws `DashboardWriteError` when the store refuses.
    func save(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> CaseSaveOutcome
    /// Stores a new case; returns the id the store gave it.
    func create(_ file: CaseFile) throws -> CaseID
    /// Deletes a case that is still at `expectedVersion` (the audit trail keeps it).
    func deleteCase(id: CaseID, expectedVersion: Int) throws
    /// Stored cases with the same A-number, or the same name and birth date, as `file` (not itself).
    func possibleDuplicates(of file: CaseFile) throws -> [PossibleDuplicate]
}

extension DashboardDataSource {
    /// Sources that load quickly need no first page: the whole list, cut.
    public func firstCaseRows(_ count: Int) throws -> [CaseRow] {
        Array(try caseRows().prefix(count))
    }

    public var notificationDescriptors: [Int32] { [] }

    /// A source without descriptors of its own is asked once a second.
    public var announcesChanges: Bool { false }

    /// A source without an audit trail has no history to show.
    public func history(caseID: CaseID) throws -> CaseHistory { throw HistoryUnavailable() }

    /// …and nothing to restore from.
    public func restore(fromAudit entryID: Int64) throws -> CaseID { throw HistoryUnavailable() }

    /// …nor deleted cases to list.
    public func deletedCases() throws -> [DeletedCase] { throw HistoryUnavailable() }

    /// A source without a directory or settings has none to show…
    public func administration(_ topic: AdminTopic) throws -> [String] { throw AdministrationUnavailable() }

    /// …or to change.
    public func administer(_ change: AdminChange) throws -> String { throw AdministrationUnavailable() }

    /// Sources whose cases are always valid (in memory, made by casedesk) have nothing to report.
    public func loadCaseWithRefusedValues(id: CaseID) throws -> (file: CaseFile, refusedValues: [String])? {
        try loadCase(id: id).map { ($0, []) }
    }

    /// A source that only reads (a demo, a test double) has no versions to check: each case reads at 0.
    public func loadVersionedCase(id: CaseID) throws -> VersionedCase? {
        try loadCaseWithRefusedValues(id: id).map { VersionedCase(file: $0.file, version: 0, refusedValues: $0.refusedValues) }
    }

    /// A source that only reads refuses every write, as a read-only store does.
    public func save(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> CaseSaveOutcome {
        throw DashboardWriteError.refused("\(storeName) is read-only; nothing was changed")
    }

    public func create(_ file: CaseFile) throws -> CaseID {
        throw DashboardWriteError.refused("\(storeName) is read-only; nothing was changed")
    }

    public func deleteCase(id: CaseID, expectedVersion: Int) throws {
        throw DashboardWriteError.refused("\(storeName) is read-only; nothing was changed")
    }

    public func possibleDuplicates(of file: CaseFile) throws -> [PossibleDuplicate] { [] }

    /// Loads a case with everything the detail panes show, computed for `today`.
    public func caseDetail(id: CaseID, today: CivilDate) throws -> CaseDetail? {
        guard let stored = try loadVersionedCase(id: id) else { return nil }
        let items = try deadlines(for: stored.file, today: today)
        var rules: [RuleID: DeadlineRule] = [:]
        for item in items where rules[item.rule] == nil { rules[item.rule] = rule(item.rule) }
        return CaseDetail(file: stored.file, deadlines: items, rules: rules, asOf: today, caseID: id, version: stored.version,
                          refusedValues: stored.refusedValues)
    }
}
