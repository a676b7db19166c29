import CaseDomain
@testable import CaseFormats
import Foundation
import Testing

@Suite("casedesk/1 round trip and writer")
struct JSONRoundTripTests {
    @Test("decode(write(x)) == x and writing again is byte-identical", arguments: [1, 7, 42, 2026] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        let generator = CaseGenerator(seed: seed)
        let cases = (0..<200).map { generator.makeCase($0) }
        for file in cases { #expect(CaseValidation.problems(in: file).isEmpty, "\(CaseValidation.problems(in: file))") }
        let first = try CaseJSONWriter.data(for: cases)
        let decoded = try CaseJSONDecoder().decode(first, file: "export.json")
        #expect(decoded == cases.map(CaseIdentity.identified))
        let second = try CaseJSONWriter.data(for: decoded)
        #expect(first == second)
    }

    @Test("the writer follows docs/formats.md's byte rules")
    func byteRules() throws {
        let generator = CaseGenerator(seed: 3)
        let text = String(decoding: try CaseJSONWriter.data(for: [generator.makeCase(0)]), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\": \"casedesk/2\",\n  \"cases\": [\n    {\n      \"id\": \"c"))
        #expect(text.contains("\",\n      \"matter\": \"2026-100000\",\n      \"client\": {\n        \"name\": "))
        #expect(text.hasSuffix("\n    }\n  ]\n}\n"))
        #expect(!text.contains("\r"))
        #expect(!text.contains("\\u"))
        #expect(!text.contains("\\/"))
        #expect(text.contains("\"oneYearException\": "))
        let empty = String(decoding: try CaseJSONWriter.data(for: []), as: UTF8.self)
        #expect(empty == "{\n  \"format\": \"casedesk/2\",\n  \"cases\": []\n}\n")
    }

    @Test("cases come out in matter byte order; the streaming writer refuses disorder")
    func order() throws {
        let cases = ["b", "B", "a-2", "a-10", "Ä"].map { CaseFile(matter: $0, client: Client(name: "X")) }
        let decoded = try CaseJSONDecoder().decode(try CaseJSONWriter.data(for: cases), file: "x.json")
        #expect(decoded.map(\.matter) == ["B", "a-10", "a-2", "b", "Ä"])
        var writer = CaseJSONWriter { _ in }
        try writer.write(cases[0])
        #expect(throws: CaseJSONWriter.OrderError.self) { try writer.write(cases[2]) }
    }

    @Test("streaming decode hands over cases one by one")
    func streaming() throws {
        let generator = CaseGenerator(seed: 9)
        let cases = (0..<50).map { generator.makeCase($0) }
        var registry = ImportRegistry()
        var seen = 0
        try CaseJSONDecoder().decode(try CaseJSONWriter.data(for: cases), file: "x.json", registry: &registry) { _ in seen += 1 }
        #expect(seen == 50)
        // The same registry across a second file finds the duplicates.
        #expect(throws: FormatErrors.self) {
            try CaseJSONDecoder().decode(try CaseJSONWriter.data(for: cases), file: "y.json", registry: &registry)
        }
    }

    @Test("a file with many problems lists them all, up to the limit")
    func errorLimit() throws {
        let bad = (0..<300).map { "{\"matter\": \"M\($0)\", \"client\": {\"name\": \"X\", \"aNumber\": \"A1\"}}" }
        let text = "{\"format\": \"casedesk/1\", \"cases\": [" + bad.joined(separator: ",") + "]}"
        do {
            _ = try CaseJSONDecoder().decode(Data(text.utf8), file: "many.json")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.count == 100)
            #expect(error.isTruncated)
            #expect(error.errors[0].description == "many.json:1:88: cases[0].client.aNumber: \"A1\" is not an A-number (7 to 9 digits)")
        }
    }

    @Test("the generic reader rejects duplicate keys and hostile depth")
    func genericReader() {
        #expect(throws: FormatError.self) { try JSONDocument.parse(Data("{\"a\": 1, \"a\": 2}".utf8), file: "d.json") }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: FormatError.self) { try JSONDocument.parse(Data(deep.utf8), file: "d.json") }
        #expect((try? JSONDocument.parse(Data("[1, -2.5e3, true, null, \"\\u00e9\\ud83d\\ude00\"]".utf8), file: "d.json")) != nil)
    }
}
