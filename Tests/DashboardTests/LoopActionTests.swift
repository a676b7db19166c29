import CaseDomain
import Testing
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// What the run loop reports, as `update` answers it: the start, the clock, the day, signals, late answers.
@Suite struct LoopActionTests {
    @Test("The start asks for the first page; then the first case, the whole list and the review count, in that order")
    func start() {
        var state = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
        #expect(state.update(.started) == [.loadFirstPage(count: DashboardState.firstPageSize)])
        let effects = state.update(.firstCasesLoaded(Array(SampleCases.rows.prefix(2))))
        #expect(effects.first.map { if case .loadCase = $0 { true } else { false } } == true)
        #expect(Array(effects.dropFirst()) == [.reloadList, .reloadReviewProgress])
        #expect(state.isListPartial && state.feedToken == nil)
        // No feed to follow before the whole list: the clock asks only for the date.
        #expect(state.update(.clockTick(idleSeconds: 1)) == [.checkToday(current: SampleCases.today)])
        _ = state.update(.casesLoaded(SampleCases.rows, token: FeedToken("t1")))
        #expect(!state.isListPartial && state.feedToken == FeedToken("t1"))
        #expect(state.update(.clockTick(idleSeconds: 2))
                == [.checkChanges(since: FeedToken("t1")), .checkToday(current: SampleCases.today)])
    }

    @Test("A first page that cannot be read is said, and the whole list is still asked for")
    func firstPageFails() {
        struct Failing: Error, CustomStringConvertible { var description: String { "disk I/O error" } }
        struct Broken: DashboardDataSource {
            let storeName = "broken", isReadOnly = false
            func today() throws -> CivilDate { SampleCases.today }
            func caseRows() throws -> [CaseRow] { throw Failing() }
            func loadCase(id: CaseID) throws -> CaseFile? { nil }
            func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] { [] }
            func rule(_ id: RuleID) -> DeadlineRule? { nil }
            func changeToken() throws -> FeedToken { FeedToken(0) }
            func changes(since token: FeedToken) throws -> FeedChanges { FeedChanges(token: token) }
            func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? { nil }
        }
        let answers = Broken().answer(.firstPage(count: 300))
        #expect(answers == [.loadFailed("Could not load the cases: disk I/O error"), .firstCasesLoaded([])])
        var state = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
        var effects: [Effect] = []
        for answer in answers { effects += state.update(answer) }
        #expect(effects == [.reloadList, .reloadReviewProgress])
        #expect(state.message == StatusMessage("Could not load the cases: disk I/O error", isError: true))
    }

    @Test("The quiet tick (a store that announces its changes) asks for the date only, never the feed, and locks")
    func quietTick() {
        var (state, _) = sampleState()
        _ = state.update(.casesLoaded(SampleCases.rows, token: FeedToken("t1")))
        #expect(state.update(.quietTick(idleSeconds: 599)) == [.checkToday(current: SampleCases.today)])
        #expect(!state.isLocked)
        #expect(state.update(.quietTick(idleSeconds: 600)) == [.checkToday(current: SampleCases.today)])
        #expect(state.isLocked)
    }

    @Test("A new day moves the header and reloads what depends on it; the same day is no answer at all")
    func newDay() {
        var (state, _) = sampleState(keys: [.character("j")])
        let tomorrow = SampleCases.today.adding(days: 1)
        #expect(state.update(.dayChanged(tomorrow)) == [.reloadList, .reloadReviewProgress, .loadCase(matter: "2026-0150")])
        #expect(state.today == tomorrow)
        #expect(ScreenText.render(state, size: Size(columns: 120, rows: 40)).contains("Tue 1 Dec 2026"))
        #expect(SampleDataSource().answer(.today(current: SampleCases.today)).isEmpty)
        #expect(SampleDataSource().answer(.today(current: tomorrow)) == [.dayChanged(SampleCases.today)])
    }

    @Test("A late answer does not clobber newer state: another case's detail, or one of another day, is dropped")
    func lateAnswers() throws {
        var (state, _) = sampleState(keys: [.character("j")])
        let shown = state.detail
        #expect(shown?.file.matter == "2026-0150")
        let other = try #require(try SampleDataSource().caseDetail(id: SampleCases.id("2026-0142"), today: SampleCases.today))
        #expect(state.update(.caseLoaded(other)).isEmpty)
        #expect(state.detail == shown)
        let yesterday = try #require(try SampleDataSource().caseDetail(id: SampleCases.id("2026-0150"), today: SampleCases.today.adding(days: -1)))
        _ = state.update(.caseLoaded(yesterday))
        #expect(state.detail == shown)
        let today = try #require(try SampleDataSource().caseDetail(id: SampleCases.id("2026-0150"), today: SampleCases.today))
        _ = state.update(.caseLoaded(today))
        #expect(state.detail == today)
    }

    @Test("Signals end with 128 + their number, a hang-up with 129; a refused Ctrl-Z is said")
    func endings() {
        var (state, _) = sampleState()
        #expect(state.update(.signalled(.terminate)) == [.exit(status: 143)])
        #expect(state.update(.signalled(.hangUp)) == [.exit(status: 129)])
        #expect(state.update(.signalled(.interrupt)) == [.exit(status: 130)])
        #expect(state.update(.hungUp) == [.exit(status: 129)])
        #expect(state.handle(.ctrl("z")) == [.suspend])
        #expect(state.update(.suspendUnavailable).isEmpty)
        #expect(state.message?.text == "Ctrl-Z: not started from a job-control shell; q quits")
    }
}
