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
        let made = try runner.run(["generate", "--db", db, "--cases", "3", "--seed", "1", "--today", "2026-11-30"])
        try #require(made.status == 0, "\(made.stderr)")
        let login = DashboardDraftTests.login
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db, "--today", "2026-11-30"])
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 3 by next")
        try terminal.press(":")
        try terminal.type("staff add \(login) admin MR Марія Рейес")
        try terminal.press("Enter")
        terminal.waitFor(text: "Added \(login) to the staff directory")
        let directory = terminal.waitFor(text: "Марія Рейес")
        #expect(directory.contains("Staff directory"))
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
        #expect(staff.stdout.contains("\(login)\tMR\tadmin\tМарія Рейес"), "\(staff.stdout)")
        let lead = try runner.run(["settings", "--db", db, "meritsFilingLeadDays"])
        #expect(lead.stdout == "15\n")
    }
}
