import Foundation
import Glibc
import Testing

/// RELIABILITY.md §8, the shell half (the ForceCommand half is in Scripts/reliability-root): started from
/// an interactive shell with job control, Ctrl-Z stops casedesk with the terminal given back to the shell,
/// and `fg` brings it back with the screen redrawn as it was.
@Suite("Suspend from a shell", .serialized, .timeLimit(.minutes(3)))
struct ShellSuspendTests {
    /// The state letter of /proc/PID/stat (`S` sleeping, `T` stopped), or nil when the process is gone.
    static func state(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
    }

    @Test("Ctrl-Z under sh -i stops casedesk and shows the shell; fg resumes it with the same screen")
    func suspendAndResume() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--version"])
        defer { terminal.stop() }
        terminal.waitFor(text: "casedesk-exited")
        // The pane becomes an interactive shell (job control on), which starts casedesk as a job.
        let environment = ["HOME": runner.home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                           "LANG": "C.UTF-8", "TZ": "America/Los_Angeles", "PS1": "shell-prompt$ ",
                           "XDG_DATA_HOME": runner.path("data"), "XDG_CONFIG_HOME": runner.path("config")]
        let assignments = environment.sorted { $0.key < $1.key }.map { DashboardTerminal.quoted($0.key + "=" + $0.value) }
        try terminal.tmux(["respawn-pane", "-k", "-t", terminal.session,
                           "env -i " + assignments.joined(separator: " ") + " /bin/sh -i"], capture: false)
        terminal.waitFor(text: "shell-prompt$")
        try terminal.type(CommandRunner.binary.path + " demo --today 2026-11-30")
        try terminal.press("Enter")
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("Down")
        let before = ResizeStormTests.settled(terminal)
        let pid = try #require(terminal.programPID())
        try terminal.press("C-z")
        let stopped = terminal.waitFor("the shell's prompt after Ctrl-Z") { $0.contains("shell-prompt$") && !$0.contains("Cases 9") }
        #expect(Self.state(pid) == "T", "casedesk is \(Self.state(pid) ?? "gone") after Ctrl-Z")
        #expect(terminal.paneVariable("alternate_on") == "0", "the shell is left on the alternate screen:\n\(stopped)")
        try terminal.type("fg")
        try terminal.press("Enter")
        terminal.waitFor(text: "Cases 9 by next")
        let after = ResizeStormTests.settled(terminal)
        #expect(after == before, "after fg:\n\(after)\nbefore:\n\(before)")
        #expect(Self.state(pid) != "T")
        try terminal.press("q")
        let deadline = Date().addingTimeInterval(10)
        while let state = Self.state(pid), state != "Z", Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Self.state(pid) == nil || Self.state(pid) == "Z", "casedesk did not quit after fg and q")
        #expect(terminal.paneVariable("alternate_on") == "0")
    }
}
