import CaseDomain
import Dashboard
import DashboardRuntime
import DashboardTestSupport
import Foundation
import Testing

/// A keeper that records what the loop asks of it.
final class RecordingDrafts: DraftKeeping, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [String] = []
    private var problems: [String]

    init(problems: [String] = []) {
        self.problems = problems
    }

    var recorded: [String] { lock.withLock { calls } }

    func keep(_ draft: FormDraft) { lock.withLock { calls.append("keep \(draft.kind)") } }

    func drop(store: String, user: String, kind: String, caseID: String?, itemID: String?) {
        lock.withLock { calls.append("drop \(kind) \(caseID ?? "-")") }
    }

    func drafts(store: String, user: String) -> [FormDraft] { [] }

    func flush() { lock.withLock { calls.append("flush") } }

    func takeProblems() -> [String] {
        lock.withLock {
            defer { problems = [] }
            return problems
        }
    }
}

extension RuntimeTests {
@Suite struct DraftLoopTests {
    static let draft = FormDraft(store: "/s", user: "mreyes", kind: "edit-case", caseID: "c-gone", itemID: nil,
                                 baseVersion: 2, values: ["notes": "typed"], baseValues: [:], savedAt: "2026-11-30T09:00:00Z")

    @Test("The loop hands a discarded draft to the keeper, and flushes the keeper when it ends")
    func discardAndFlush() throws {
        let keeper = RecordingDrafts()
        let run = LoopRun(drafts: keeper, offering: [Self.draft])
        defer { run.finish() }
        try #require(run.terminal.waitFor("Drafts") != nil)
        run.terminal.press(.character("x"))
        try #require(run.terminal.waitFor("Draft discarded") != nil)
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
        #expect(keeper.recorded == ["drop edit-case c-gone", "flush"])
    }

    @Test("A draft the keeper could not write is said in the hint bar at the next tick")
    func problemShown() throws {
        let keeper = RecordingDrafts(problems: ["Draft not saved: cannot write /x: No space left on device"])
        let run = LoopRun(tickMilliseconds: 50, drafts: keeper)
        defer { run.finish() }
        #expect(run.terminal.waitFor("No space left on device") != nil)
    }
}
}
