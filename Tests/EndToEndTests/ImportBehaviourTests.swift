import Foundation
import Testing

/// import: the store checks, all-or-nothing across files, --dry-run, --update and the audit rows.
@Suite("Import: behaviour", .serialized)
struct ImportBehaviourTests {
    static let today = "2026-11-30"
    static let header = "matter,name,aNumber,grounds,languages,court,custody,facility,custodyFrom\n"

    func write(_ runner: CommandRunner, _ name: String, _ text: String) throws -> String {
        let path = runner.path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func export(_ runner: CommandRunner, _ db: String) throws -> String {
        let result = try runner.run(["export", "--db", db, "--today", Self.today])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("One bad file refuses every file of the command; a matter or A-number already stored is named with its line")
    func allOrNothing() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let first = try write(runner, "first.csv", Self.header + "2026-0001,Ana Pérez,A234567890,religion,es,,,,\n")
        #expect(try runner.run(["import", "--db", db, "--today", Self.today, first]).status == 0)
        let before = try export(runner, db)
        let good = try write(runner, "good.csv", Self.header + "2026-0002,Juan Díaz,,race,es,,,,\n")
        let clash = try write(runner, "clash.csv", Self.header
            + "2026-0003,Luis Soto,,race,es,,,,\n2026-0001,Ana Again,,,,,,,\n2026-0004,Eva Ruiz,234567890,,,,,,\n")
        let result = try runner.run(["import", "--db", db, "--today", Self.today, good, clash])
        #expect(result.status == 1)
        #expect(result.stderr.contains("clash.csv:3: field \"matter\": \"2026-0001\" is already a case in the store"), "\(result.stderr)")
        #expect(result.stderr.contains("clash.csv:4: field \"aNumber\": the A-number is already in the store (case \"2026-0001\")"),
                "\(result.stderr)")
        #expect(result.stderr.contains("2 problems in 1 of 2 files; nothing was imported"), "\(result.stderr)")
        #expect(try export(runner, db) == before)
    }

    @Test("--dry-run reports what would be imported and writes nothing")
    func dryRun() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let seed = try write(runner, "seed.csv", Self.header + "2026-0001,Ana Pérez,,religion,es,,,,\n")
        #expect(try runner.run(["import", "--db", db, "--today", Self.today, seed]).status == 0)
        let before = try export(runner, db)
        let more = try write(runner, "more.csv", Self.header + "2026-0001,Ana Pérez,,religion,es,Court,,,\n2026-0002,Juan Díaz,,,,,,,\n")
        let dry = try runner.run(["import", "--db", db, "--today", Self.today, "--dry-run", "--update", more])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would import 1 new case, 1 updated"), "\(dry.stdout)")
        #expect(try export(runner, db) == before)
    }

    @Test("--update with CSV changes only the columns given; new CSV cases get their checklist; audit rows name the file")
    func updateColumns() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let seed = try write(runner, "seed.csv", Self.header
            + "2026-0001,Ana Pérez,A234567890,religion,es,San Diego Immigration Court,ice-detained,Otay Mesa,2026-10-01\n")
        #expect(try runner.run(["import", "--db", db, "--today", Self.today, seed]).status == 0)
        let change = try write(runner, "change.csv", "matter,name,court,custody,custodyFrom\n"
            + "2026-0001,Ana Pérez,Otay Mesa Immigration Court,paroled,2026-11-20\n")
        let refused = try runner.run(["import", "--db", db, "--today", Self.today, change])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--update"))
        let updated = try runner.run(["import", "--db", db, "--today", Self.today, "--update", change])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("0 new cases, 1 updated"), "\(updated.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try export(runner, db).utf8)) as? [String: Any])
        let item = try #require((json["cases"] as? [[String: Any]])?.first)
        #expect(item["court"] as? String == "Otay Mesa Immigration Court")
        let client = try #require(item["client"] as? [String: Any])
        #expect(client["aNumber"] as? String == "234567890", "absent columns are kept")
        #expect(client["languages"] as? [String] == ["es"])
        let custody = try #require(item["custody"] as? [[String: Any]])
        #expect(custody.map { $0["status"] as? String } == ["ice-detained", "paroled"])
        #expect(custody.first?["to"] as? String == "2026-11-20")
        let evidence = try #require(item["evidence"] as? [[String: Any]])
        #expect(evidence.contains { $0["title"] as? String == "Membership or clergy letters" })
        let report = try runner.run(["report", "--db", db, "--today", Self.today, "2026-0001"])
        #expect(report.stdout.contains("imported from " + change), "\(report.stdout)")
    }

    @Test("--update with JSON replaces a case entirely")
    func updateJSON() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "5", "--today", Self.today]).status == 0)
        let original = try export(runner, db)
        let path = try write(runner, "all.json", original.replacingOccurrences(of: "\"judge\": null", with: "\"judge\": \"Judge New\""))
        let refused = try runner.run(["import", "--db", db, "--today", Self.today, path])
        #expect(refused.status == 1)
        let replaced = try runner.run(["import", "--db", db, "--today", Self.today, "--update", path])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try export(runner, db) == String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
    }

    @Test("Unknown file kinds and missing files are clear errors")
    func badArguments() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let text = try write(runner, "cases.txt", "x")
        let kind = try runner.run(["import", "--db", db, text])
        #expect(kind.status == 1)
        #expect(kind.stderr.contains("not a .json or .csv file"))
        let missing = try runner.run(["import", "--db", db, runner.path("nope.json")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read"))
        #expect(try runner.run(["import", "--db", db]).status == 64)
    }
}
