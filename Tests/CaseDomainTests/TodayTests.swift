import CaseDomain
import Foundation
import Testing

@Suite("Today in the store's zone")
struct TodayTests {
    /// 2026-12-01 03:30:59 UTC: still 30 November in California, already 1 December in UTC and Tokyo.
    let instant = Date(timeIntervalSince1970: 1_796_095_859)

    @Test("The date and minute are the zone's")
    func knownZones() {
        #expect(CivilDate.today(inZone: "America/Los_Angeles", now: instant).iso == "2026-11-30")
        #expect(CivilDate.wallClock(inZone: "America/Los_Angeles", now: instant).time.text == "19:30")
        #expect(CivilDate.today(inZone: "Asia/Tokyo", now: instant).iso == "2026-12-01")
        #expect(CivilDate.wallClock(inZone: "Asia/Tokyo", now: instant).time.text == "12:30")
        #expect(CivilDate.wallClock(inZone: "UTC", now: instant).time.text == "03:30")
    }

    @Test("A zone this system does not know, or none, falls back to UTC, whatever the process's zone")
    func fallback() {
        for zone in ["Mars/Olympus_Mons", "", nil] as [String?] {
            let clock = CivilDate.wallClock(inZone: zone, now: instant)
            #expect(clock.date.iso == "2026-12-01", "\(zone ?? "nil")")
            #expect(clock.time.text == "03:30", "\(zone ?? "nil")")
            #expect(CivilDate.today(inZone: zone, now: instant) == CivilDate.today(inZone: "UTC", now: instant))
        }
        // Before 1970 the day still starts at midnight (division rounds down, not toward zero).
        let early = Date(timeIntervalSince1970: -1)
        #expect(CivilDate.wallClock(inZone: "Mars/Olympus_Mons", now: early).date.iso == "1969-12-31")
        #expect(CivilDate.wallClock(inZone: nil, now: early).time.text == "23:59")
    }
}
