import CTermShim
import CaseDomain
import Dashboard
import DashboardRuntime
import Foundation
import ScreenKit
import Glibc
import Testing

/// The run loop's tests, one at a time: the signal handlers and their wake-up descriptor belong to
/// the process, so two loops at once would take each other's signals.
@Suite(.serialized, .timeLimit(.minutes(2))) struct RuntimeTests {}

/// The real run loop, driven through the scripted terminal: keys in, frames out, exit statuses.
extension RuntimeTests {
@Suite struct RunLoopTests {
    @Test("Keys in, frames out: the list draws, j moves the selection, q ends the loop with 0")
    func keysAndFrames() throws {
        let run = LoopRun()
        defer { run.finish() }
        let top = try run.waitForOpenCase()
        run.terminal.press(.character("j"))
        let moved = try #require(run.terminal.waitForFrame { $0.selectedMatter != nil && $0.selectedMatter != top })
        #expect(moved.text.contains("Cases 5 by next"))
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("A slow store does not hold up the keys: the filter answers while a case is still loading")
    func slowStore() throws {
        let store = MemoryStore()
        store.hold()
        let run = LoopRun(store: store)
        defer { run.finish() }
        // The first page is drawn; the first case's load is held, and the whole list waits behind it.
        try #require(run.terminal.waitFor("Cases 5") != nil)
        #expect(store.waitForHeldLoad(), "the first case's load never started")
        let before = run.terminal.frameCount
        run.terminal.press(.character("/"))
        run.terminal.type("orl")
        let filtered = try #require(run.terminal.waitFor("Cases 1/5", after: before),
                                    "the filter was not answered while the store was busy")
        #expect(store.heldLoads == 1, "the load finished before the keys were answered")
        #expect(filtered.selectedMatter == "2026-0131")
        #expect(!filtered.text.contains("Алексей Орлов (Aleksei Orlov)"), "the case showed before its load")
        store.release()
        // The first load answers for a case no longer selected and is dropped; Orlov's follows.
        let opened = try #require(run.terminal.waitFor("Алексей Орлов (Aleksei Orlov)"))
        #expect(opened.selectedMatter == "2026-0131")
        run.terminal.press(.escape, .character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("SIGHUP, SIGINT and SIGTERM arrive as actions and end the loop with 128 + the signal",
          arguments: [SIGHUP, SIGINT, SIGTERM])
    func signals(number: Int32) throws {
        #expect(cterm_install_exit_handlers() == 0)
        defer { _ = cterm_restore_exit_handlers() }
        // A minute between ticks: only the signal's byte on the wake-up pipe can wake the loop in time
        // (10 s leaves room for a loaded machine and is still far from the tick).
        let run = LoopRun(tickMilliseconds: 60_000)
        defer { run.finish() }
        try #require(run.terminal.waitFor("Cases 5 by next") != nil)
        // Raised on a thread of its own, not the loop's: the handler's write to the pipe is what wakes it.
        let sent = Date()
        #expect(raiseOnAnotherThread(number) == 0)
        #expect(run.exitStatus(within: 10) == 128 + number)
        #expect(Date().timeIntervalSince(sent) < 10)
    }

    @Test("The terminal hanging up ends the loop with 129")
    func hangUp() throws {
        let run = LoopRun(tickMilliseconds: 60_000)
        defer { run.finish() }
        try #require(run.terminal.waitFor("Cases 5 by next") != nil)
        run.terminal.send(.hangup)
        #expect(run.exitStatus() == 129)
    }

    @Test("Nothing is drawn while nothing changes, though the clock ticks and the store is asked")
    func idle() throws {
        let run = LoopRun(tickMilliseconds: 20)
        defer { run.finish() }
        try run.waitForOpenCase()
        Thread.sleep(forTimeInterval: 0.2)
        let settled = run.terminal.frameCount
        Thread.sleep(forTimeInterval: 0.5)
        #expect(run.terminal.frameCount == settled, "frames drawn while idle: \(run.terminal.frameCount - settled)")
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test(":theme and Tab complete from the command table; :theme NAME reaches the terminal")
    func commandLine() throws {
        let run = LoopRun(themeNames: ["default", "high-contrast"])
        defer { run.finish() }
        try #require(run.terminal.waitFor("Cases 5 by next") != nil)
        run.terminal.press(.character(":"))
        run.terminal.type("th")
        run.terminal.press(.tab)
        run.terminal.type("d")
        run.terminal.press(.tab)
        try #require(run.terminal.waitFor(":theme default") != nil)
        run.terminal.press(.enter)
        try #require(run.terminal.waitFor("Theme default") != nil)
        #expect(run.terminal.palettes == [BuiltInTheme.theme.palette])
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }
}
}

/// Raises `number` on a new thread that lets it through (test threads hold signals back, as the
/// dispatch queues they run on do), so the flag handler runs there; returns what `raise` returned.
func raiseOnAnotherThread(_ number: Int32) -> Int32 {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Int32 = -1
    let thread = Thread {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        result = raise(number)
        done.signal()
    }
    thread.start()
    done.wait()
    return result
}
