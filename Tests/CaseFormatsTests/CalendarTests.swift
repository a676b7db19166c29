import CaseDomain
import CaseFormats
import Foundation
import PythonSupport
import Testing

@Suite("iCalendar")
struct CalendarTests {
    static let day = CivilDate(year: 2026, month: 12, day: 3)!

    static let zone = TimeZone(identifier: "America/Los_Angeles")!

    static func sample(names: Bool) -> String {
        var file = CaseFile(matter: "2026-0142", client: Client(name: "Дмитрий Иванов"))
        file.events = [
            TimelineEvent(kind: .masterHearing, date: day, time: TimeOfDay(hour: 8, minute: 30),
                          place: "880 Front St, Courtroom 4; " + String(repeating: "Здание ", count: 20)),
            TimelineEvent(kind: .individualHearing, date: day.adding(days: 30)),
            TimelineEvent(kind: .bondHearing, date: day, status: .cancelled),
        ]
        let deadline = DeadlineItem(rule: .prehearingMaster, title: "Filings due", trigger: day, due: day.adding(days: -15),
                                    daysLeft: 5, state: .open, listFrom: day.adding(days: -29))
        let met = DeadlineItem(rule: .eoir33, title: "Met", trigger: day, due: day, daysLeft: 0, state: .met, listFrom: day)
        return ICalendarWriter(names: names, stamp: Date(timeIntervalSince1970: 1_764_500_000), timeZone: zone)
            .text(for: [CalendarCase(file: file, deadlines: [deadline, met])], from: day.adding(days: -60), through: day.adding(days: 60))
    }

    @Test("CRLF, folded lines of at most 75 octets, whole UTF-8 sequences")
    func lines() {
        let text = Self.sample(names: true)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D) }
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(line.utf8.first.map { $0 & 0xC0 != 0x80 } ?? true)
        }
        #expect(ICalendarText.fold(String(repeating: "я", count: 50)).components(separatedBy: "\r\n ").map(\.utf8.count) == [74, 26])
    }

    @Test("events, UIDs, all-day dates, escaping, and names only when asked")
    func content() {
        let text = Self.sample(names: false)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("UID:2026-0142-master-hearing-2026-12-03@casedesk\r\nDTSTAMP:20251130T105320Z\r\nDTSTART:20261203T163000Z\r\n"))
        #expect(unfolded.contains("LOCATION:880 Front St\\, Courtroom 4\\; Здание"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20270102\r\nDTEND;VALUE=DATE:20270103\r\n"))
        #expect(unfolded.contains("UID:2026-0142-prehearing-master-2026-11-18@casedesk"))
        #expect(!unfolded.contains("bond-hearing"))
        #expect(!unfolded.contains("eoir-33"))
        #expect(!unfolded.contains("Дмитрий"))
        #expect(Self.sample(names: true).replacingOccurrences(of: "\r\n ", with: "").contains("Дмитрий Иванов"))
        #expect(ICalendarText.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
    }

    @Test("Hearing times are the store's wall clock, written in UTC, across daylight-saving changes", arguments: [
        ("America/Los_Angeles", 2026, 12, 3, 8, 30, "20261203T163000Z"),   // PST, UTC−8
        ("America/Los_Angeles", 2026, 7, 1, 8, 30, "20260701T153000Z"),    // PDT, UTC−7
        ("America/Los_Angeles", 2026, 3, 8, 2, 30, "20260308T103000Z"),    // skipped by the spring change: 03:30 PDT
        ("America/Phoenix", 2026, 7, 1, 9, 0, "20260701T160000Z"),         // no daylight saving
        ("UTC", 2026, 12, 31, 23, 59, "20261231T235900Z"),
    ])
    func utcTimes(zone: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, expected: String) throws {
        let writer = ICalendarWriter(stamp: Date(timeIntervalSince1970: 0), timeZone: try #require(TimeZone(identifier: zone)))
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect(ICalendarWriter.utcStamp(writer.moment(date, try #require(TimeOfDay(hour: hour, minute: minute)))) == expected)
    }

    @Test("Python's icalendar parses it")
    func pythonParses() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-\(UUID().uuidString).ics")
        try Data(Self.sample(names: true).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = cal.walk('VEVENT')
        assert len(events) == 3, len(events)
        assert str(events[0]['LOCATION']).startswith('880 Front St, Courtroom 4; Здание'), events[0]['LOCATION']
        start = events[0].decoded('DTSTART')
        assert start.utcoffset().total_seconds() == 0 and start.hour == 16, start
        from zoneinfo import ZoneInfo
        assert start.astimezone(ZoneInfo('America/Los_Angeles')).hour == 8, start
        print('ok')
        """
        // Throws, and so fails the test, when python3 exits non-zero (an assertion in the script failed).
        let output = try PythonCheck.run(script, arguments: [url.path], requiresPackages: true)
        #expect(output.hasPrefix("ok"))
    }
}
