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

    /// Review marks by login, as the store keeps them (shared by copies of the source).
    let marks = DemoMarks()

    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        let queue = try reviewQueue(user: user, everyone: false, team: false, today: today)
        return ReviewProgress(reviewed: queue.reviewedCount, total: queue.items.count, isFirm: queue.scope == .firm)
    }

    /// The store's assembly over the demo's summaries: the user's own cases (the firm's when they have
    /// none), or everyone's.
    func reviewQueue(user: String, everyone: Bool, team: Bool, today: CivilDate) throws -> ReviewQueue {
        let cases = summaries.map(ReviewCase.init(summary:))
        var scope: ReviewQueue.Scope = everyone ? .everyone : .user(user)
        if !everyone, !cases.contains(where: { $0.isOpen && $0.isWorked(by: user) }) { scope = .firm }
        let all = DailyReview.queue(cases: cases, date: today, user: nil)
        let items = scope == .user(user) ? DailyReview.queue(cases: cases, date: today, user: user) : all
        let marks = self.marks.all(on: today)
        return ReviewQueue(date: today, scope: scope, items: ReviewQueue.counting(items, scope: scope, marks: marks, viewer: user),
                           viewerMarks: marks[user] ?? [],
                           team: team ? ReviewQueue.team(all, paralegals: DemoCases.staff.filter { $0.role == .paralegal }.map(\.login), marks: marks) : [])
    }

    func setReviewed(_ marked: Bool, itemID: String, user: String, today: CivilDate) throws {
        marks.set(marked, itemID: itemID, user: user, on: today)
    }
}

/// The demo's review marks: per login, per day.
final class DemoMarks: @unchecked Sendable {
    private var marks: [CivilDate: [String: Set<String>]] = [:]

    func all(on date: CivilDate) -> [String: Set<String>] { marks[date] ?? [:] }

    func set(_ marked: Bool, itemID: String, user: String, on date: CivilDate) {
        if marked {
            marks[date, default: [:]][user, default: []].insert(itemID)
        } else {
            marks[date]?[user]?.remove(itemID)
        }
    }
}

/// The demo as the run loop shows it to `mreyes` at `size`, after `keys`.
func demoState(size: Size, ascii: Bool = false, keys: [Key] = [], user: String = "mreyes", readOnly: Bool = false,
               source: DemoDataSource = DemoDataSource()) -> DashboardState {
    var state = DashboardState(storeName: source.storeName, user: user, today: DemoDataSource.today,
                               isReadOnly: readOnly, ascii: ascii, size: size)
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
        case .loadCase, .reloadList, .reloadReviewProgress, .review, .loadHistory, .restoreFromAudit, .loadAdmin, .changeAdmin,
             .loadDeleted:
            for action in effect.storeCall(in: state).map(source.answer) ?? [] { queue += state.update(action) }
        case .loadFirstPage, .checkChanges, .checkToday, .setTheme, .suspend, .quit, .exit, .save, .createCase, .deleteCase,
             .findDuplicates, .keepDraft, .dropDraft:
            break
        }
    }
}
