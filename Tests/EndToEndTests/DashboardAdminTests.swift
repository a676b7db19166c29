import Foundation
import Glibc
import Testing

/// `:staff` and `:settings` in a real pseudo-terminal: the changes reach the store, as the command line
/// then shows them.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardAdminTests {
    @Test(":staff add and :settings KEY VALUE change the store; the overlays show the result")
    func changes() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let login = DashboardDraftTests.login
        // A new store: its first member, an admin, may change everything.
        let made = try runner.run(["staff", "--db", db, "--create", "add", login, "--name", "Марія Рейес", "--initials", "MR",
                                   "--role", "admin"])
        try #require(made.status == 0, "\(made.stderr)")
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db, "--today", "2026-11-30"])
        defer { terminal.stop() }
        terminal.waitFor(text: "casedesk · firm")
        try terminal.press(":")
        try terminal.type("staff add jdoe attorney JD Jane Doe")
        try terminal.press("Enter")
        terminal.waitFor(text: "Added jdoe to the staff directory")
        let directory = terminal.waitFor(text: "Jane Doe")
        #expect(directory.contains("Staff directory") && directory.contains("Марія Рейес"))
        try terminal.press("Escape", ":")
        try terminal.type("settings meritsFilingLeadDays 15")
        try terminal.press("Enter")
        terminal.waitFor(text: "Setting meritsFilingLeadDays changed")
        terminal.waitFor(text: "meritsFilingLeadDays 15")
        try terminal.press("Escape", ":")
        try terminal.type("settings meritsFilingLeadDays 400")
        try terminal.press("Enter")
        terminal.waitFor(text: "Not changed: setting meritsFilingLeadDays: 400 is not between 1 and 365")
        try terminal.press("q")
        terminal.expectRestored(status: 0)

        let staff = try runner.run(["staff", "--db", db])
        #expect(staff.stdout.contains("jdoe\tJD\tattorney\tJane Doe"), "\(staff.stdout)")
        let lead = try runner.run(["settings", "--db", db, "meritsFilingLeadDays"])
        #expect(lead.stdout == "15\n")

        // Out of a directory that names an attorney, this account may only read: the change is refused and
        // the store unchanged.
        let removed = try runner.run(["staff", "--db", db, "remove", login])
        try #require(removed.status == 0, "\(removed.stderr)")
        try FileManager.default.removeItem(atPath: runner.path("status"))
        let refused = try DashboardTerminal(runner: runner, arguments: ["--db", db, "--today", "2026-11-30"])
        defer { refused.stop() }
        refused.waitFor(text: "casedesk · firm")
        try refused.press(":")
        try refused.type("settings meritsFilingLeadDays 20")
        try refused.press("Enter")
        // The session knows the account may only read (RO in the header) and refuses before the store would.
        let screen = refused.waitFor(text: "Read-only session: the store settings cannot be changed")
        #expect(screen.contains("RO"))
        try refused.press("q")
        refused.expectRestored(status: 0)
        #expect(try runner.run(["settings", "--db", db, "meritsFilingLeadDays"]).stdout == "15\n")
    }
}
