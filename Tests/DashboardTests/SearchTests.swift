import DashboardTestSupport
import Testing
import CaseDomain
@testable import Dashboard

@Suite struct SearchTests {
    let cases = SampleCases.rows

    func matters(_ query: String) -> [String] {
        cases.filter(CaseFilter(query).matches).map(\.matter).sorted()
    }

    @Test("/иван finds Иванов, and so does /ivanov")
    func cyrillicAndLatin() {
        #expect(matters("иван") == ["2026-0142"])
        #expect(matters("ivanov") == ["2026-0142"])
        #expect(matters("ИВАНОВ") == ["2026-0142"])
    }

    @Test("Dmitry, Dmitriy, Dmitrii, Dmitrij and дмитрий all find Дмитрий", arguments: ["Dmitry", "Dmitriy", "Dmitrii", "Dmitrij", "дмитрий", "dmitri"])
    func transliterationVariants(query: String) {
        #expect(matters(query) == ["2026-0142"])
    }

    @Test("Variant spellings fold to one skeleton")
    func skeletons() {
        #expect(Transliteration.skeleton(Transliteration.latin("Юрий")) == Transliteration.skeleton("Yury"))
        #expect(Transliteration.skeleton("Iurii") == Transliteration.skeleton("Yuriy"))
        #expect(Transliteration.skeleton(Transliteration.latin("Мария")) == Transliteration.skeleton("Maria"))
        #expect(Transliteration.skeleton("Alexandr") == Transliteration.skeleton("Aleksandr"))
        #expect(Transliteration.skeleton(Transliteration.latin("Олег")) == Transliteration.skeleton("Oleh"))
    }

    @Test("A-234-567-890, 234567890 and a run of its digits find the case")
    func aNumbers() {
        #expect(matters("A-234-567-890") == ["2026-0142"])
        #expect(matters("234567890") == ["2026-0142"])
        #expect(matters("567 890") == ["2026-0142"])
        #expect(matters("A 12 345 678") == ["2026-0139"])
    }

    @Test("Matter numbers, diacritics and other scripts match")
    func otherFields() {
        #expect(matters("2026-01") == ["2026-0131", "2026-0139", "2026-0142", "2026-0150"])
        #expect(matters("nunez") == ["2026-0150"])
        #expect(matters("李") == ["2025-0077"])
        #expect(matters("li ming") == ["2025-0077"])
        #expect(matters("Smith").isEmpty)
    }
}
