import CaseDomain
import CaseSamples
@testable import Dashboard
import ScreenKit

/// The demo store's cases as the dashboard sees them through the store: each case's digest computed
/// with the default deadline settings, its list row taken from that digest, the open case loaded whole
/// with its deadlines and the rules they cite.
struct DemoDataSource: DashboardDataSource {
    static let today = DemoCases.anchor
    let storeName = "demo"
    let isReadOnly = false
    let demo = DemoCases(today: DemoDataSource.today)
    let engine = DeadlineEngine()

    var summaries: [CaseSummary] {
        demo.all.map { CaseSummary(file: $0.file, lastChange: $0.lastChange, today: Self.today, engine: engine) }
    }

    func caseRows() throws -> [CaseRow] { summaries.map(CaseRow.init(summary:)) }

    func loadCase(id: CaseID) throws -> CaseFile? {
        demo.all.first { ($0.file.id ?? CaseIdentity.derivedCaseID(matter: $0.file.matter)) == id }?.file
    }

    func deadlines(for file: CaseFile, today: CivilDate) -> [DeadlineItem] { engine.items(for: file, today: today) }

    func rule(_ id: RuleID) -> DeadlineRule? { RuleCatalog.rule(id) }

    func today() throws -> CivilDate { Self.today }

    func changeToken() throws -> FeedToken { FeedToken(0) }

    func changes(since token: FeedToken) throws -> FeedChanges { FeedChanges(token: token) }

    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        let items = DailyReview.queue(cases: summaries.map(ReviewCase.init(summary:)), date: today, user: user)
        return ReviewProgress(reviewed: items.filter(\.reviewed).count, total: items.count)
    }
}

/// The demo as the run loop shows it to `mreyes` at `size`, after `keys`.
func demoState(size: Size, ascii: Bool = false, keys: [Key] = []) -> DashboardState {
    let source = DemoDataSource()
    var state = DashboardState(storeName: source.storeName, user: "mreyes", today: DemoDataSource.today, ascii: ascii,
                               size: size)
    perform([.reloadList, .reloadReviewProgress], on: &state, source: source)
    for key in keys { perform(state.handle(key), on: &state, source: source) }
    return state
}

/// Runs effects the way the loop does.
func perform(_ effects: [Effect], on state: inout DashboardState, source: some DashboardDataSource) {
    var queue = effects
    while !queue.isEmpty {
        let effect = queue.removeFirst()
        switch effect {
        case .loadCase, .reloadList, .reloadReviewProgress:
            for action in effect.storeCall(in: state).map(source.answer) ?? [] { queue += state.update(action) }
        case .loadFirstPage, .checkChanges, .checkToday, .setTheme, .suspend, .quit, .exit, .save, .createCase, .deleteCase,
             .findDuplicates, .keepDraft, .dropDraft:
            break
        }
    }
}
