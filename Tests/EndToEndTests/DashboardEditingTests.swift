import Foundation
import Glibc
import PythonSupport
import Testing

/// Editing in a real pseudo-terminal: a new case typed and saved, and two dashboards on one store saving
/// the same case at once (the same field: the conflict screen; different fields and items: merged).
@Suite(.serialized, .timeLimit(.minutes(4))) struct DashboardEditingTests {
    static let today = ["--today", "2026-11-30"]

    /// A store holding the demo's cases (its first case by next deadline is 2025-0402, with a starting
    /// checklist), with this account in its staff directory as an admin, so it may edit.
    func demoStore(_ runner: CommandRunner) throws -> String {
        let demo = runner.path("demo.sqlite"), cases = runner.path("demo.json"), db = runner.path("firm.sqlite")
        let login = try #require(getpwuid(getuid())?.pointee.pw_name.map { String(cString: $0) })
        for arguments in [["demo", "--db", demo, "--no-open"] + Self.today, ["export", "--db", demo, "--out", cases],
                          ["staff", "--db", db, "--create", "add", login, "--name", "Test Admin", "--initials", "TA",
                           "--role", "admin"],
                          ["import", "--db", db, cases] + Self.today] {
            let made = try runner.run(arguments)
            try #require(made.status == 0, "\(arguments): \(made.stderr)")
        }
        return db
    }

    /// The exported case with this matter, as JSON.
    func exported(_ runner: CommandRunner, db: String, matter: String) throws -> [String: Any] {
        let export = try runner.run(["export", "--db", db])
        try #require(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        return try #require(cases.first { $0["matter"] as? String == matter })
    }

    func openDashboard(_ runner: CommandRunner, db: String) throws -> DashboardTerminal {
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db] + Self.today)
        // The first case's panes are loaded: it can be edited.
        terminal.waitFor(text: "2025-0402 ·")
        return terminal
    }

    @Test("A new case typed with a Cyrillic name and an A-number is stored as typed, in NFC")
    func newCase() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try demoStore(runner)
        let terminal = try openDashboard(runner, db: db)
        defer { terminal.stop() }
        try terminal.press("a")
        terminal.waitFor(text: "New case")
        try terminal.type("2026-0999")
        try terminal.press("Tab")
        // Й typed decomposed (И + combining breve), as some keyboards send it.
        try terminal.type("Мари\u{0438}\u{0306} Кузнецов")
        try terminal.press("Tab", "Tab")
        try terminal.type("A 123-456-789")
        terminal.waitFor(text: "A 123-456-789")
        try terminal.press("C-s")
        terminal.waitFor(text: "Case created")
        let screen = terminal.waitFor(text: "2026-0999  Кузнецов М.")
        #expect(!screen.contains("New case"))
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
        let stored = try exported(runner, db: db, matter: "2026-0999")
        let client = try #require(stored["client"] as? [String: Any])
        let name = try #require(client["name"] as? String)
        #expect(Array(name.unicodeScalars) == Array("Марий Кузнецов".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(name.unicodeScalars.contains("\u{0439}"))
        #expect(client["aNumber"] as? String == "123456789")
    }

    @Test("Two dashboards save the same field: the second chooses on the conflict screen; both edits are audited")
    func sameField() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try demoStore(runner)
        let first = try openDashboard(runner, db: db)
        defer { first.stop() }
        let second = try openDashboard(runner, db: db)
        defer { second.stop() }
        for (terminal, judge) in [(first, "Judge Alpha"), (second, "Judge Beta")] {
            try terminal.press("e")
            terminal.waitFor(text: "Edit case")
            for _ in 0..<12 { try terminal.press("Tab") }
            try terminal.press("C-u")
            try terminal.type(judge)
            terminal.waitFor(text: judge)
        }
        try first.press("C-s")
        first.waitFor(text: "Saved")
        try second.press("C-s")
        let conflict = second.waitFor(text: "Conflicting changes")
        #expect(conflict.contains("Judge Alpha") && conflict.contains("Judge Beta"))
        try second.press("y")
        try second.press("C-s")
        second.waitFor(text: "Saved")
        for terminal in [first, second] {
            try terminal.press("q")
            #expect(terminal.waitForExit().status == 0)
        }
        #expect(try exported(runner, db: db, matter: "2025-0402")["judge"] as? String == "Judge Beta")
        let audited = try PythonCheck.run("""
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            for (after,) in db.execute("SELECT after FROM audit WHERE matter = '2025-0402' AND after IS NOT NULL ORDER BY id"):
                print("Judge Alpha" in after, "Judge Beta" in after)
            """, arguments: [db])
        // The demo's own rows come first; then the first save, then the second's merge.
        #expect(audited.hasSuffix("True False\nFalse True\n"), "\(audited)")
    }

    @Test("Two dashboards save different fields and different evidence items: no conflict screen, both kept")
    func differentFields() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try demoStore(runner)
        let first = try openDashboard(runner, db: db)
        defer { first.stop() }
        let second = try openDashboard(runner, db: db)
        defer { second.stop() }
        // The judge in one, the court in the other (the court is two fields before the judge).
        for (terminal, tabs, text) in [(first, 12, "Judge Alpha"), (second, 10, "Court Beta")] {
            try terminal.press("e")
            terminal.waitFor(text: "Edit case")
            for _ in 0..<tabs { try terminal.press("Tab") }
            try terminal.press("C-u")
            try terminal.type(text)
            terminal.waitFor(text: text)
        }
        try first.press("C-s")
        first.waitFor(text: "Saved")
        try second.press("C-s")
        let merged = second.waitFor(text: "Saved")
        #expect(!merged.contains("Conflicting changes"))
        // The first and the second evidence item, each opened before either is saved.
        for (terminal, downs, exhibit) in [(first, 1, "A-1"), (second, 2, "B-7")] {
            try terminal.press("4")
            for _ in 0..<downs { try terminal.press("j") }
            try terminal.press("e")
            terminal.waitFor(text: "Edit evidence")
            for _ in 0..<6 { try terminal.press("Tab") }
            try terminal.type(exhibit)
            terminal.waitFor(text: exhibit)
        }
        try first.press("C-s")
        first.waitFor(text: "Saved")
        try second.press("C-s")
        #expect(!second.waitFor(text: "Saved").contains("Conflicting changes"))
        for terminal in [first, second] {
            try terminal.press("q")
            #expect(terminal.waitForExit().status == 0)
        }
        let stored = try exported(runner, db: db, matter: "2025-0402")
        #expect(stored["judge"] as? String == "Judge Alpha")
        #expect(stored["court"] as? String == "Court Beta")
        let exhibits = (stored["evidence"] as? [[String: Any]] ?? []).compactMap { $0["exhibit"] as? String }
        #expect(Set(exhibits) == ["A-1", "B-7"], "\(exhibits)")
    }

    @Test("d then y deletes the selected case; an account the directory does not name only reads")
    func deleteAndReadOnly() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try demoStore(runner)
        let terminal = try openDashboard(runner, db: db)
        defer { terminal.stop() }
        try terminal.press("d")
        terminal.waitFor(text: "Delete case \"2025-0402\" and all it holds? y deletes")
        try terminal.press("y")
        terminal.waitFor(text: "Case deleted")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
        let export = try runner.run(["export", "--db", db])
        #expect(export.status == 0 && !export.stdout.contains("\"2025-0402\""))
        // A store whose directory names an attorney and not this account: it may only read.
        let other = runner.path("other.sqlite")
        for arguments in [["import", "--db", other, "--create", runner.path("demo.json")] + Self.today,
                          ["staff", "--db", other, "add", "dlevin", "--name", "David Levin", "--initials", "DL", "--role", "attorney"],
                          ["staff", "--db", other, "remove", try #require(getpwuid(getuid())?.pointee.pw_name.map { String(cString: $0) })]] {
            let made = try runner.run(arguments)
            try #require(made.status == 0, "\(arguments): \(made.stderr)")
        }
        let demo = try DashboardTerminal(runner: runner, arguments: ["--db", other] + Self.today)
        defer { demo.stop() }
        demo.waitFor(text: "2025-0402 ·")
        try demo.press("a")
        demo.waitFor(text: "Read-only session: add")
        #expect(demo.screen().split(separator: "\n").first?.hasSuffix(" RO") == true)
        try demo.press("q")
        #expect(demo.waitForExit().status == 0)
    }
}
