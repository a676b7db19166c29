import Foundation
import Testing

/// The review queue in the running dashboard against `casedesk review` on the same demo store.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ReviewEndToEndTests {
    static let today = ["--today", "2026-11-30"]

    /// The items of `review --format json` as (matter, title, reviewed).
    static func reviewItems(_ runner: CommandRunner, db: String) throws -> [(String, String, Bool)] {
        let result = try runner.run(["review", "--db", db, "--format", "json"] + today)
        try #require(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        return items.map { ($0["matter"] as? String ?? "", $0["title"] as? String ?? "", $0["reviewed"] as? Bool ?? false) }
    }

    @Test("The dashboard's queue is review --format json's, item for item; a mark made there shows in the next review")
    func sameQueue() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("review.sqlite")
        try #require(runner.run(["demo", "--db", db, "--no-open"] + Self.today).status == 0)
        let items = try Self.reviewItems(runner, db: db)
        try #require(!items.isEmpty)
        #expect(items.allSatisfy { !$0.2 })
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db] + Self.today, columns: 200, rows: 60)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("r")
        let screen = terminal.waitFor(text: "0/\(items.count) reviewed")
        // Every item line starts with its mark box; in order, each holds its matter and its title.
        let lines = screen.split(separator: "\n").filter { $0.contains("[ ] ") || $0.contains("[✓] ") }
        #expect(lines.count == items.count)
        for (line, item) in zip(lines, items) {
            #expect(line.contains(item.0) && line.contains(item.1), "\(line) is not \(item.0) \(item.1)")
        }
        try terminal.press("Space")
        terminal.waitFor(text: "1/\(items.count) reviewed")
        // The mark is stored before the queue is read back; give the store a moment all the same.
        let deadline = Date().addingTimeInterval(10)
        var after = try Self.reviewItems(runner, db: db)
        while !(after.first?.2 ?? false), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            after = try Self.reviewItems(runner, db: db)
        }
        #expect(after.first?.2 == true)
        #expect(after.dropFirst().allSatisfy { !$0.2 })
        let trail = try runner.run(["review", "--db", db] + Self.today)
        #expect(trail.stdout.contains("1 reviewed"))
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }

    @Test("review --user takes the cases where the login is the paralegal or the attorney; --team prints each paralegal's progress")
    func attorneyAndTeam() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("team.sqlite")
        try #require(runner.run(["demo", "--db", db, "--no-open"] + Self.today).status == 0)
        let attorney = try runner.run(["review", "--db", db, "--user", "dlevin", "--format", "json"] + Self.today)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(attorney.stdout.utf8)) as? [String: Any])
        #expect(json["user"] as? String == "dlevin")
        #expect(!((json["items"] as? [Any]) ?? []).isEmpty, "an attorney's own queue is not empty")
        let mine = try runner.run(["review", "--db", db] + Self.today)
        #expect(mine.stdout.contains("the firm (no cases of your own)"))
        let items = try Self.reviewItems(runner, db: db)
        let team = try runner.run(["review", "--db", db, "--team"] + Self.today)
        #expect(team.status == 0, "\(team.stderr)")
        #expect(team.stdout.contains("mreyes   MR  0/11 reviewed"), "\(team.stdout)")
        #expect(team.stdout.contains("tnguyen  TN  0/11 reviewed"))
        #expect(items.count == 22)
        let refused = try runner.run(["review", "--db", db, "--team", "--all"] + Self.today)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--team cannot be combined"))
    }
}
