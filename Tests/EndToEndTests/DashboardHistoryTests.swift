import Foundation
import Glibc
import Testing

/// A case's history in a real pseudo-terminal: a change made elsewhere shows field by field, and `u`
/// then `y` puts the case back as it was, a change the audit trail records.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardHistoryTests {
    @Test("H shows a change field by field with who made it; u, y restores the case as it was before it")
    func historyAndRestore() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = try DashboardEndToEndTests.demoStore(runner)
        let db = arguments[1]
        // Another paralegal's change, by an import of the case with a new client name.
        let export = try runner.run(["export", "--db", db])
        try #require(export.status == 0, "\(export.stderr)")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        var cases = try #require(json["cases"] as? [[String: Any]])
        let index = try #require(cases.firstIndex { $0["matter"] as? String == "2026-0142" })
        var client = try #require(cases[index]["client"] as? [String: Any])
        let before = try #require(client["name"] as? String)
        client["name"] = "Дмитро Іванов"
        cases[index]["client"] = client
        json["cases"] = [cases[index]]
        let file = runner.path("changed.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: file))
        let imported = try runner.run(["import", "--db", db, "--update", file])
        try #require(imported.status == 0, "\(imported.stderr)")

        let terminal = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press(":")
        try terminal.type("goto 2026-0142")
        try terminal.press("Enter")
        terminal.waitFor(text: "2026-0142 · Дмитро Іванов")
        try terminal.press("H")
        let history = terminal.waitFor(text: "Client name: " + before + " → Дмитро Іванов")
        #expect(history.contains("History · 2026-0142"))
        #expect(history.contains(DashboardDraftTests.login))
        try terminal.press("u")
        terminal.waitFor(text: "Put the case back as it was before this change? y restores")
        try terminal.press("y")
        terminal.waitFor(text: "Restored 2026-0142 as it was before that change")
        // The restore is the newest change now.
        terminal.waitFor(text: "Client name: Дмитро Іванов → " + before)
        try terminal.press("Escape", "q")
        terminal.expectRestored(status: 0)

        let after = try runner.run(["export", "--db", db])
        #expect(after.stdout.contains(before))
        #expect(!after.stdout.contains("Дмитро Іванов"))
    }
}
