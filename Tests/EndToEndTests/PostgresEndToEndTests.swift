import Foundation
import PostgresTestSupport
import Testing

/// The command line and the dashboard on a PostgreSQL store, beside the same work on a file store. Part of
/// a run only when `CASEDESK_TEST_POSTGRES_URL` names a server (Scripts/test-postgres); each test makes
/// databases of its own.
@Suite(.serialized, .timeLimit(.minutes(5))) struct PostgresEndToEndTests {
    static let servers = PostgresTestServer.all

    @Test("Generate, import, export, review and check on PostgreSQL print what they print on SQLite",
          arguments: servers)
    func sameAsFileStore(_ server: PostgresTestServer) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let database = try server.freshDatabase()
        defer { database.drop() }
        let url = database.url
        let file = runner.path("firm.sqlite")
        let today = ["--today", "2026-11-30"]
        #expect(try runner.run(["init-store", url]).status == 0)
        for db in [file, url] {
            let generated = try runner.run(["generate", "--db", db, "--create", "--cases", "300", "--seed", "7"] + today)
            try #require(generated.status == 0, "\(generated.stderr)")
        }
        // An import of the file store's export into both: the cases come back whole, by --update.
        let export = try runner.run(["export", "--db", file] + today)
        try #require(export.status == 0, "\(export.stderr)")
        let exported = runner.path("cases.json")
        try Data(export.stdout.utf8).write(to: URL(fileURLWithPath: exported))
        for db in [file, url] {
            let imported = try runner.run(["import", "--db", db, "--update", exported] + today)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        // Into new stores too: more cases than an import asks about one by one (its batches, the stored keys).
        let (freshFile, freshDatabase) = (runner.path("fresh.sqlite"), try server.freshDatabase())
        defer { freshDatabase.drop() }
        for db in [freshFile, freshDatabase.url] {
            let imported = try runner.run(["import", "--db", db, "--create", exported] + today)
            #expect(imported.status == 0, "\(imported.stderr)")
            let again = try runner.run(["import", "--db", db, exported] + today)
            #expect(again.status != 0 && again.stderr.contains("is already a case in the store"), "\(again.stderr)")
        }
        let reexported = try runner.run(["export", "--db", freshDatabase.url] + today)
        #expect(reexported.stdout == export.stdout, "the import into a new database exports other bytes")
        for command in [["export"], ["export", "--format", "csv"], ["review", "--all"], ["review", "--all", "--format", "json"]] {
            let onFile = try runner.run(command + ["--db", file] + today)
            let onServer = try runner.run(command + ["--db", url] + today)
            #expect(onFile.status == 0 && onServer.status == 0, "\(command): \(onServer.stderr)")
            #expect(onFile.stdout == onServer.stdout, "\(command) differs between the backends")
        }
        // Later days: the review writes no digest, so each backend reads the same stale ones (carried, or
        // computed from documents).
        for later in ["2026-12-01", "2026-12-30", "2027-03-15", "2027-11-30"] {
            let command = ["review", "--all", "--format", "json", "--today", later]
            let onFile = try runner.run(command + ["--db", file])
            let onServer = try runner.run(command + ["--db", url])
            #expect(onFile.status == 0 && onServer.status == 0, "\(later): \(onServer.stderr)")
            #expect(onFile.stdout == onServer.stdout, "review on \(later) differs between the backends")
        }
        let check = try runner.run(["check", "--db", url])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("passed the integrity check (300 cases, schema version"))
        let backup = try runner.run(["backup", "--db", url, runner.path("copy.sqlite")])
        #expect(backup.status == 1)
        #expect(backup.stderr.contains("pg_dump"))
    }

    @Test("A commit on one host shows on another host's open dashboard within 2 s", arguments: servers)
    func liveAcrossHosts(_ server: PostgresTestServer) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let database = try server.freshDatabase()
        defer { database.drop() }
        let url = database.url
        let today = ["--today", "2026-11-30"]
        try #require(runner.run(["generate", "--db", url, "--create", "--cases", "5", "--seed", "1"] + today).status == 0)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", url] + today)
        defer { terminal.stop() }
        let first = terminal.waitFor(text: "Cases 5 by next")
        let matter = try #require(DashboardFeedTests.selectedMatter(first))
        let export = try runner.run(["export", "--db", url] + today)
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
        // Another host: its own process and connection.
        let imported = try runner.run(["import", "--db", url, "--update", file] + today)
        try #require(imported.status == 0, "\(imported.stderr)")
        let written = Date()
        let renamed = terminal.waitFor(text: matter + " · Zofia Przemianowana", timeout: 10)
        #expect(Date().timeIntervalSince(written) < 2)
        #expect(renamed.contains("Cases 5 by next"))
        try terminal.press("q")
        #expect(terminal.waitForExit().status == 0)
    }
}

