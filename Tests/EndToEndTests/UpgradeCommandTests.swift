import Foundation
import PythonSupport
import Testing

/// check, upgrade, and a read-only command's wait, on a store made at schema version 2 by an earlier
/// casedesk (`CaseStoreTests/Stores/store-v2.sql`, an SQL dump because store files stay out of git).
@Suite("Schema upgrade", .serialized)
struct UpgradeCommandTests {
    static let dump = ProgramRun.repositoryRoot.appendingPathComponent("Tests/CaseStoreTests/Stores/store-v2.sql")

    /// Loads the schema-2 dump into a new store file, mode 0600 and in WAL mode as casedesk keeps its stores.
    static func oldStore(_ runner: CommandRunner) throws -> String {
        let db = runner.path("old.sqlite")
        _ = try PythonCheck.run("""
            import os, sqlite3, sys
            os.close(os.open(sys.argv[1], os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL')
            c.executescript(open(sys.argv[2], encoding='utf-8').read()); c.close()
            """, arguments: [db, dump.path])
        return db
    }

    @Test("check says a schema-2 store needs an upgrade; upgrade says from which version to which; check then passes")
    func checkAndUpgrade() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.oldStore(runner)
        let check = try runner.run(["check", "--db", db])
        #expect(check.status == 1)
        #expect(check.stdout.isEmpty)
        #expect(check.stderr.contains("the store \(db) needs a schema upgrade (schema version 2; this casedesk uses "))
        #expect(check.stderr.hasSuffix("run `casedesk upgrade --db \(db)` once\n"), "\(check.stderr)")

        let upgrade = try runner.run(["upgrade", "--db", db])
        #expect(upgrade.status == 0, "\(upgrade.stderr)")
        let prefix = "upgraded \(db) from schema version 2 to "
        try #require(upgrade.stdout.hasPrefix(prefix), "\(upgrade.stdout)")
        let current = try #require(Int(upgrade.stdout.dropFirst(prefix.count).trimmingCharacters(in: .newlines)))
        #expect(current >= 3)

        let passed = try runner.run(["check", "--db", db])
        #expect(passed.status == 0, "\(passed.stderr)")
        let lines = passed.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "ok: \(db) passed the integrity check (25 cases, schema version \(current))")
        // The second line: the audit chain the upgrade gave the old rows, and its head hash.
        #expect(lines.count == 3 && lines[1].hasPrefix("audit chain: ") && lines[2].isEmpty, "\(passed.stdout)")
        let head = lines.count > 1 ? String(lines[1].split(separator: " ").last ?? "") : ""
        #expect(head.count == 64 && head.allSatisfy { $0.isHexDigit }, "\(passed.stdout)")
        let again = try runner.run(["upgrade", "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout == "\(db) is at schema version \(current) already; nothing to upgrade\n")

        // The cases and settings made at schema 2 are all there.
        let setting = try runner.run(["settings", "--db", db, "timeZone"])
        #expect(setting.stdout == "Etc/UTC\n", "\(setting.stderr)")
        let export = try runner.run(["export", "--db", db, "--today", "2026-11-30"])
        #expect(export.status == 0, "\(export.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((document["cases"] as? [Any])?.count == 25)
    }

    @Test("A read-only command on a schema-2 store says once that it waits, then runs when the store is upgraded")
    func readOnlyWaitsForTheUpgrade() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = try Self.oldStore(runner)
        let reader = try ProgramRun(CommandRunner.binary, ["settings", "--db", db, "timeZone"],
                                    environment: runner.environment(), outputIn: runner.home)
        let notice = "casedesk: the store \(db) needs a schema upgrade; waiting up to "
        #expect(reader.waitForStderr(timeout: 30) { $0.contains(notice) }, "\(reader.stderrSoFar)")
        let upgrade = try runner.run(["upgrade", "--db", db])
        #expect(upgrade.status == 0, "\(upgrade.stderr)")
        let result = try reader.finish(timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Etc/UTC\n")
        #expect(result.stderr.components(separatedBy: "\n").filter { $0.contains("waiting") }.count == 1)
        #expect(result.stderr.contains("(`casedesk upgrade --db \(db)`)"))
    }

    @Test("upgrade on a missing store, or on something that is not a store, is a one-line error")
    func refusals() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let missing = try runner.run(["upgrade", "--db", runner.path("none.sqlite")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "casedesk: no store at \(runner.path("none.sqlite"))\n")
        let text = runner.path("notes.txt")
        try Data(String(repeating: "not a database\n", count: 300).utf8).write(to: URL(fileURLWithPath: text))
        let notAStore = try runner.run(["upgrade", "--db", text])
        #expect(notAStore.status == 1)
        #expect(notAStore.stderr == "casedesk: \(text) is not a casedesk store (not an SQLite database)\n")
    }
}
