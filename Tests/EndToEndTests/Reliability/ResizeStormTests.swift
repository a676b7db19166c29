import Foundation
import Glibc
import ReliabilitySupport
import Testing

/// RELIABILITY.md §4, resizes: random window sizes from 1×1 to 300×100 as fast as tmux can set them (100
/// CI-sized, 1,000 in at most 10 s full). The dashboard stays alive, ends up drawing exactly what a fresh
/// one draws at the final size, and then sits idle (no CPU spent redrawing nothing).
@Suite("Resize storm", .serialized, .timeLimit(.minutes(5)))
struct ResizeStormTests {
    static let demo = ["demo", "--today", "2026-11-30"]

    /// The screen once it has stopped changing for half a second.
    static func settled(_ terminal: DashboardTerminal, timeout: Double = 30) -> String {
        var last = terminal.screen()
        var stableSince = Date()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let now = terminal.screen()
            if now != last {
                last = now
                stableSince = Date()
            } else if Date().timeIntervalSince(stableSince) > 0.5 {
                break
            }
        }
        return last
    }

    /// User plus system CPU time of a process, in seconds (from /proc).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command's ")": state is field 3 of stat(5), utime 14 and stime 15.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test("Random resizes from 1×1 to 300×100: alive, right at the final size, idle after")
    func storm() throws {
        let resizes = try ReliabilityScale.current().pick(ci: 100, full: 1_000)
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: Self.demo, columns: 120, rows: 40)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        let pid = try #require(terminal.programPID())
        var random = SystemRandomNumberGenerator()
        let started = Date()
        for _ in 0..<resizes {
            try terminal.resize(columns: Int.random(in: 1...300, using: &random), rows: Int.random(in: 1...100, using: &random))
        }
        let stormSeconds = Date().timeIntervalSince(started)
        let (columns, rows) = (Int.random(in: 80...200, using: &random), Int.random(in: 24...60, using: &random))
        try terminal.resize(columns: columns, rows: rows)
        #expect(terminal.exitStatus == nil, "the dashboard exited during the storm")
        #expect(kill(pid, 0) == 0, "the dashboard is gone")
        let afterStorm = Self.settled(terminal)

        // A fresh dashboard started at the final size draws the same screen.
        let freshRunner = try CommandRunner()
        defer { freshRunner.cleanUp() }
        let fresh = try DashboardTerminal(runner: freshRunner, arguments: Self.demo, columns: columns, rows: rows)
        defer { fresh.stop() }
        fresh.waitFor(text: "Cases 9 by next")
        let expected = Self.settled(fresh)
        #expect(afterStorm == expected, "after the storm at \(columns)×\(rows):\n\(afterStorm)\nexpected:\n\(expected)")

        // Idle afterwards: over two seconds with nothing to do it spends (almost) no CPU.
        let cpuBefore = try #require(Self.cpuSeconds(pid))
        Thread.sleep(forTimeInterval: 2)
        let idleCPU = try #require(Self.cpuSeconds(pid)) - cpuBefore
        #expect(idleCPU <= 0.1, "spent \(idleCPU) s of CPU in 2 idle seconds")
        try terminal.press("q")
        terminal.expectRestored(status: 0)
        ReliabilityFigures.record("resize-storm", String(
            format: "%d resizes in %.1f s, then %d×%d: same screen as a fresh start, %.2f s CPU in 2 idle seconds",
            resizes, stormSeconds, columns, rows, idleCPU))
        if resizes >= 1_000 { #expect(stormSeconds <= 10, "the storm took \(stormSeconds) s") }
    }
}
