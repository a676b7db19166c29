import CaseDomain
import CaseFormats
import Foundation
import Testing

@Suite("Import fixtures")
struct FixtureTests {
    @Test("the malformed corpus has at least 60 files, each listed once")
    func corpusSize() throws {
        let manifest = try Fixtures.invalidManifest()
        #expect(manifest.count >= 60)
        #expect(Set(manifest.map(\.file)).count == manifest.count)
    }

    @Test("every malformed file is rejected at the right line, column and field",
          arguments: try Fixtures.invalidManifest().map(\.file))
    func rejects(_ name: String) throws {
        let entry = try #require(try Fixtures.invalidManifest().first { $0.file == name })
        let data = try Fixtures.data("invalid", name)
        do {
            let cases = try Fixtures.decode(data, name: name)
            Issue.record("\(name) was accepted with \(cases.count) cases")
        } catch {
            let matching = error.errors.filter { problem in
                problem.description.hasPrefix(entry.location + ":")
                    && (entry.field == nil || problem.field == entry.field)
            }
            #expect(!matching.isEmpty, "\(name): expected \(entry.location) \(entry.field ?? "-"), got:\n\(error)")
        }
    }

    @Test("there are at least 20 valid files")
    func validCount() throws {
        #expect(try Fixtures.validNames().count >= 20)
    }

    @Test("every valid file decodes to exactly what it holds", arguments: try Fixtures.validNames())
    func accepts(_ name: String) throws {
        let cases = try Fixtures.decode(try Fixtures.data("valid", name), name: name)
        let written = try CaseJSONWriter.data(for: cases)
        if ProcessInfo.processInfo.environment["CASEDESK_REGENERATE_FIXTURES"] == "1" {
            // A deliberate change of the written form: rewrite the expectation, then review the diff.
            try written.write(to: Fixtures.url("valid", name + ".expected.json"))
        }
        let expected = try Fixtures.data("valid", name + ".expected.json")
        let actual = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        let wanted = try JSONSerialization.jsonObject(with: expected) as? NSDictionary
        #expect(actual != nil && actual == wanted, "\(name) decoded to:\n\(String(decoding: written, as: UTF8.self))")
    }

    @Test("the spec's example decodes field by field")
    func example() throws {
        let cases = try Fixtures.decode(try Fixtures.data("valid", "full-example.json"), name: "full-example.json")
        let file = try #require(cases.first)
        #expect(file.client.name == "Дмитрий Иванов")
        #expect(file.client.aNumber?.display == "A 234 567 890")
        #expect(file.custody.current?.status == .paroled)
        #expect(file.custody.current?.sponsor?.address == "…")
        #expect(file.events.map(\.kind) == [.arrival, .masterHearing])
        #expect(file.events[1].time?.text == "08:30")
    }
}
