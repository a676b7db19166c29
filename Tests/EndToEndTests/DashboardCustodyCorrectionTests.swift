import Foundation
import PythonSupport
import Testing

extension DashboardEditingTests {
    @Test("e on the custody pane corrects the period recorded: a bad end is refused at the field, a new start is saved")
    func correctCustodyPeriod() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try demoStore(runner)
        let terminal = try openDashboard(runner, db: db)
        defer { terminal.stop() }
        // 2025-0402 is paroled since 2025-06-18: its one period, selected on the custody pane's first line.
        try terminal.press("3")
        terminal.waitFor(text: "Paroled since 2025-06-18")
        try terminal.press("e")
        terminal.waitFor(text: "Correct a custody period")
        // Status, From, To: an end before the start is refused beside it, and Ctrl-S writes nothing.
        try terminal.press("Tab", "Tab")
        try terminal.type("2025-06-01")
        terminal.waitFor(text: "is not after \"from\" (2025-06-18)")
        try terminal.press("C-s")
        terminal.waitFor(text: "Not saved: To")
        try terminal.press("C-u")
        try terminal.press("BTab", "C-u")
        try terminal.type("2025-06-17")
        terminal.waitFor(text: "2025-06-17")
        try terminal.press("C-s")
        terminal.waitFor(text: "Saved")
        terminal.waitFor(text: "Paroled since 2025-06-17")
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
        let custody = try #require(try exported(runner, db: db, matter: "2025-0402")["custody"] as? [[String: Any]])
        #expect(custody.count == 1)
        #expect(custody.first?["from"] as? String == "2025-06-17")
        // Still the current period: no end.
        #expect(custody.first?["to"] as? String == nil)
        #expect(custody.first?["id"] as? String == "p1")
        let audited = try PythonCheck.run("""
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            for (action,) in db.execute("SELECT action FROM audit WHERE matter = '2025-0402' ORDER BY id DESC LIMIT 1"):
                print(action)
            """, arguments: [db])
        #expect(audited == "update-custody\n")
    }
}
