import Foundation
import Testing

/// The CaseFormats fixture corpus run through the real `casedesk import` against a store with content.
@Suite("Import: fixture corpus", .serialized)
struct ImportCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CaseFormatsTests/Fixtures")
    static let today = "2026-11-30"

    static func manifest() throws -> [(file: String, location: String, field: String?)] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("invalid/MANIFEST.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t").map(String.init)
            return (parts[0], parts[1], parts[2] == "-" ? nil : parts[2])
        }
    }

    @Test("Every malformed file is refused naming file, line and field; the store's cases are unchanged")
    func invalidCorpus() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let seeded = try runner.run(["generate", "--db", db, "--cases", "30", "--seed", "5", "--today", Self.today])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let before = try runner.run(["export", "--db", db, "--today", Self.today])
        #expect(before.status == 0)
        let entries = try Self.manifest()
        #expect(entries.count >= 60)
        let folder = Self.fixtures.appendingPathComponent("invalid").path
        for entry in entries {
            let result = try runner.run(["import", "--db", db, "--today", Self.today, folder + "/" + entry.file])
            #expect(result.status == 1, "\(entry.file) was accepted: \(result.stdout)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            let located = lines.filter { $0.hasPrefix("import: " + folder + "/" + entry.location + ":") }
            let named = located.filter { line in
                guard let field = entry.field else { return true }
                return line.contains(": " + field + ": ") || line.contains("field \"" + field + "\"")
            }
            #expect(!named.isEmpty, "\(entry.file): expected \(entry.location) \(entry.field ?? "-"), got:\n\(result.stderr)")
            #expect(lines.last?.contains("nothing was imported") == true, "\(entry.file): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let after = try runner.run(["export", "--db", db, "--today", Self.today])
        #expect(after.stdout == before.stdout, "a refused import changed the store")
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }

    @Test("Every valid file imports exactly what it holds (CSV cases also get their starting checklist)")
    func validCorpus() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let folder = Self.fixtures.appendingPathComponent("valid")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasSuffix(".expected.json") }.sorted()
        #expect(names.count >= 20)
        for (index, name) in names.enumerated() {
            let db = runner.path("valid-\(index).sqlite")
            let imported = try runner.run(["import", "--db", db, "--today", Self.today, folder.appendingPathComponent(name).path])
            #expect(imported.status == 0, "\(name): \(imported.stderr)")
            let exported = try runner.run(["export", "--db", db, "--today", Self.today])
            #expect(exported.status == 0, "\(name): \(exported.stderr)")
            let expected = try Data(contentsOf: folder.appendingPathComponent(name + ".expected.json"))
            var actual = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
            var wanted = try #require(try JSONSerialization.jsonObject(with: expected) as? [String: Any])
            if name.hasSuffix(".csv") {
                let cases = actual["cases"] as? [[String: Any]] ?? []
                for item in cases {
                    let evidence = item["evidence"] as? [Any] ?? []
                    #expect(!evidence.isEmpty, "\(name): a new CSV case gets its starting checklist")
                }
                actual["cases"] = cases.map { item in item.filter { $0.key != "evidence" } }
                wanted["cases"] = (wanted["cases"] as? [[String: Any]] ?? []).map { item in item.filter { $0.key != "evidence" } }
            }
            #expect(NSDictionary(dictionary: actual) == NSDictionary(dictionary: wanted), "\(name) imported as:\n\(exported.stdout)")
        }
    }
}
