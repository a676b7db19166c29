import Foundation
import Testing

/// generate, review, demo, check, settings and staff on real store files.
@Suite("Store commands", .serialized)
struct StoreCommandTests {
    @Test("generate then review --all --format json lists all six sections with items")
    func generateAndReview() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("gen.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "2000", "--seed", "7", "--today", "2026-11-30"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let review = try runner.run(["review", "--db", db, "--today", "2026-11-30", "--all", "--format", "json"])
        #expect(review.status == 0, "\(review.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "casedesk-review/1")
        #expect(json["user"] is NSNull)
        let items = try #require(json["items"] as? [[String: Any]])
        let sections = Set(items.compactMap { $0["section"] as? String })
        #expect(sections == ["hearings", "deadlines", "detained", "check-ins", "evidence", "stale"])
        #expect(!review.stdout.contains("\"client\""), "names only with --names")
        let again = try runner.run(["generate", "--db", db, "--cases", "10", "--today", "2026-11-30"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--append"))
    }

    @Test("A new store is mode 0600 in a 0700 folder; check passes on it and fails clearly on a damaged copy")
    func modesAndCheck() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("fresh/firm.sqlite")
        let created = try runner.run(["generate", "--db", db, "--cases", "300", "--today", "2026-11-30"])
        #expect(created.status == 0, "\(created.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: db)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: runner.path("fresh"))
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let check = try runner.run(["check", "--db", db])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok"))

        let damaged = runner.path("damaged.sqlite")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let middle = bytes.count / 2
        bytes.replaceSubrange(middle..<(middle + 8192), with: Data(repeating: 0xA5, count: 8192))
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let failed = try runner.run(["check", "--db", damaged])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("damaged") || failed.stderr.contains("not a casedesk store"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("Fatal error"))

        let text = runner.path("notes.txt")
        try Data("just text\n".utf8).write(to: URL(fileURLWithPath: text))
        let notStore = try runner.run(["check", "--db", text])
        #expect(notStore.status == 1)
        #expect(notStore.stderr.contains("not"), "\(notStore.stderr)")
    }

    @Test("demo --no-open writes the demo store and prints its path and today's review")
    func demo() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["demo", "--no-open", "--today", "2026-11-30"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(runner.path("data/casedesk/demo.sqlite")))
        #expect(result.stdout.contains("2026-0142"))
        #expect(result.stdout.contains("Дмитрий Иванов"))
        #expect(result.stdout.contains("OVERDUE"))
        let again = try runner.run(["demo", "--no-open", "--today", "2026-11-30"])
        #expect(again.status == 0, "the demo store is rewritten each time: \(again.stderr)")
    }

    @Test("settings and staff change the store and are shown back")
    func settingsAndStaff() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("s.sqlite")
        #expect(try runner.run(["settings", "meritsFilingLeadDays", "15", "--db", db, "--create"]).status == 0)
        #expect(try runner.run(["settings", "meritsFilingLeadDays", "--db", db]).stdout == "15\n")
        let bad = try runner.run(["settings", "meritsFilingLeadDays", "soon", "--db", db])
        #expect(bad.status == 1)
        let unknown = try runner.run(["settings", "colour", "red", "--db", db])
        #expect(unknown.stderr.contains("unknown setting"))
        #expect(try runner.run(["staff", "add", "mreyes", "--name", "Maria Reyes", "--initials", "MR",
                                "--role", "paralegal", "--db", db]).status == 0)
        #expect(try runner.run(["staff", "--db", db]).stdout.contains("Maria Reyes"))
        #expect(try runner.run(["staff", "remove", "mreyes", "--db", db]).status == 0)
    }
}
