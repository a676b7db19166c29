import CaseDomain
import Testing

@Suite("Evidence order")
struct EvidenceOrderTests {
    /// Titles whose order by Unicode scalars differs from `String`'s: "e" + U+0301 sorts before "f" by
    /// scalars, but equals "é" (after "f") for `String`.
    static let decomposed = "e\u{301}tude", precomposed = "\u{E9}tude", plain = "field notes"

    let items = [
        EvidenceItem(category: .witness, title: precomposed),
        EvidenceItem(category: .witness, title: plain),
        EvidenceItem(category: .witness, title: decomposed),
        EvidenceItem(category: .witness, title: "Zeugin", status: .received),
        EvidenceItem(category: .witness, title: "Zeugin", status: .filed),
        EvidenceItem(category: .identity, title: "Passport"),
    ]

    @Test("Category order first, then titles by Unicode scalars, ties kept in their order")
    func ordered() {
        let titles = items.ordered.map(\.title)
        #expect(titles.map { Array($0.unicodeScalars) }
            == ["Passport", "Zeugin", "Zeugin", Self.decomposed, Self.plain, Self.precomposed].map { Array($0.unicodeScalars) })
        #expect(items.ordered.filter { $0.title == "Zeugin" }.map(\.status) == [.received, .filed])
        // `String`'s order would put the decomposed title after "field notes": the two orders do differ here.
        #expect(Self.plain < Self.decomposed)
        #expect(EvidenceItem.checklistOrder(EvidenceItem(category: .witness, title: Self.decomposed),
                                            EvidenceItem(category: .witness, title: Self.plain)))
    }

    @Test("A case's canonical form and the checklist order agree")
    func canonicalAgrees() {
        let file = CaseFile(matter: "2026-0142", client: Client(name: "Test Client"), evidence: items.reversed())
        #expect(file.canonical.evidence.map { Array($0.title.unicodeScalars) }
            == Array(items.reversed()).ordered.map { Array($0.title.unicodeScalars) })
        #expect(file.canonical.evidence.map(\.status) == Array(items.reversed()).ordered.map(\.status))
    }
}
