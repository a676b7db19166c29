import Foundation
import Testing

/// Stable ids on the command line: `casedesk/1` files import with the ids their cases always get,
/// `casedesk/2` exports round-trip byte for byte, and `import --update` keeps the ids it matches.
@Suite("Stable ids", .serialized)
struct StableIDTests {
    static let today = "2026-11-30"
    /// A store's export written before ids existed (casedesk/1), beside the store's own fixtures.
    static let oldExport = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CaseStoreTests/Stores/store-v2.export.json").path

    @Test("A casedesk/1 file imports with the same ids into any store; its export is casedesk/2 and round-trips")
    func oldFilesGetStableIDs() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        var exports: [Data] = []
        for name in ["a", "b"] {
            let db = runner.path("\(name).sqlite"), out = runner.path("\(name).json")
            let imported = try runner.run(["import", "--db", db, "--create", "--today", Self.today, Self.oldExport])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try runner.run(["export", "--db", db, "--today", Self.today, "--out", out]).status == 0)
            exports.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(exports[0] == exports[1], "the same casedesk/1 file gave different ids in two stores")
        let text = String(decoding: exports[0], as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\": \"casedesk/2\",\n  \"cases\": [\n    {\n      \"id\": \"c"))
        #expect(text.contains("\"id\": \"e1\"") && text.contains("\"id\": \"p1\"") && text.contains("\"id\": \"d1\""))
        // casedesk/2 into an empty store and out again: the same bytes.
        let third = runner.path("c.sqlite"), again = runner.path("c.json")
        #expect(try runner.run(["import", "--db", third, "--create", "--today", Self.today, runner.path("a.json")]).status == 0)
        #expect(try runner.run(["export", "--db", third, "--today", Self.today, "--out", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == exports[0])
        // Updating from the casedesk/1 file keeps every stored id.
        let updated = try runner.run(["import", "--db", third, "--update", "--today", Self.today, Self.oldExport])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("25 updated"))
        #expect(try runner.run(["export", "--db", third, "--today", Self.today, "--out", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == exports[0])
    }

    @Test("A casedesk/2 case whose id another case holds, or that is not an id, is refused with its place")
    func badIDsAreRefused() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite"), out = runner.path("firm.json")
        #expect(try runner.run(["import", "--db", db, "--create", "--today", Self.today, Self.oldExport]).status == 0)
        #expect(try runner.run(["export", "--db", db, "--today", Self.today, "--out", out]).status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        // The first case renamed: a new matter with an id the store already holds.
        let renamed = runner.path("renamed.json")
        try text.replacingOccurrences(of: "\"matter\": \"2022-000005\"", with: "\"matter\": \"2099-0001\"")
            .write(toFile: renamed, atomically: true, encoding: .utf8)
        let clash = try runner.run(["import", "--db", db, "--today", Self.today, renamed])
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("cases[0].id: "), "\(clash.stderr)")
        #expect(clash.stderr.contains("is already the id of case \"2022-000005\""), "\(clash.stderr)")
        let malformed = runner.path("malformed.json")
        try text.replacingOccurrences(of: "\"id\": \"e1\"", with: "\"id\": \"e 1\"")
            .write(toFile: malformed, atomically: true, encoding: .utf8)
        let bad = try runner.run(["import", "--db", runner.path("new.sqlite"), "--create", "--today", Self.today, malformed])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("cases[0].events[0].id: \"e 1\" is not an id"), "\(bad.stderr)")
    }
}
