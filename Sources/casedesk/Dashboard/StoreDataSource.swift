import CaseDomain
import CaseStore
import Dashboard

/// The dashboard's data, read from the store through its protocol.
struct StoreDataSource: DashboardDataSource {
    let store: any CaseRepository
    let storeName: String
    /// Stale digests brought up to date after the first frame (the feed is first asked once the list is up).
    let catchUp: DigestCatchUp

    init(store: any CaseRepository, storeName: String) {
        self.store = store
        self.storeName = storeName
        catchUp = DigestCatchUp(store: store)
    }

    /// A read-only store, or an account the staff directory lets only read: the editing keys are greyed
    /// and refused (the store would refuse the writes anyway, and audit the refusal).
    var isReadOnly: Bool { store.isReadOnly || (try? store.access().readsOnly) == true }

    /// Asked at every tick: a day's catch-up pass that failed starts again from here.
    func today() throws -> CivilDate {
        let date = try store.today()
        if catchUp.hasStarted { catchUp.startIfNeeded(for: date) }
        return date
    }

    /// The light rows only: no digest is decoded, so 100,000 cases load quickly. The digests' catch-up
    /// starts once the whole list is read (after the first frame).
    func caseRows() throws -> [CaseRow] {
        let rows = try store.caseListRows(sortedBy: .nextDeadline)
        catchUp.startIfNeeded(for: try store.today())
        return rows
    }

    /// The most urgent cases, for the first frame while the rest loads.
    func firstCaseRows(_ count: Int) throws -> [CaseRow] {
        try store.caseListRows(sortedBy: .nextDeadline, limit: count)
    }

    func loadCase(id: CaseID) throws -> CaseFile? {
        try store.loadCase(id: id)?.file
    }

    func loadCaseWithRefusedValues(id: CaseID) throws -> (file: CaseFile, refusedValues: [String])? {
        try store.loadCase(id: id).map { ($0.file, $0.refusedValues) }
    }

    /// With the settings as they are now: another user may have changed the lead days or closures.
    func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] {
        DeadlineEngine(settings: try store.settings().deadlineSettings).items(for: file, today: today)
    }

    func rule(_ id: RuleID) -> DeadlineRule? { RuleCatalog.rule(id) }

    func changeToken() throws -> FeedToken {
        FeedToken(try store.changeToken())
    }

    /// The feed's cases, as the rows of those that still exist and the ids of those that do not, with the
    /// rows of the cases whose digests the background refresh brought up to date (not a change: the feed
    /// does not report them). Staff changes show nowhere on the dashboard.
    func changes(since token: FeedToken) throws -> FeedChanges {
        catchUp.startIfNeeded(for: try store.today())
        guard let since = token.unwrapped(as: ChangeToken.self) else {
            // Not a token of this store: read everything, and follow the feed from there.
            return FeedChanges(token: token, reloadEverything: true)
        }
        let changes = try store.changes(since: since)
        let refreshed = catchUp.takeRefreshed()
        let rows: [CaseRow]
        do {
            rows = try store.caseListRows(ids: changes.cases.union(refreshed))
        } catch {
            catchUp.giveBack(refreshed)
            throw error
        }
        let kept = Set(rows.map(\.id))
        return FeedChanges(token: FeedToken(changes.token), changedRows: rows.filter { changes.cases.contains($0.id) },
                           removed: changes.cases.subtracting(kept),
                           settingsChanged: changes.settingsChanged, marksChanged: changes.marksChanged,
                           refreshedRows: rows.filter { !changes.cases.contains($0.id) })
    }

    /// The store's own (its file watch, its `LISTEN` socket) and the digests' catch-up.
    var notificationDescriptors: [Int32] { store.notificationDescriptors + (catchUp.descriptor.map { [$0] } ?? []) }

    /// Both backends' descriptors ring at every commit by any process; a store without them is asked.
    var announcesChanges: Bool { !store.notificationDescriptors.isEmpty }

    /// The header's count: the user's own queue, or the firm's for a login with no cases of its own.
    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        let counts = try store.reviewCounts(date: today, user: user, viewer: user, firmWhenNoCases: true)
        return ReviewProgress(reviewed: counts.reviewed, total: counts.total, isFirm: counts.scope == .firm)
    }

    /// The same assembly as `casedesk review`.
    func reviewQueue(user: String, everyone: Bool, team: Bool, today: CivilDate) throws -> ReviewQueue {
        try store.reviewQueue(date: today, user: everyone ? nil : user, viewer: user, firmWhenNoCases: true, team: team)
    }

    /// Stored and audited by the store, for this day only.
    func setReviewed(_ marked: Bool, itemID: String, user: String, today: CivilDate) throws {
        if marked {
            try store.markReviewed(itemID: itemID, user: user, date: today)
        } else {
            try store.unmarkReviewed(itemID: itemID, user: user, date: today)
        }
    }
}
