import CaseDomain
import CaseStore
import Dashboard

/// The dashboard's data, read from the store.
struct StoreDataSource: DashboardDataSource {
    let store: any CaseRepository
    let engine: DeadlineEngine
    let storeName: String

    var isReadOnly: Bool { store.isReadOnly }

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

    func deadlines(for file: CaseFile, today: CivilDate) -> [DeadlineItem] {
        engine.items(for: file, today: today)
    }

    func rule(_ id: RuleID) -> DeadlineRule? { RuleCatalog.rule(id) }

    func hasExternalChanges() -> Bool {
        (try? store.hasExternalChanges()) ?? false
    }

    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        let items = try store.reviewQueue(date: today, user: user, viewer: user)
        return ReviewProgress(reviewed: items.filter(\.reviewed).count, total: items.count)
    }
}
