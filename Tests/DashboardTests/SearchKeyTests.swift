import CaseDomain
import CaseSamples
import Foundation
@testable import Dashboard
import Testing

/// The fast paths of the filter's keys give exactly what the plain computations give.
@Suite struct SearchKeyTests {
    /// Every name of the demo and of 3,000 generated cases, plus awkward spacing, punctuation and scripts.
    static let names: [String] = {
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        let files = SyntheticCases(count: 3_000, seed: 5, today: today).map(\.file) + DemoCases(today: today).all.map(\.file)
        let people = files.flatMap { file in
            [file.client.name, file.client.latinName].compactMap { $0 } + file.family.flatMap { [$0.name, $0.latinName].compactMap { $0 } }
        }
        return people + [
            "", " ", "  Иван  Иванов ", "O'Brien-Smith", "José  María", "Ъ Ы", "x ъ y", "a- b", "ШЩЁЇ", "Łukasz Żółć",
            "王 小明", "ＦＵＬＬ　ｗｉｄｔｈ", "Ḁ̈ combining", "Kh kh", "Yuliya  Iuliia", "Ja-ja", "ss ß", "İstanbul",
            "mañana’s", "tsts ts", "Gg gh",
        ]
    }()

    @Test("Keys built word by word with a cache equal the keys of the whole name")
    func wordByWord() {
        var cache: [Substring: (own: String, skeleton: String)] = [:]
        for name in Self.names {
            #expect(Transliteration.searchKeys(for: name, cache: &cache) == Transliteration.searchKeys(for: name),
                    "\(name)")
        }
        #expect(cache.count < Self.names.count, "the cache is shared by the names' words")
    }

    @Test("Folding ASCII text is lower-casing it, as Foundation's folding is")
    func asciiFold() {
        let ascii = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
        for text in [ascii, "Dmitrii IVANOV", "2026-0142", ""] {
            #expect(Transliteration.fold(text)
                    == text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
        }
    }

    @Test("Byte search finds what Foundation's search finds in folded text")
    func byteSearch() {
        let folded = Self.names.prefix(400).map(Transliteration.fold)
        let needles = ["", "и", "ив", "иван", "ova", "a", " ", "2026", "小", "zzz", "ā", "ova ", "iuliia"]
        for haystack in folded {
            for needle in needles {
                #expect(Transliteration.contains(haystack, needle) == (needle.isEmpty || haystack.contains(needle)),
                        "\(haystack) / \(needle)")
            }
        }
        #expect(Transliteration.contains("abc", "abcd") == false)
        #expect(Transliteration.contains("aab", "ab"))
    }

    @Test("The orders through ranks and the keys' first bytes are the orders of the full comparison")
    func nameOrderPrefixes() {
        // Names sharing their first 16 bytes and more, equal keys of different spellings, short keys.
        let extra = ["Aleksandrova-Petrovskaya Anna", "Aleksandrova-Petrovskaya Anya", "Aleksandrova-Petrovskaya",
                     "José", "Jose", "JOSE", "A", "Ab", "Иванов Иван", "Ivanov Ivan", "Ivanov Ivana"]
        let rows = RowChunks((Self.names + extra).enumerated().map { index, name in
            // Matters longer than 16 bytes sharing their first 16; due dates with ties, and none.
            CaseRow(matter: "2026-LONG-MATTER-\(index % 97)-\(index)", clientName: name, latinName: nil, aNumber: nil,
                    nationality: nil, paralegal: nil, isOpen: true, version: 1,
                    nextDeadlineDue: index % 5 == 0 ? nil : CivilDate(dayNumber: 20_000 + index % 13),
                    nextDeadlineRule: nil, isDetained: false)
        })
        for sort in [CaseSort.name, .nextDeadline, .matter] {
            let plain = rows.indices.sorted { CaseOrdering.precedes($0, $1, in: rows, by: sort) }
            #expect(CaseOrdering.order(of: rows, by: sort) == plain, "\(sort)")
        }
    }

    @Test("A row made without the store computes the keys the store keeps for it")
    func rowKeys() {
        let today = CivilDate(year: 2026, month: 11, day: 30)!
        let rows = SyntheticCases(count: 2_000, seed: 8, today: today).map(\.file).map { file in
            CaseRow(matter: file.matter, clientName: file.client.name, latinName: file.client.latinName,
                    aNumber: file.client.aNumber, nationality: nil, paralegal: nil, isOpen: true, version: 1,
                    nextDeadlineDue: nil, nextDeadlineRule: nil, isDetained: false)
        }
        for row in rows {
            #expect(row.sortKey == NameSearch.sortKey(clientName: row.clientName, latinName: row.latinName))
            #expect(row.searchKeys == NameSearch.keys(matter: row.matter, clientName: row.clientName,
                                                      latinName: row.latinName))
        }
    }

    @Test("Names sort as a reader expects: accents and case aside, Cyrillic by its Latin spelling, apostrophes dropped")
    func sortKeys() {
        func key(_ name: String, _ latin: String? = nil) -> String { NameSearch.sortKey(clientName: name, latinName: latin) }
        #expect(key("José Ramírez") == "jose ramirez")
        #expect(key("Ayşe Yılmaz") > key("Aleksei Petrov"))
        #expect(key("Иванов Иван") == "ivanov ivan")
        #expect(key("Иван", "Ivan Zh") == "ivan zh")
        #expect(key("O'Brien-Smith") == "obrien smith")
        #expect(key("王 小明") > key("Zygmunt"))
    }
}
