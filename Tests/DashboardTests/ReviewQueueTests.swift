import CaseDomain
import DashboardTestSupport
import ScreenKit
import Testing
@testable import Dashboard

/// The review queue in the dashboard on the demo store: opening, marking, moving, going to a case and
/// coming back, the everyone and team views, and the firm's queue for a login with no cases.
@Suite struct ReviewQueueTests {
    static let size = Size(columns: 120, rows: 40)
    let r = Key.character("r")

    @Test("r opens the user's queue: the domain's queue of the cases where they are paralegal or attorney")
    func opens() throws {
        let state = demoState(size: Self.size, keys: [r])
        let screen = try #require(state.reviewScreen)
        let expected = DailyReview.queue(cases: DemoDataSource().summaries.map(ReviewCase.init(summary:)),
                                         date: DemoDataSource.today, user: "mreyes")
        #expect(screen.items.map(\.id) == expected.map(\.id))
        #expect(!screen.items.isEmpty)
        #expect(state.keyContext == .review)
        #expect(ScreenText.trimmed(Renderer.render(state)).contains("0/\(expected.count) reviewed"))
    }

    @Test("Space marks the selected item, stored for the user and the day; again unmarks it")
    func marks() throws {
        let source = DemoDataSource()
        var state = demoState(size: Self.size, keys: [r, .character(" ")], source: source)
        let first = try #require(state.reviewScreen?.items.first)
        #expect(first.reviewed)
        #expect(source.marks.all(on: DemoDataSource.today)["mreyes"] == [first.id])
        #expect(state.review?.reviewed == 1)
        perform(state.handle(.character("x")), on: &state, source: source)
        #expect(state.reviewScreen?.items.first?.reviewed == false)
        #expect(source.marks.all(on: DemoDataSource.today)["mreyes"]?.isEmpty == true)
    }

    @Test("Marking is refused in a read-only session and says so")
    func readOnly() {
        let source = DemoDataSource()
        let state = demoState(size: Self.size, keys: [r, .character(" ")], readOnly: true, source: source)
        #expect(state.reviewScreen?.items.first?.reviewed == false)
        #expect(state.message?.isError == true)
        #expect(source.marks.all(on: DemoDataSource.today).isEmpty)
    }

    @Test("n jumps to the next item not yet reviewed")
    func next() {
        let state = demoState(size: Self.size, keys: [r, .character(" ")]
                              + [.down, .character("x"), .character("g"), .character("n")])
        #expect(state.reviewScreen?.selected == 2)
    }

    @Test("Enter opens the item's case on its pane and row; Esc comes back to the queue where it was")
    func opensCase() throws {
        // The third item of mreyes's queue is the overdue filing deadline of 2026-0142.
        var state = demoState(size: Self.size, keys: [r, .down, .down, .enter])
        #expect(state.isReviewShown == false)
        #expect(state.selectedMatter == "2026-0142")
        #expect(state.focus == .timeline)
        let rows = TimelineView.rows(state.detail)
        let row = try #require(state.selection[.timeline])
        guard case .deadline(let item) = rows[row] else {
            Issue.record("the selected timeline row is not a deadline")
            return
        }
        #expect(item.due == CivilDate(iso: "2026-11-18"))
        _ = state.handle(.escape)
        #expect(state.isReviewShown)
        #expect(state.reviewScreen?.selected == 2)
        _ = state.handle(.escape)
        #expect(state.reviewScreen == nil)
    }

    @Test("a shows everyone's queue, counting the case's paralegal's marks, the viewer's own beside")
    func everyone() throws {
        let source = DemoDataSource()
        let tnguyenItem = try #require(try source.reviewQueue(user: "tnguyen", everyone: false, team: false,
                                                              today: DemoDataSource.today).items.first)
        try source.setReviewed(true, itemID: tnguyenItem.id, user: "tnguyen", today: DemoDataSource.today)
        try source.setReviewed(true, itemID: tnguyenItem.id, user: "mreyes", today: DemoDataSource.today)
        let state = demoState(size: Self.size, keys: [r, .character("a")], source: source)
        let queue = try #require(state.reviewScreen?.queue)
        #expect(queue.scope == .everyone)
        #expect(queue.items.filter(\.reviewed).map(\.id) == [tnguyenItem.id])
        #expect(queue.viewerMarks == [tnguyenItem.id])
        #expect(queue.items.count > (try source.reviewQueue(user: "mreyes", everyone: false, team: false,
                                                            today: DemoDataSource.today).items.count))
    }

    @Test("T shows each paralegal's progress")
    func team() throws {
        let source = DemoDataSource()
        let state = demoState(size: Self.size, keys: [r, .character(" "), .character("T")], source: source)
        let team = try #require(state.reviewScreen?.queue?.team)
        #expect(team.map(\.login) == ["mreyes", "tnguyen"])
        #expect(team[0].reviewed == 1)
        #expect(ScreenText.trimmed(Renderer.render(state)).contains("1/\(team[0].total) reviewed"))
    }

    @Test("A login with no cases of its own counts the firm's queue and says so")
    func firm() throws {
        let state = demoState(size: Self.size, keys: [r], user: "root")
        #expect(state.review?.isFirm == true)
        #expect(state.reviewScreen?.queue?.scope == .firm)
        let text = ScreenText.trimmed(Renderer.render(state))
        #expect(text.contains("firm review 0/"))
        #expect(text.contains("no cases of your own"))
    }

    @Test("The open queue is read again when marks change in another session")
    func live() throws {
        let source = DemoDataSource()
        var state = demoState(size: Self.size, keys: [r], source: source)
        let first = try #require(state.reviewScreen?.items.first)
        try source.setReviewed(true, itemID: first.id, user: "mreyes", today: DemoDataSource.today)
        let token = FeedToken(0)
        perform(state.update(.changesLoaded(FeedChanges(token: token, marksChanged: true))), on: &state, source: source)
        #expect(state.reviewScreen?.items.first?.reviewed == true)
    }
}
