import CaseDomain
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test("Parses exactly YYYY-MM-DD", arguments: ["2026-02-30", "1990-2-3", "2026-13-01", "2026-00-10",
                                                    "2026-01-32", "20260101", "2026/01/01", "２０２６-01-01", " 2026-01-01"])
    func rejects(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("Accepts real days, 29 February of a leap year included")
    func accepts() {
        #expect(CivilDate(iso: "2024-02-29")?.iso == "2024-02-29")
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(CivilDate(iso: "1970-01-01")?.dayNumber == 0)
    }

    @Test("Knows the weekday")
    func weekday() {
        #expect(day("1970-01-01").weekday == .thursday)
        #expect(day("2026-12-03").weekday == .thursday)
        #expect(day("2026-11-15").weekday == .sunday)
        #expect(day("1969-12-31").weekday == .wednesday)
        #expect(day("2027-01-02").isWeekend)
    }

    @Test("Adds years with 29 February becoming 28 February in a common year")
    func arithmetic() {
        #expect(day("2016-02-29").adding(years: 1) == day("2017-02-28"))
        #expect(day("2016-02-29").adding(years: 4) == day("2020-02-29"))
        #expect(day("2026-11-30").adding(days: 3) == day("2026-12-03"))
        #expect(day("2026-11-30").days(until: day("2026-11-18")) == -12)
        
    }
}
