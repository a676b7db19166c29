@testable import CaseDomain
import Testing

@Suite("Matter prefixes for sorting")
struct MatterPrefixTests {
    @Test("Prefixes order matters as their UTF-8 bytes do, and equal prefixes of short matters are equal matters")
    func ordersAsBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-AZaz/Жжё語") + ["\u{00E9}"]
        let matters = (0..<600).map { _ in
            String((0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        } + ["", "2026-0142", "2026-0142-A", "2026-01420", "0000000000000000", "00000000000000000", "0000000000000000Ж"]
        for a in matters {
            for b in matters.prefix(120) {
                let (pa, pb) = (DailyReview.MatterPrefix(a), DailyReview.MatterPrefix(b))
                let bytesOrder = Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
                if pa != pb { #expect((pa < pb) == bytesOrder, "\(a) \(b)") }
                if pa == pb, a.utf8.count < 16 || b.utf8.count < 16 { #expect(a == b, "\(a) \(b)") }
                #expect((a < b) == bytesOrder, "String order is byte order for NFC text: \(a) \(b)")
            }
        }
    }

    @Test("The ISO form of a date is its four-digit year, month and day")
    func isoText() {
        #expect(CivilDate(year: 2026, month: 1, day: 5)!.iso == "2026-01-05")
        #expect(CivilDate(year: 7, month: 12, day: 31)!.iso == "0007-12-31")
        #expect(CivilDate(year: 9999, month: 12, day: 31)!.iso == "9999-12-31")
        #expect(CivilDate(year: 9999, month: 12, day: 31)!.adding(days: 1).iso == "10000-01-01")
    }
}
