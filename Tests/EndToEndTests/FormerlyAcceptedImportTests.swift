import Foundation
import Testing

/// A value an earlier version accepted and this one refuses in forms (a nationality `XX`): it is imported,
/// exported and imported again, each import naming the case and field in a warning.
@Suite("Import: values an earlier version accepted")
struct FormerlyAcceptedImportTests {
    static let today = "2026-11-30"

    @Test("A CSV nationality XX imports with a warning; its export imports into a new store with the same warning")
    func roundTrip() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let csv = runner.path("old.csv")
        try "matter,name,nationality\n2026-0009,Ana Pérez,XX\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let first = runner.path("first.sqlite")
        let imported = try runner.run(["import", "--db", first, "--today", Self.today, csv])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.hasPrefix("import: warning: "), "\(imported.stderr)")
        #expect(imported.stderr.contains(
            "old.csv:2: case \"2026-0009\", field \"nationality\": \"XX\" is not an assigned ISO 3166-1 "
                + "country code (imported as written)"), "\(imported.stderr)")
        let check = try runner.run(["check", "--db", first])
        #expect(check.status == 0, "\(check.stderr)")
        let exported = runner.path("export.json")
        let export = try runner.run(["export", "--db", first, "--today", Self.today, "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")
        let second = runner.path("second.sqlite")
        let again = try runner.run(["import", "--db", second, "--today", Self.today, exported])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("case \"2026-0009\", field \"cases[0].client.nationality\": \"XX\" is not an "
                                      + "assigned ISO 3166-1 country code (imported as written)"), "\(again.stderr)")
        let json = try runner.run(["export", "--db", second, "--today", Self.today])
        #expect(json.stdout.contains(#""nationality": "XX""#), "\(json.stdout)")
    }
}
