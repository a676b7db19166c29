import Foundation
import PythonSupport
import Testing

extension DashboardAdminTests {
    @Test("a in :staff and :settings: the forms make the change the command line makes, audited as it is")
    func forms() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let made = try runner.run(["staff", "--db", db, "--create", "add", DashboardDraftTests.login, "--name", "Марія Рейес",
                                   "--initials", "MR", "--role", "admin"])
        try #require(made.status == 0, "\(made.stderr)")
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db, "--today", "2026-11-30"])
        defer { terminal.stop() }
        terminal.waitFor(text: "casedesk · firm")
        try terminal.press(":")
        try terminal.type("staff")
        try terminal.press("Enter")
        terminal.waitFor(text: "a opens a form for the same change.")
        try terminal.press("a")
        terminal.waitFor(text: "Add a staff member")
        // Login, then the role (a letter picks it), initials and name.
        try terminal.type("jdoe")
        try terminal.press("Tab", "a", "Tab")
        try terminal.type("JD")
        try terminal.press("Tab")
        try terminal.type("Jane Doe")
        try terminal.press("C-s")
        terminal.waitFor(text: "Added jdoe to the staff directory")
        terminal.waitFor(text: "Jane Doe")
        try terminal.press("a")
        terminal.waitFor(text: "Add a staff member")
        try terminal.press("Escape")
        try terminal.press(":")
        try terminal.type("settings")
        try terminal.press("Enter")
        terminal.waitFor(text: "a opens a form for the same change.")
        try terminal.press("a")
        terminal.waitFor(text: "Change a store setting")
        try terminal.press("m", "Tab")
        try terminal.type("15")
        try terminal.press("C-s")
        terminal.waitFor(text: "Setting meritsFilingLeadDays changed")
        // The settings overlay shows the change again: Esc closes it, then q quits.
        terminal.waitFor(text: "meritsFilingLeadDays 15")
        try terminal.press("Escape", "q")
        terminal.expectRestored(status: 0)

        let staff = try runner.run(["staff", "--db", db])
        #expect(staff.stdout.contains("jdoe\tJD\tattorney\tJane Doe"), "\(staff.stdout)")
        #expect(try runner.run(["settings", "--db", db, "meritsFilingLeadDays"]).stdout == "15\n")
        let audited = try PythonCheck.run("""
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            for (action,) in db.execute("SELECT action FROM audit WHERE action IN ('add-staff', 'set-setting') ORDER BY id"):
                print(action)
            """, arguments: [db])
        #expect(audited == "add-staff\nadd-staff\nset-setting\n", "\(audited)")
    }
}
