import Foundation
import Glibc
import Testing

/// The dashboard against what terminals and their users really do: keys in another terminal's dialect,
/// the less common signals, and terminals that cannot run it. Each test has its own tmux server.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardTerminalKindsTests {
    static let demo = ["demo", "--today", "2026-11-30"]

    /// Every signal whose default action ends a process and that the dashboard catches (SIGINT, which a
    /// terminal sends as Ctrl-C, is in the runtime tests). 34 and 64 are glibc's SIGRTMIN and SIGRTMAX (macros Swift cannot
    /// import).
    static let signals: [Int32] = [SIGHUP, SIGTERM, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
                                   SIGXFSZ, SIGIO, SIGPWR, SIGSYS, SIGSTKFLT, 34, 64]

    @Test("Every signal that would end the process ends the dashboard within 2 s, restores the terminal and exits 128 + n",
          arguments: signals)
    func endingSignals(signal: Int32) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        let pid = try #require(terminal.programPID())
        #expect(kill(pid, signal) == 0)
        let exit = terminal.waitForExit(timeout: 10)
        #expect(exit.seconds < 2, "took \(exit.seconds) s")
        terminal.expectRestored(status: 128 + signal)
    }

    /// The list's rows (its first column: the selection marker or a space, then the matter number).
    static func caseRows(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").filter { $0.hasPrefix("│▶20") || $0.hasPrefix("│ 20") }
    }

    @Test("Under TERM=xterm-256color, End and Home as PuTTY and the Linux console send them move the selection",
          arguments: [["1b", "5b", "34", "7e"], ["1b", "5b", "38", "7e"]])
    func puttyEndAndHome(end: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo)
        defer { terminal.stop() }
        terminal.waitFor("the whole first frame") { Self.caseRows($0).count == 9 && $0.contains("┌ Evidence") }
        // The frame once it stops changing (the panes of the first case may still be arriving).
        var first = terminal.screen()
        for _ in 0..<100 {
            Thread.sleep(forTimeInterval: 0.1)
            let again = terminal.screen()
            if again == first { break }
            first = again
        }
        try #require(Self.caseRows(first).first?.hasPrefix("│▶") == true, "the first frame:\n\(first)")
        try terminal.tmux(["send-keys", "-t", terminal.session, "-H"] + end)
        let atEnd = terminal.waitFor("the last row selected") { screen in
            let rows = Self.caseRows(screen)
            return rows.count == 9 && rows.firstIndex { $0.hasPrefix("│▶") } == 8
        }
        #expect(!atEnd.contains("[4 Evidence]"), "a stray 4 was taken as a key:\n\(atEnd)")
        // ESC [ 1 ~ (PuTTY, the console) is Home: back to the first row.
        try terminal.tmux(["send-keys", "-t", terminal.session, "-H", "1b", "5b", "31", "7e"])
        // Back where it started, and nothing else changed: no stray digit or tilde was taken as a key.
        terminal.waitFor("the first frame again") { $0 == first }
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    @Test("TERM=dumb, a TERM without cursor addressing, or none: one line naming TERM, exit 1, terminal untouched",
          arguments: ["dumb", "glass", ""])
    func refusesTerminalsWithoutCursorAddressing(term: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        var environment = ["LANG": "C.UTF-8"]
        if !term.isEmpty { environment["TERM"] = term }
        if term == "glass" {
            // A terminal type of our own that can ring and feed lines but not move its cursor.
            let source = runner.path("glass.src")
            try "glass|a terminal that cannot move its cursor,\n\tam, cols#80, lines#24, bel=^G, cr=\\r, cud1=\\n, ind=\\n,\n"
                .write(toFile: source, atomically: true, encoding: .utf8)
            let compiled = Process()
            compiled.executableURL = URL(fileURLWithPath: "/usr/bin/tic")
            compiled.arguments = ["-o", runner.path("terminfo"), source]
            try compiled.run()
            compiled.waitUntilExit()
            try #require(compiled.terminationStatus == 0, "tic failed")
            environment["TERMINFO"] = runner.path("terminfo")
        }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo, environment: environment)
        defer { terminal.stop() }
        let screen = terminal.waitFor(text: "casedesk-exited")
        let label = term.isEmpty ? "(unset)" : term
        let message = screen.split(separator: "\n").filter { $0.hasPrefix("casedesk:") }
        #expect(message.count == 1, "\(screen)")
        #expect(message.first?.contains("cannot run on TERM=\(label)") == true, "\(screen)")
        #expect(!screen.contains("Cases"), "the dashboard drew something:\n\(screen)")
        terminal.expectRestored(status: 1)
    }
}
