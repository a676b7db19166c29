import CaseDomain
import CaseStore
import Dashboard

/// The dashboard's data, read from the store.
struct StoreDataSource: DashboardDataSource {
    let store: SQLiteCaseStore
    let storeName: String

    var isReadOnly: Bool { store.isReadOnly }

    func today() throws -> CivilDate { try store.today() }

    /// The light rows only: no digest is decoded, so 100,000 cases load quickly.
    func caseRows() throws -> [CaseRow] {
        try store.caseListRows(sortedBy: .nextDeadline)
    }

    /// The most urgent cases, for the first frame while the rest loads.
    func firstCaseRows(_ count: Int) throws -> [CaseRow] {
        try store.caseListRows(sortedBy: .nextDeadline, limit: count)
    }

    func loadCase(matter: String) throws -> CaseFile? {
        try store.loadCase(matter: matter)?.file
    }

    /// With the settings as they are now: another user may have changed the lead days or closures.
    func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] {
        DeadlineEngine(settings: try store.settings().deadlineSettings).items(for: file, today: today)
    }

    func rule(_ id: RuleID) -> DeadlineRule? { RuleCatalog.rule(id) }

    func changeToken() throws -> FeedToken {
        _ = try store.hasExternalChanges()
        return FeedToken(try store.dataVersion())
    }

    /// Until the store can say which cases changed, a commit elsewhere reloads everything.
    func changes(since token: FeedToken) throws -> FeedChanges {
        let changed = try store.hasExternalChanges()
        return FeedChanges(token: FeedToken(try store.dataVersion()), settingsChanged: changed)
    }

    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        let candidates = try store.reviewCandidates(date: today, user: user)
        let reviewed = try store.reviewedItems(user: user, date: today)
        let items = DailyReview.queue(cases: candidates, date: today, user: user, reviewed: reviewed)
        return ReviewProgress(reviewed: items.filter(\.reviewed).count, total: items.count)
    }
}
