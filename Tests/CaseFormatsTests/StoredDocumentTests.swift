import CaseDomain
import CaseFormats
import Testing

@Suite("Reading a stored case document")
struct StoredDocumentTests {
    static let clean = CaseJSONDocument.text(for: CaseFile(matter: "2026-0142", client: Client(name: "Дмитрий Иванов")))

    @Test("Values the importer refuses are kept as written and listed with their fields")
    func keepsRefusedValues() throws {
        let hostile = Self.clean.replacingOccurrences(of: "Дмитрий", with: #"\u0007Дми\u202Eтрий"#)
        #expect(throws: FormatErrors.self) { try CaseJSONDocument.file(from: hostile, source: "doc") }
        let read = try CaseJSONDocument.fileKeepingRefusedValues(from: hostile, source: "doc")
        #expect(read.file.client.name == "\u{07}Дми\u{202E}трий Иванов")
        #expect(read.refused.map(\.field) == ["case.client.name"])
        #expect(read.refused.first?.message.contains("U+0007") == true, "\(read.refused)")
    }

    @Test("A clean document has nothing refused; a broken structure is still an error")
    func cleanAndBroken() throws {
        #expect(try CaseJSONDocument.fileKeepingRefusedValues(from: Self.clean, source: "doc").refused.isEmpty)
        #expect(throws: FormatErrors.self) {
            try CaseJSONDocument.fileKeepingRefusedValues(from: #"{"matter": 7}"#, source: "doc")
        }
        #expect(throws: FormatErrors.self) {
            try CaseJSONDocument.fileKeepingRefusedValues(from: Self.clean.replacingOccurrences(of: "matter", with: "mater"),
                                                          source: "doc")
        }
    }
}
