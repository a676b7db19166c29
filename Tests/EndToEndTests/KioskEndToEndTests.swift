import Foundation
import ReliabilitySupport
import Testing

/// The office display run for real in a pseudo-terminal: random keyboard input changes nothing and ends
/// nothing, changes in the store and a newly published board show within 5 s, Ctrl-Q twice leaves.
@Suite(.serialized, .timeLimit(.minutes(8))) struct KioskEndToEndTests {
    static let today = ["--today", "2026-11-30T09:41"]

    /// A demo store written at `name` in the runner's folder.
    static func demoStore(_ runner: CommandRunner, _ name: String = "office.sqlite") throws -> String {
        let db = runner.path(name)
        let made = try runner.run(["demo", "--db", db, "--no-open"] + today)
        try #require(made.status == 0, "\(made.stderr)")
        return db
    }

    /// A file's bytes; none for a missing file (a read-only opening may leave an empty `-wal` where
    /// there was none: no byte was written).
    static func contents(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    /// The ids of a process's children (every thread's).
    static func children(of pid: Int32) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").map(String.init)
        }
    }

    /// The process's state letter (`S` sleeping, `R` running, `T` stopped).
    static func state(of pid: Int32) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(end, offsetBy: 2)]
    }

    /// Random input of the kinds a visitor could type: control keys (never Ctrl-Q, the documented way
    /// out), escape sequences, `!`, `:`, `q`, Ctrl-C, Ctrl-Z, Ctrl-\ and printable bytes.
    static func randomSequence(_ generator: inout some RandomNumberGenerator) -> [UInt8] {
        let controls: [UInt8] = (0x00...0x1f).filter { $0 != 0x11 } + [0x7f]
        let pieces: [[UInt8]] = [
            [0x03], [0x1a], [0x1c], [0x21], [0x3a], [0x71], [0x1b], Array("\u{1b}[A".utf8), Array("\u{1b}[D".utf8),
            Array("\u{1b}[15~".utf8), Array("\u{1b}OP".utf8), Array("\u{1b}]0;x\u{07}".utf8), Array(":!sh\r".utf8),
            Array("q\r".utf8), Array("\u{1b}[200~rm -rf\u{1b}[201~".utf8),
        ]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes += [controls.randomElement(using: &generator) ?? 0x03]
            case 1: bytes += pieces.randomElement(using: &generator) ?? [0x1b]
            default: bytes += [UInt8.random(in: 0x20...0x7e, using: &generator)]
            }
        }
        return bytes
    }

    @Test("Random key sequences (200; 2,000 at full size): store files unchanged, kiosk running and not stopped, no child process")
    func randomInput() throws {
        let rounds = try ReliabilityScale.current().pick(ci: 200, full: 2_000)
        let started = Date()
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.demoStore(runner)
        let files = [db, db + "-wal"].map { ($0, Self.contents($0)) }
        let terminal = try DashboardTerminal(runner: runner, arguments: ["kiosk", "--db", db, "--rotate", "2"] + Self.today)
        defer { terminal.stop() }
        terminal.waitFor(text: "2026-0142")
        let pid = try #require(terminal.programPID())
        var generator = SystemRandomNumberGenerator()
        var sent = 0
        for round in 0..<rounds {
            let bytes = Self.randomSequence(&generator)
            sent += bytes.count
            _ = try terminal.tmux(["send-keys", "-t", terminal.session, "-H"] + bytes.map { String(format: "%02x", $0) })
            if round % 20 == 19 {
                Thread.sleep(forTimeInterval: 0.2)
                #expect(Self.children(of: pid).isEmpty, "a child process after round \(round)")
                #expect(Self.state(of: pid).map { $0 != "T" && $0 != "Z" } == true, "stopped after round \(round)")
            }
        }
        Thread.sleep(forTimeInterval: 1)
        #expect(terminal.exitStatus == nil, "the kiosk ended")
        #expect(Self.state(of: pid).map { $0 != "T" && $0 != "Z" } == true)
        #expect(Self.children(of: pid).isEmpty)
        // Whatever page it is on, the board is still there (not the neutral screen, not a shell).
        terminal.waitFor("the board") { $0.contains("Mon 30 Nov 2026") && !$0.contains("unavailable") }
        for (path, before) in files {
            #expect(Self.contents(path) == before, "\(path) changed")
        }
        try terminal.press("C-q")
        try terminal.press("C-q")
        terminal.expectRestored(status: 0)
        ReliabilityFigures.record("kiosk-random-keys", "\(rounds) random key sequences (\(sent) bytes) in "
                                  + String(format: "%.0f s", Date().timeIntervalSince(started))
                                  + ": store files unchanged, the board still shown, never stopped, no child process")
    }

    @Test("A change committed by another process shows within 5 s (from the store)")
    func storeChange() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.demoStore(runner)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["kiosk", "--db", db, "--rotate", "3600"] + Self.today)
        defer { terminal.stop() }
        terminal.waitFor(text: "2026-0150")
        #expect(!terminal.screen().contains("tnguyen"))
        // Without a directory entry the board names the paralegal by login instead of initials.
        let removed = try runner.run(["staff", "remove", "tnguyen", "--db", db])
        try #require(removed.status == 0, "\(removed.stderr)")
        let committed = Date()
        terminal.waitFor(text: "tnguyen", timeout: 10)
        let seen = Date().timeIntervalSince(committed)
        #expect(seen < 5, "the change showed after \(seen) s")
        try terminal.press("C-q", "C-q")
        terminal.expectRestored(status: 0)
    }

    @Test("A newly published board shows within 5 s (--board); an unreadable one gives the neutral screen")
    func boardChange() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.demoStore(runner)
        let board = runner.path("board.json")
        let published = try runner.run(["publish-board", "--db", db, "--out", board] + Self.today)
        try #require(published.status == 0, "\(published.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: board)
        #expect((attributes[.posixPermissions] as? Int) == 0o644)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["kiosk", "--board", board, "--rotate", "3600"] + Self.today)
        defer { terminal.stop() }
        terminal.waitFor(text: "2026-0150")
        try #require(runner.run(["staff", "remove", "tnguyen", "--db", db]).status == 0)
        try #require(runner.run(["publish-board", "--db", db, "--out", board] + Self.today).status == 0)
        let written = Date()
        terminal.waitFor(text: "tnguyen", timeout: 10)
        #expect(Date().timeIntervalSince(written) < 5)
        try Data("not a board".utf8).write(to: URL(fileURLWithPath: board))
        terminal.waitFor(text: "Data unavailable, retrying", timeout: 10)
        #expect(!terminal.screen().contains("board.json"))
        try #require(runner.run(["publish-board", "--db", db, "--out", board] + Self.today).status == 0)
        terminal.waitFor(text: "2026-0150", timeout: 10)
        try terminal.press("C-q", "C-q")
        terminal.expectRestored(status: 0)
    }

    @Test("publish-board writes no audit row and leaves the store's files as they were")
    func publishReadsOnly() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.demoStore(runner)
        let before = Self.contents(db)
        let wal = Self.contents(db + "-wal")
        let out = try runner.run(["publish-board", "--db", db, "--out", "-"] + Self.today)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\"format\" : \"casedesk-board/1\""))
        #expect(!out.stdout.contains("Иванов"))
        #expect(Self.contents(db) == before)
        #expect(Self.contents(db + "-wal") == wal)
    }

    @Test("Neither publish-board nor the kiosk creates a store, not even the default one")
    func neverCreates() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let missing = runner.path("missing.sqlite")
        let publish = try runner.run(["publish-board", "--db", missing, "--out", runner.path("b.json")])
        #expect(publish.status != 0)
        #expect(publish.stderr.contains("no store at"))
        let byDefault = try runner.run(["publish-board", "--out", runner.path("b.json")])
        #expect(byDefault.status != 0)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: runner.path("data/casedesk/casedesk.sqlite")))
        let terminal = try DashboardTerminal(runner: runner, arguments: ["kiosk"] + Self.today)
        defer { terminal.stop() }
        terminal.waitFor(text: "Data unavailable, retrying")
        #expect(!FileManager.default.fileExists(atPath: runner.path("data/casedesk/casedesk.sqlite")))
        try terminal.press("C-q", "C-q")
        terminal.expectRestored(status: 0)
    }
}
