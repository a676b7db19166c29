import CaseDomain
import CaseStore
import Dashboard

/// The dashboard's data, read from the store.
struct StoreDataSource: DashboardDataSource {
    let store: SQLiteCaseStore
    let engine: DeadlineEngine
    let storeName: String

    var isReadOnly: Bool { store.isReadOnly }

    /// The light rows only: no digest is decoded, so 100,000 cases load quickly.
    func caseRows() throws -> [CaseRow] {
        try rows(limit: -1)
    }

    /// The most urgent cases, for the first frame while the rest loads.
    func firstCaseRows(_ count: Int) throws -> [CaseRow] {
        try rows(limit: count)
    }

    private func rows(limit: Int) throws -> [CaseRow] {
        try store.caseListRows(sortedBy: .nextDeadline, limit: limit).map { row in
            CaseRow(matter: row.matter, clientName: row.clientName, latinName: row.latinName, aNumber: row.aNumber,
                    nationality: row.nationality, paralegal: row.paralegal, isOpen: row.isOpen, version: row.version,
                    nextDeadlineDue: row.nextDeadlineDue, nextDeadlineRule: row.nextDeadlineRule,
                    isDetained: row.isDetained)
        }
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
        let candidates = try store.reviewCandidates(date: today, user: user)
        let reviewed = try store.reviewedItems(user: user, date: today)
        let items = DailyReview.queue(cases: candidates, date: today, user: user, reviewed: reviewed)
        return ReviewProgress(reviewed: items.filter(\.reviewed).count, total: items.count)
    }
}
