import CaseDomain
import Testing
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// Cases the dashboard cannot show as casedesk would have written them: text it would refuse, and a
/// document it cannot read at all.
@Suite struct UnreadableCaseTests {
    @Test("A case holding text casedesk would refuse opens: the text inert, the banner and a message say so")
    func refusedTextOpens() throws {
        var (state, _) = sampleState(keys: [.character("j")])
        var detail = try #require(state.detail)
        detail.file.client.name = "\u{1B}]0;pwned\u{07}" + detail.file.client.name
        detail.refusedValues = ["client.name: contains a control character (U+001B)"]
        state.detail = nil
        _ = state.update(.caseLoaded(detail))
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("client.name: contains a control character") == true)
        let screen = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(screen.contains("holds text casedesk would not accept"))
        #expect(!screen.contains("\u{1B}") && !screen.contains("\u{07}"))
        #expect(screen.contains("pwned"), "the text is shown, inert")
    }

    @Test("A case that cannot be read says so in its panes instead of Loading… forever")
    func unreadableCaseSaysSo() throws {
        var (state, _) = sampleState(keys: [.character("j")])
        let id = try #require(state.selectedID)
        state.detail = nil
        _ = state.update(.caseLoadFailed(id, "Could not read the case: a case document is malformed"))
        let screen = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(!screen.contains("Loading…"))
        #expect(screen.contains("Could not read the case"))
        // Another case's failure does not mark this one.
        state.detailProblem = nil
        _ = state.update(.caseLoadFailed(try #require(CaseID("cother")), "Could not read the case: x"))
        #expect(state.detailProblem == nil)
    }

    @Test("While the list loads, an ASCII screen says Loading... with three dots (no Unicode ellipsis)")
    func loadingInASCII() {
        let state = DashboardState(storeName: "s", user: "u", today: SampleCases.today, ascii: true,
                                   size: Size(columns: 80, rows: 24))
        let screen = ScreenText.render(state, size: Size(columns: 80, rows: 24))
        #expect(screen.contains("Loading..."))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
    }
}
