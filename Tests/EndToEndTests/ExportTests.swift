import Foundation
import PythonSupport
import Testing

/// export: the JSON round trip, the CSV read by Python's csv module, file modes and audit rows.
@Suite("Export", .serialized)
struct ExportTests {
    static let today = "2026-11-30"

    @Test("10,000 generated cases: export → import into an empty store → export gives the same bytes")
    func roundTrip() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let first = runner.path("first.sqlite"), second = runner.path("second.sqlite")
        let generated = try runner.run(["generate", "--db", first, "--cases", "10000", "--seed", "11", "--today", Self.today])
        #expect(generated.status == 0, "\(generated.stderr)")
        let out1 = runner.path("one.json"), out2 = runner.path("two.json")
        let exported = try runner.run(["export", "--db", first, "--today", Self.today, "--out", out1])
        #expect(exported.status == 0, "\(exported.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: out1)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let imported = try runner.run(["import", "--db", second, "--today", Self.today, out1])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("10000 new cases"))
        #expect(try runner.run(["export", "--db", second, "--today", Self.today, "--out", out2]).status == 0)
        let one = try Data(contentsOf: URL(fileURLWithPath: out1)), two = try Data(contentsOf: URL(fileURLWithPath: out2))
        #expect(one.count > 1_000_000)
        #expect(one == two, "the second export differs from the first")
        let folder = try FileManager.default.contentsOfDirectory(atPath: runner.home.path)
        #expect(!folder.contains { $0.contains(".tmp-") }, "no temporary file is left: \(folder)")
    }

    @Test("CSV: Python's csv module reads the columns of docs/formats.md plus the next deadline and hearing")
    func csvColumns() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "200", "--seed", "3", "--today", Self.today]).status == 0)
        let formula = runner.path("formula.csv")
        try "matter,name,court\n2026-0900,\"=HYPERLINK(\"\"x\"\")\",\"-2+3, court\"\n".write(toFile: formula, atomically: true, encoding: .utf8)
        #expect(try runner.run(["import", "--db", db, "--today", Self.today, formula]).status == 0)
        let out = runner.path("cases.csv")
        let exported = try runner.run(["export", "--db", db, "--today", Self.today, "--format", "csv", "--out", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.DictReader(f))
            print(json.dumps({"header": list(rows[0].keys()), "count": len(rows),
                              "formula": [r for r in rows if r["matter"] == "2026-0900"][0],
                              "deadlines": sum(1 for r in rows if r["nextDeadline"])}))
            """
        let parsed = try PythonCheck.run(script, arguments: [out])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(parsed.utf8)) as? [String: Any])
        #expect(json["header"] as? [String] == ["matter", "name", "latinName", "aNumber", "birthDate", "nationality",
                                               "languages", "grounds", "track", "court", "docket", "judge", "paralegal",
                                               "attorney", "arrival", "custody", "facility", "custodyFrom",
                                               "nextDeadline", "nextDeadlineRule", "nextHearing"])
        #expect(json["count"] as? Int == 201)
        #expect((json["deadlines"] as? Int ?? 0) > 100)
        let formulaRow = try #require(json["formula"] as? [String: String])
        #expect(formulaRow["name"] == "'=HYPERLINK(\"x\")")
        #expect(formulaRow["court"] == "'-2+3, court")
    }

    @Test("An export is recorded in the audit trail; a file that cannot be written leaves nothing")
    func auditAndFailure() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "3", "--today", Self.today]).status == 0)
        let bad = try runner.run(["export", "--db", db, "--out", runner.path("missing/x.json")])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("cannot write"))
        let out = runner.path("x.json")
        #expect(try runner.run(["export", "--db", db, "--out", out]).status == 0)
        let script = """
            import sqlite3, sys
            db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
            for row in db.execute("SELECT action, subject, detail FROM audit WHERE action = 'export-data'"):
                print("|".join(row))
            """
        let rows = try PythonCheck.run(script, arguments: [db])
        #expect(rows == "export-data|export json of 3 cases|to \(out)\n", "\(rows)")
    }
}
