import CaseDomain
import CaseFormats
import Foundation
import Testing

@Suite("Evidence order in the export")
struct ExportEvidenceOrderTests {
    @Test("The export and the store's case object list evidence in the checklist order, by Unicode scalars")
    func writerFollowsChecklistOrder() throws {
        // By scalars: "e" + U+0301 < "field notes" < "é"; `String`'s `<` would put both "é" spellings last.
        let titles = ["\u{E9}tude", "field notes", "e\u{301}tude"]
        let file = CaseFile(matter: "2026-0142", client: Client(name: "Test Client"),
                            evidence: titles.map { EvidenceItem(category: .witness, title: $0) }
                                + [EvidenceItem(category: .forms, title: "I-589")])
        let expected = ["I-589", "e\u{301}tude", "field notes", "\u{E9}tude"]
        #expect(file.evidence.ordered.map { Array($0.title.utf8) } == expected.map { Array($0.utf8) })
        let export = try CaseJSONWriter.data(for: [file])
        for text in [String(decoding: export, as: UTF8.self), CaseJSONDocument.text(for: file)] {
            let bytes = Array(text.utf8)
            let offsets = expected.map { title in firstOffset(of: Array("\"\(title)\"".utf8), in: bytes) }
            #expect(offsets.allSatisfy { $0 != nil })
            #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
        }
    }

    /// Where `needle` first occurs in `haystack`, by bytes (not `String`, which would find "é" in "e" + U+0301).
    private func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start ..< start + needle.count].elementsEqual(needle)
        }
    }
}
