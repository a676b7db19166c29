import Foundation
import Testing

/// The dashboard following the real store's change feed while another process edits a case.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardFeedTests {
    @Test("A case edited by another process changes in place within 2 s; the selection stays on it")
    func editedElsewhere() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("feed.sqlite")
        let today = ["--today", "2026-11-30"]
        try #require(runner.run(["generate", "--db", db, "--cases", "5", "--seed", "1"] + today).status == 0)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db] + today)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 5 by next")
        try terminal.press("j")
        let moved = terminal.waitFor("the second case selected") { Self.selectedRow($0) == 1 }
        let matter = try #require(Self.selectedMatter(moved))

        // Another process renames that case's client: export it, change the name, import --update.
        let export = try runner.run(["export", "--db", db] + today)
        try #require(export.status == 0, "\(export.stderr)")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        var cases = try #require(document["cases"] as? [[String: Any]])
        var edited = try #require(cases.first { $0["matter"] as? String == matter })
        var client = try #require(edited["client"] as? [String: Any])
        client["name"] = "Zofia Przemianowana"
        client["latinName"] = nil
        edited["client"] = client
        cases = [edited]
        document["cases"] = cases
        let file = runner.path("edited.json")
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
        let imported = try runner.run(["import", "--db", db, "--update", file] + today)
        try #require(imported.status == 0, "\(imported.stderr)")
        let written = Date()

        let renamed = terminal.waitFor(text: matter + " · Zofia Przemianowana", timeout: 10)
        #expect(Date().timeIntervalSince(written) < 2)
        #expect(Self.selectedMatter(renamed) == matter, "the selection moved:\n\(renamed)")
        #expect(renamed.contains("Cases 5 by next"))
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }

    /// The list row (0-based) carrying the selection marker.
    static func selectedRow(_ screen: String) -> Int? {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("│") }
        return rows.firstIndex { $0.dropFirst().hasPrefix("▶") }
    }

    /// The matter number on the selected row (`│▶2026-000003  …`).
    static func selectedMatter(_ screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let marker = line.firstIndex(of: "▶") else { continue }
            return String(line[line.index(after: marker)...].prefix { !$0.isWhitespace })
        }
        return nil
    }
}
