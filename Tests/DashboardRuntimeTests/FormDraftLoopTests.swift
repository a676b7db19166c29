import Dashboard
import Foundation
import ScreenKit
import Testing

extension RuntimeTests {
/// The run loop hands an open form's drafts to its `DraftKeeping`.
@Suite struct FormDraftLoopTests {
    final class RecordedDrafts: DraftKeeping, @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [FormDraft] = []
        private var dropped: [String] = []

        func keep(_ draft: FormDraft) { lock.withLock { kept.append(draft) } }

        func drop(store: String, user: String, kind: String, caseID: String?, itemID: String?) {
            lock.withLock { dropped.append(kind) }
        }

        func drafts(store: String, user: String) -> [FormDraft] { [] }

        var last: FormDraft? { lock.withLock { kept.last } }
        var drops: [String] { lock.withLock { dropped } }
    }

    @Test func typingInAFormKeepsItsDraftAndCancellingDropsIt() throws {
        let drafts = RecordedDrafts()
        let run = LoopRun(drafts: drafts)
        defer { run.finish() }
        try run.waitForOpenCase()
        for key in [Key.character("a"), .character("Q"), .character("7"), .character("Z")] { run.terminal.send(.key(key)) }
        #expect(run.terminal.waitFor("New case") != nil)
        #expect(run.terminal.waitFor("Q7Z") != nil)
        #expect(drafts.last?.values["matter"] == "Q7Z")
        #expect(drafts.last?.kind == "new-case")
        run.terminal.send(.key(.escape))
        run.terminal.send(.key(.character("y")))
        #expect(run.terminal.waitFor("Discarded") != nil)
        #expect(drafts.drops == ["new-case"])
    }
}
}
