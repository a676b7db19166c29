import Foundation
import Glibc
import ReliabilitySupport
import Testing

/// RELIABILITY.md §4, signals: every signal whose default action ends a process (SIGKILL aside: nothing
/// can restore a terminal after it), sent while the dashboard is idle, while a form is open and while a
/// save waits on a store another process holds locked. Each ends casedesk with `stty -g` as it was, the
/// alternate screen left and the cursor shown, and the store holds no part of the unsaved case.
@Suite("Signals in every state", .serialized, .timeLimit(.minutes(20)))
struct SignalStatesTests {
    enum State: String, CaseIterable {
        case idle, inForm, duringSave
    }

    static let today = ["--today", "2026-11-30"]
    /// The signals the run loop catches, then those the fatal handlers take (they restore and re-raise).
    /// 34 and 64 are glibc's SIGRTMIN and SIGRTMAX; the full run sends every real-time signal.
    static let caught: [Int32] = [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM,
                                  SIGPROF, SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSYS, SIGSTKFLT]
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP]

    static func signals() throws -> [Int32] {
        let realTime: [Int32] = try ReliabilityScale.current().pick(ci: [34, 64], full: Array(34...64))
        return caught + fatal + realTime
    }

    @Test("Every ending signal, idle, in a form and during a save: terminal restored, nothing half-saved",
          arguments: State.allCases)
    func endingSignals(state: State) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let template = try SeededStore.demo(runner)
        let probe = StoreProbe(runner: runner, path: template)
        let casesBefore = try probe.count(#"SELECT count(*) FROM "case""#)
        var slowest = 0.0
        for signal in try Self.signals() {
            // A home of its own per run: the wrapper's status and stty files start absent.
            let run = try CommandRunner()
            defer { run.cleanUp() }
            let db = run.path("run.sqlite")
            try SeededStore.copy(template, to: db)
            let terminal = try DashboardTerminal(runner: run, arguments: ["--db", db] + Self.today)
            defer { terminal.stop() }
            terminal.waitFor(text: "2025-0402 ·")
            var lock: StoreLock?
            switch state {
            case .idle:
                break
            case .inForm, .duringSave:
                try terminal.press("a")
                terminal.waitFor(text: "New case")
                try terminal.type("2026-0777")
                try terminal.press("Tab")
                try terminal.type("Half Saved")
                terminal.waitFor(text: "Half Saved")
                if state == .duringSave {
                    lock = try StoreLock(path: db)
                    try terminal.press("C-s")
                    // The save is now waiting on the lock (the store's busy timeout is seconds long).
                    usleep(300_000)
                    #expect(!terminal.screen().contains("Case created"), "the save did not wait for the lock")
                }
            }
            let pid = try #require(terminal.programPID())
            let sent = Date()
            #expect(kill(pid, signal) == 0)
            let exit = terminal.waitForExit(timeout: 15)
            slowest = max(slowest, Date().timeIntervalSince(sent))
            terminal.expectRestored(status: 128 + signal)
            lock?.release()
            let after = StoreProbe(runner: run, path: db)
            #expect(try after.checkPasses() == nil, "signal \(signal) \(state): the store fails its check")
            #expect(try after.count(#"SELECT count(*) FROM "case""#) == casesBefore,
                    "signal \(signal) \(state): the unsaved case is in the store")
            #expect(exit.seconds < 3, "signal \(signal) \(state): took \(exit.seconds) s")
        }
        ReliabilityFigures.record("signals", "\(state.rawValue): \(try Self.signals().count) signals, terminal restored "
                                  + "each time, no partial commit; slowest exit \(String(format: "%.2f", slowest)) s")
    }
}

/// A write lock on a store held by another process (the `sqlite3` shell inside `BEGIN IMMEDIATE`), so
/// that casedesk's next save waits.
final class StoreLock {
    let process = Process()
    let input = Pipe()

    init(path: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.print locked\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw ProbeFailure(detail: "sqlite3 could not lock \(path)") }
            seen.append(chunk)
        }
    }

    /// Rolls back and ends the shell.
    func release() {
        guard process.isRunning else { return }
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { release() }
}

/// Stores the reliability suites start from.
enum SeededStore {
    /// The demo's cases in a real store, with this account an admin in its staff directory (so it may edit).
    static func demo(_ runner: CommandRunner) throws -> String {
        let demo = runner.path("demo.sqlite"), cases = runner.path("demo.json"), db = runner.path("seed.sqlite")
        let login = try #require(getpwuid(getuid())?.pointee.pw_name.map { String(cString: $0) })
        for arguments in [["demo", "--db", demo, "--no-open", "--today", "2026-11-30"],
                          ["export", "--db", demo, "--out", cases],
                          ["staff", "--db", db, "--create", "add", login, "--name", "Test Admin", "--initials", "TA",
                           "--role", "admin"],
                          ["import", "--db", db, cases, "--today", "2026-11-30"]] {
            let made = try runner.run(arguments)
            try #require(made.status == 0, "\(arguments): \(made.stderr)")
        }
        return db
    }

    /// Copies a closed store (its WAL too, when one was left).
    static func copy(_ source: String, to destination: String) throws {
        for suffix in ["", "-wal"] {
            try? FileManager.default.removeItem(atPath: destination + suffix)
            if FileManager.default.fileExists(atPath: source + suffix) {
                try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
            }
        }
    }
}
