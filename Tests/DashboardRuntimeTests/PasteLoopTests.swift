import Dashboard
import DashboardRuntime
import ScreenKit
import Testing

/// Pastes through the real run loop: one event, text for the line being typed, never keys.
extension RuntimeTests {
@Suite struct PasteLoopTests {
    @Test("A paste of q:quit in the list is ignored with a message; the loop goes on; a paste into the filter filters")
    func pasteInListAndFilter() throws {
        let run = LoopRun()
        defer { run.finish() }
        let selected = try run.waitForOpenCase()
        let before = run.terminal.frameCount
        run.terminal.send(.paste("q:quit"))
        let ignored = try #require(run.terminal.waitFor("Paste ignored: no text field is open", after: before))
        #expect(ignored.selectedMatter == selected)
        #expect(run.exitStatus(within: 0.3) == nil, "the paste quit the dashboard")
        run.terminal.press(.character("/"))
        run.terminal.send(.paste("orl"))
        let filtered = try #require(run.terminal.waitFor("Cases 1/5"))
        #expect(filtered.contains { $0.hasPrefix(" /orl ") })
        run.terminal.press(.escape, .character("q"))
        #expect(run.exitStatus() == 0)
    }
}
}
