import Kiosk
import Testing

@Suite struct BoardDateTests {
    @Test("Days and weekdays from ISO dates, as the kiosk counts down from its own clock")
    func dates() throws {
        let monday = try #require(BoardDate(iso: "2026-11-30"))
        #expect(monday.weekday == "Mon")
        #expect(monday.short == "Mon 30 Nov")
        #expect(monday.adding(days: 2) == BoardDate(iso: "2026-12-02"))
        #expect(monday.days(until: try #require(BoardDate(iso: "2027-03-01"))) == 91)
        #expect(BoardDate(iso: "2026-02-29") == nil)
        #expect(BoardDate(iso: "2028-02-29") != nil)
        #expect(BoardDate(iso: "2026-1-30") == nil)
    }
}
