import CaseDomain
import Testing

@Suite("Business calendar")
struct BusinessCalendarTests {
    let plain = BusinessCalendar()
    let december = BusinessCalendar(closures: december2025Closures)

    @Test("Says why a day is not a business day")
    func reasons() {
        #expect(plain.reasonClosed(on: day("2026-11-14")) == "Saturday")
        #expect(plain.reasonClosed(on: day("2026-11-15")) == "Sunday")
        #expect(plain.reasonClosed(on: day("2025-12-25")) == "Christmas Day")
        #expect(plain.reasonClosed(on: day("2021-07-04")) == "Sunday")
        #expect(plain.reasonClosed(on: day("2025-12-24")) == nil)
        #expect(december.reasonClosed(on: day("2025-12-24")) == "Executive order: offices closed")
        #expect(plain.isBusinessDay(day("2026-11-18")))
    }

    @Test("Next and previous business days")
    func nextAndPrevious() {
        #expect(plain.nextBusinessDay(onOrAfter: day("2025-12-25")) == day("2025-12-26"))
        #expect(december.nextBusinessDay(onOrAfter: day("2025-12-24")) == day("2025-12-29"))
        #expect(plain.previousBusinessDay(onOrBefore: day("2026-11-15")) == day("2026-11-13"))
        #expect(plain.previousBusinessDay(onOrBefore: day("2026-11-18")) == day("2026-11-18"))
        #expect(december.previousBusinessDay(onOrBefore: day("2025-12-28")) == day("2025-12-23"))
    }

    @Test("Adds working days, skipping weekends and holidays")
    func workingDays() {
        #expect(plain.adding(workingDays: 5, to: day("2026-12-23")) == day("2026-12-31"))
        #expect(plain.adding(workingDays: 0, to: day("2026-12-26")) == day("2026-12-26"))
        #expect(plain.adding(workingDays: -1, to: day("2026-12-28")) == day("2026-12-24"))
    }

    @Test("A roll lists the days it skipped, with their reasons")
    func rolls() {
        let forward = plain.rollForward(day("2021-07-04"))
        #expect(forward.date == day("2021-07-06"))
        #expect(forward.skipped == [SkippedDay(date: day("2021-07-04"), reason: "Sunday"),
                                    SkippedDay(date: day("2021-07-05"), reason: "Independence Day (observed)")])
        let back = december.rollBack(day("2025-12-28"))
        #expect(back.date == day("2025-12-23"))
        #expect(back.skipped.map(\.reason) == ["Sunday", "Saturday", "Executive order: offices closed",
                                               "Christmas Day", "Executive order: offices closed"])
        #expect(!plain.rollForward(day("2026-11-18")).moved)
    }

    @Test("A forward roll reaches a business day never before the date; a backward roll never after it")
    func rollProperties() {
        for calendar in [plain, december] {
            for date in dates(from: "2019-01-01", through: "2031-12-31") {
                let forward = calendar.rollForward(date)
                #expect(calendar.isBusinessDay(forward.date))
                #expect(forward.date >= date && date.days(until: forward.date) <= 7)
                #expect(forward.skipped.count == date.days(until: forward.date))
                #expect(forward.skipped.allSatisfy { !calendar.isBusinessDay($0.date) })
                let back = calendar.rollBack(date)
                #expect(calendar.isBusinessDay(back.date))
                #expect(back.date <= date && back.date.days(until: date) <= 7)
                #expect(back.skipped.count == back.date.days(until: date))
            }
        }
    }
}
