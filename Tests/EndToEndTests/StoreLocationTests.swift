import Foundation
import Testing

/// Which store a command opens, and which files an import into a new path may leave behind.
@Suite("Store location and new stores", .serialized)
struct StoreLocationTests {
    static let header = "matter,name,aNumber,grounds,languages,court,custody,facility,custodyFrom\n"

    @Test("An empty --db is a usage error naming the option, never $CASEDESK_DB or the default store")
    func emptyOption() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let fromEnvironment = runner.path("env.sqlite")
        #expect(try runner.run(["settings", "meritsFilingLeadDays", "15", "--db", fromEnvironment, "--create"]).status == 0)
        for arguments in [["check", "--db", ""], ["review", "--db", "", "--today", "2026-11-30"], ["upgrade", "--db", ""],
                          ["staff", "--db", ""]] {
            let result = try runner.run(arguments, environment: ["CASEDESK_DB": fromEnvironment])
            #expect(result.status == 64, "\(arguments[0]): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("--db: the path is empty"), "\(arguments[0]): \(result.stderr)")
        }
        let withoutEnvironment = try runner.run(["check", "--db", ""])
        #expect(withoutEnvironment.status == 64)
        #expect(!FileManager.default.fileExists(atPath: runner.path("data/casedesk/casedesk.sqlite")),
                "the default store was not created")
    }

    @Test("A failed import into a new path, and a dry run there, leave no file; a good one creates the store")
    func importIntoNewPath() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let bad = runner.path("bad.csv")
        try (Self.header + "2026-0001,Ana Pérez,,religion,es,,,,\n2026-0001,Ana Again,,,,,,,\n")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let good = runner.path("good.csv")
        try (Self.header + "2026-0001,Ana Pérez,,religion,es,,,,\n2026-0002,Juan Díaz,,race,es,,,,\n")
            .write(toFile: good, atomically: true, encoding: .utf8)
        let db = runner.path("new/firm.sqlite")
        let files = { try FileManager.default.contentsOfDirectory(atPath: runner.home.path).sorted() }
        let before = try files()

        let failed = try runner.run(["import", "--create", "--db", db, "--today", "2026-11-30", bad])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("nothing was imported"), "\(failed.stderr)")
        let dry = try runner.run(["import", "--dry-run", "--create", "--db", db, "--today", "2026-11-30", good])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would import 2 new cases, 0 updated"), "\(dry.stdout)")
        let dryBad = try runner.run(["import", "--dry-run", "--create", "--db", db, "--today", "2026-11-30", bad])
        #expect(dryBad.status == 1)
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(try files() == before, "no store file and no folder for it")

        let imported = try runner.run(["import", "--create", "--db", db, "--today", "2026-11-30", good])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 2 new cases"), "\(imported.stdout)")
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }
}
