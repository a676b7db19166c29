import Foundation
import Glibc
import Testing

/// The dashboard in a real pseudo-terminal (tmux): what a paralegal sees and does, and that the terminal
/// is left as it was on every way out. Each test has its own tmux server and temporary store.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardEndToEndTests {
    static let demo = ["demo", "--today", "2026-11-30"]

    /// Writes the demo store without opening it; returns the arguments that open it as of 2026-11-30.
    static func demoStore(_ runner: CommandRunner) throws -> [String] {
        let result = try runner.run(["demo", "--no-open", "--today", "2026-11-30"])
        try #require(result.status == 0, "\(result.stderr)")
        return ["--db", runner.path("data") + "/casedesk/demo.sqlite", "--today", "2026-11-30"]
    }

    @Test("First frame, /иван and /ivanov, open a case, every pane, resizes, and q restores the terminal")
    func walkthrough() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo)
        defer { terminal.stop() }
        let first = terminal.waitFor(text: "Cases 9 by next")
        #expect(first.contains("casedesk · demo"))
        #expect(first.contains("Mon 30 Nov 2026"))
        #expect(first.contains("Иванов Д."))
        #expect(terminal.paneVariable("alternate_on") == "1")

        try terminal.press("/")
        try terminal.type("иван")
        let cyrillic = terminal.waitFor(text: "Cases 1/9")
        #expect(cyrillic.contains("Иванов Д.") && !cyrillic.contains("Петренко"))
        try terminal.press("Escape")
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("/")
        try terminal.type("ivanov")
        let latin = terminal.waitFor(text: "Cases 1/9")
        #expect(latin.contains("Иванов Д."))
        try terminal.press("Enter", "Enter")
        terminal.waitFor(text: "Дмитрий Иванов (Dmitrii Ivanov)")

        try terminal.resize(columns: 80, rows: 24)
        terminal.waitFor(text: "[2 Timeline]")
        try terminal.press("3")
        terminal.waitFor(text: "[3 Custody]")
        try terminal.press("4")
        let evidence = terminal.waitFor(text: "[4 Evidence]")
        #expect(evidence.contains("Internal passport"))
        try terminal.press("Tab")
        terminal.waitFor("the list focused") { $0.contains("[4 Evidence]") && $0.contains("Enter open") }
        try terminal.press("2")
        terminal.waitFor(text: "[2 Timeline]")

        try terminal.resize(columns: 60, rows: 20)
        terminal.waitFor(text: "casedesk needs 80×24,")
        try terminal.resize(columns: 120, rows: 40)
        let back = terminal.waitFor(text: "┌ Custody")
        #expect(back.contains("Cases 1/9") && back.contains("Evidence"))

        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    @Test("Ctrl-C cancels, then quits; Ctrl-Z outside a job-control shell says so instead of stopping")
    func controlKeys() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("C-z")
        terminal.waitFor(text: "not started from a job-control shell")
        try terminal.press("/")
        try terminal.type("orl")
        terminal.waitFor(text: "Cases 1/9")
        try terminal.press("C-c")
        terminal.waitFor(text: "Cases 9 by next")
        #expect(terminal.exitStatus == nil)
        try terminal.press("C-c")
        terminal.expectRestored(status: 0)
    }

    static let terms = ["xterm-256color", "screen-256color", "tmux-256color", "xterm", "vt100", "linux", "foo"]

    @Test("Readable under every TERM, in UTF-8 and C locales", arguments: terms, ["C.UTF-8", "C"])
    func terminals(term: String, lang: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo, columns: 100, rows: 30,
                                             environment: ["TERM": term, "LANG": lang])
        defer { terminal.stop() }
        // Wait for the whole frame: tmux may be read while a frame is still arriving.
        let expected = ["Cases 9 by next", "casedesk", "2026-0142", "Иванов Д.", "Сяргей Коваль", "q quit", "Timeline"]
        let screen = terminal.waitFor("the first frame under TERM=\(term) LANG=\(lang)") { screen in
            expected.allSatisfy { screen.contains($0) }
        }
        #expect(!looksGarbled(screen), "TERM=\(term) LANG=\(lang):\n\(screen)")
        try terminal.press("j")
        terminal.waitFor("the selection to move") { $0.contains("▶2026-0142") }
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    @Test("--ascii and NO_COLOR: ASCII borders and Latin names; plain attributes", arguments: [true, false])
    func asciiAndNoColor(ascii: Bool) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: try Self.demoStore(runner) + (ascii ? ["--ascii"] : []),
                                             environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"])
        defer { terminal.stop() }
        let screen = terminal.waitFor(text: "Cases 9 by next")
        if ascii {
            #expect(screen.contains("Ivanov D.") && screen.contains("+ Cases 9"))
            #expect(!screen.unicodeScalars.contains { !$0.isASCII }, "non-ASCII on an --ascii screen:\n\(screen)")
        } else {
            #expect(screen.contains("Иванов Д.") && screen.contains("┌ Cases 9"))
        }
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }
}
