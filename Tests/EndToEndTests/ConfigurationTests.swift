import Foundation
import Testing

/// Where the store is and what "today" is: options, environment and the config files (docs/configuration.md).
@Suite("Store location and configuration")
struct ConfigurationTests {
    func writeConfig(_ runner: CommandRunner, _ text: String) throws {
        let folder = runner.path("config/casedesk")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/config.toml"))
    }

    @Test("The default store is created on first use in a 0700 folder")
    func defaultStore() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["settings"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: runner.path("data/casedesk/casedesk.sqlite")))
        let folder = try FileManager.default.attributesOfItem(atPath: runner.path("data/casedesk"))
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test("$CASEDESK_DB and the config's db name a store that must exist; --db wins over both")
    func namedStores() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let fromEnvironment = try runner.run(["settings"], environment: ["CASEDESK_DB": runner.path("env.sqlite")])
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.stderr.contains("no store at \(runner.path("env.sqlite")); add --create"))
        try writeConfig(runner, "db = \"\(runner.path("config.sqlite"))\"\nascii = true\n")
        let fromConfig = try runner.run(["settings"])
        #expect(fromConfig.stderr.contains("no store at \(runner.path("config.sqlite"))"), "\(fromConfig.stderr)")
        #expect(try runner.run(["settings", "--create"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: runner.path("config.sqlite")))
        let explicit = try runner.run(["settings", "--db", runner.path("x.sqlite")],
                                      environment: ["CASEDESK_DB": runner.path("config.sqlite")])
        #expect(explicit.stderr.contains("no store at \(runner.path("x.sqlite"))"))
    }

    @Test("An unknown key or a malformed config names the file and the line", arguments: [
        ("db = \"/tmp/x\"\ncolour = \"red\"\n", ":2: unknown key \"colour\""),
        ("ascii = \"yes\"\n", ":1: key \"ascii\": expected true or false"),
        ("db = \"/tmp/x\n", "config.toml:1:"),
        // A table is reported on its own header's line, not the file's first.
        ("theme = \"dark\"\n[extra]\nx = 1\n", ":2: unknown key \"extra\""),
        ("ascii = true\n\n[[extra]]\n", ":3: unknown key \"extra\""),
    ])
    func badConfig(text: String, expected: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try writeConfig(runner, text)
        let result = try runner.run(["review"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains(runner.path("config/casedesk/config.toml")))
    }

    @Test("--today takes a date or a date and time; $CASEDESK_TODAY too")
    func today() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("t.sqlite")
        let withTime = try runner.run(["review", "--all", "--db", db, "--create", "--today", "2026-11-30T09:15",
                                       "--format", "json"])
        #expect(withTime.status == 0, "\(withTime.stderr)")
        #expect(withTime.stdout.contains("\"date\": \"2026-11-30\""))
        let fromEnvironment = try runner.run(["review", "--all", "--db", db, "--format", "json"],
                                             environment: ["CASEDESK_TODAY": "2027-01-04"])
        #expect(fromEnvironment.stdout.contains("\"date\": \"2027-01-04\""))
        let bad = try runner.run(["review", "--db", db], environment: ["CASEDESK_TODAY": "tomorrow"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("CASEDESK_TODAY"))
    }
}
