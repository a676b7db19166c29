import Foundation
import Testing

/// The dashboard over time: commits by other processes, idling, commands and a bad theme file.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardLiveTests {
    @Test("A case added by another process shows within 2 s with no key pressed")
    func externalCommit() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("live.sqlite")
        let today = ["--today", "2026-11-30"]
        try #require(runner.run(["generate", "--db", db, "--cases", "5", "--seed", "1"] + today).status == 0)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db] + today)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 5 by next")
        let started = Date()
        let added = try runner.run(["generate", "--append", "--db", db, "--cases", "1", "--seed", "2"] + today)
        #expect(added.status == 0, "\(added.stderr)")
        let written = Date()
        terminal.waitFor(text: "Cases 6 by next", timeout: 10)
        let seen = Date().timeIntervalSince(written)
        #expect(seen < 2, "the new case showed \(seen) s after the commit (the write took \(written.timeIntervalSince(started)) s)")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }

    @Test("Idle for 10 s uses next to no CPU")
    func idleCPU() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: ["demo", "--today", "2026-11-30"])
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        let pid = try #require(terminal.programPID())
        Thread.sleep(forTimeInterval: 1)
        let before = try #require(Self.cpuTicks(pid))
        Thread.sleep(forTimeInterval: 10)
        let after = try #require(Self.cpuTicks(pid))
        // Clock ticks (1/100 s): polling once a second costs well under one tick per poll.
        #expect(after - before <= 20, "\(after - before) ticks of CPU in 10 idle seconds")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }

    /// utime + stime of a process, in clock ticks.
    static func cpuTicks(_ pid: Int32) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        // After the name: state is field 3, utime 14 and stime 15 (1-based over the whole line).
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    @Test("Help, :goto, :sort, :theme, a deadline's explanation and Esc")
    func commands() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: ["demo", "--today", "2026-11-30"])
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("?")
        terminal.waitFor(text: "Filter cases")
        try terminal.press("Escape")
        terminal.waitFor("help closed") { !$0.contains("Filter cases") }
        try terminal.press(":")
        try terminal.type("sort name")
        try terminal.press("Enter")
        terminal.waitFor(text: "Cases 9 by name")
        try terminal.press(":")
        try terminal.type("goto 2026-0142")
        try terminal.press("Enter")
        terminal.waitFor(text: "Дмитрий Иванов (Dmitrii Ivanov)")
        try terminal.press(":")
        try terminal.type("theme high-contrast")
        try terminal.press("Enter")
        terminal.waitFor(text: "Theme high-contrast")
        try terminal.press(":")
        try terminal.type("theme nosuch")
        try terminal.press("Enter")
        terminal.waitFor(text: "nosuch")
        // The timeline is focused on its first current row, a deadline: Enter explains it.
        try terminal.press("Enter")
        let explained = terminal.waitFor(text: "Not legal advice")
        #expect(explained.contains("Citation") && explained.contains("┌ Deadline"))
        try terminal.press("Escape")
        terminal.waitFor("the explanation closed") { !$0.contains("Not legal advice") }
        try terminal.press("Escape")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }

    @Test("A malformed theme file is reported and the default theme used")
    func badTheme() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let theme = runner.path("bad.toml")
        try "name = \"bad\"\n[roles\nselection = 12\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let terminal = try DashboardTerminal(runner: runner, arguments: try DashboardEndToEndTests.demoStore(runner) + ["--theme", theme])
        defer { terminal.stop() }
        let screen = terminal.waitFor(text: "Cases 9 by next")
        #expect(screen.contains("bad.toml"), "no word of the bad theme:\n\(screen)")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }
}
