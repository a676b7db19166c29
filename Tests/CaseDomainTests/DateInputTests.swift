import CaseDomain
import Testing

@Suite("Dates typed in a form")
struct DateInputTests {
    let today = day("2026-12-01")

    func read(_ text: String, today: String = "2026-12-01", _ yearless: YearlessDate = .next) -> String? {
        try? DateInput.parse(text, today: day(today), yearless: yearless).get().iso
    }

    func message(_ text: String, _ yearless: YearlessDate = .next) -> String? {
        guard case .failure(let error) = DateInput.parse(text, today: today, yearless: yearless) else { return nil }
        return error.message
    }

    @Test("Every form reads", arguments: [
        ("2026-12-03", "2026-12-03"), ("2026-2-3", "2026-02-03"), ("12/3/2026", "2026-12-03"),
        ("today", "2026-12-01"), ("Tomorrow", "2026-12-02"), ("yesterday", "2026-11-30"),
        ("+30", "2026-12-31"), ("-7", "2026-11-24"), ("+0", "2026-12-01"), ("dec 3", "2026-12-03"),
        ("3 dec", "2026-12-03"), ("december 3", "2026-12-03"), ("Dec 3 2026", "2026-12-03"),
        ("Dec 3, 2026", "2026-12-03"), ("3 Dec 2026", "2026-12-03"), ("DEC. 3", "2026-12-03"),
        ("sept 9", "2027-09-09"), ("12/3", "2026-12-03"), ("  dec 3  ", "2026-12-03"), ("mar 1 2027", "2027-03-01"),
    ])
    func forms(text: String, expected: String) {
        #expect(read(text) == expected)
    }

    @Test("A date that does not exist is refused with a message naming it")
    func invalidDates() {
        #expect(message("2026-02-30") == "\"2026-02-30\" is not a date: February 2026 has 28 days")
        #expect(message("2100-02-29") == "\"2100-02-29\" is not a date: February 2100 has 28 days")
        #expect(read("2028-02-29") == "2028-02-29")
        #expect(message("feb 30") == "\"feb 30\" is not a date: February has no day 30")
        #expect(message("2026-13-01") == "\"2026-13-01\" is not a date: there is no month 13")
        #expect(message("13/3/2026") == "\"13/3/2026\" is not a date: there is no month 13")
        #expect(message("2026-12-00") == "\"2026-12-00\" is not a date: there is no day 0")
        #expect(message("12/3/26") == "\"12/3/26\": write the year with four digits")
        #expect(message("") == "no date given")
        #expect(message("+1000000")?.contains("is not a date") == true)
        #expect(message("+40000") == "\"+40000\" is too far from today (at most 36600 days)")
        for junk in ["soon", "+", "dec", "3 3", "dec 3 2026 9", "٢٠٢٦-١٢-٠٣", "2026–12–03", "2026-12-03T10:00", "ma 3"] {
            #expect(message(junk)?.hasSuffix("is not a date (try 2026-12-03, 12/3/2026, dec 3, +30 or tomorrow)") == true,
                    "\(junk)")
        }
    }

    @Test("A message quotes hostile input inert")
    func hostileInput() throws {
        let text = try #require(message("2026-12-03\u{1B}[2J\u{202E}"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains("\\e[2J"))
    }

    @Test("Without a year: the next such date for hearings, the last past one for arrivals and births")
    func yearless() {
        #expect(read("dec 1") == "2026-12-01")
        #expect(read("dec 1", .lastPast) == "2026-12-01")
        #expect(read("nov 30") == "2027-11-30")
        #expect(read("nov 30", .lastPast) == "2026-11-30")
        #expect(read("dec 3", .lastPast) == "2025-12-03")
        // Around the year's end.
        #expect(read("jan 2", today: "2026-12-31") == "2027-01-02")
        #expect(read("jan 2", today: "2026-12-31", .lastPast) == "2026-01-02")
        #expect(read("dec 31", today: "2027-01-01", .lastPast) == "2026-12-31")
        #expect(read("dec 31", today: "2027-01-01") == "2027-12-31")
        #expect(read("12/31", today: "2026-12-31") == "2026-12-31")
    }

    @Test("Scheduled kinds read a year-less date ahead, recorded ones behind")
    func kinds() throws {
        #expect(EventKind.masterHearing.yearlessDate == .next)
        #expect(EventKind.deadline.yearlessDate == .next)
        #expect(EventKind.arrival.yearlessDate == .lastPast)
        #expect(EventKind.i589Filed.yearlessDate == .lastPast)
        let hearing = DateInput.parse("dec 3", today: day("2026-12-04"), yearless: EventKind.individualHearing.yearlessDate)
        #expect(try hearing.get() == day("2027-12-03"))
    }

    @Test("29 February without a year is the nearest leap year's, that way")
    func leapDay() {
        #expect(read("feb 29") == "2028-02-29")
        #expect(read("feb 29", .lastPast) == "2024-02-29")
        #expect(read("29 feb", today: "2028-02-29") == "2028-02-29")
        #expect(read("feb 29", today: "2028-02-29", .lastPast) == "2028-02-29")
        #expect(read("feb 29", today: "2028-03-01") == "2032-02-29")
        #expect(read("feb 29", today: "2028-03-01", .lastPast) == "2028-02-29")
        #expect(read("feb 29", today: "2097-01-01") == "2104-02-29")  // 2100 is no leap year
        #expect(read("feb 28", today: "2028-02-29") == "2029-02-28")
    }

    @Test("Weekday names")
    func weekdays() {
        #expect(day("2026-12-03").weekdayName == "Thursday")
        #expect(day("2026-12-03").weekdayShort == "Thu")
        #expect(day("2026-12-06").weekdayName == "Sunday")
        #expect(Weekday.allCases.map(\.name).count == 7)
    }
}

@Suite("Advancing an evidence item's status")
struct EvidenceAdvanceTests {
    @Test("needed → requested → received → translated → filed; translated skipped without a translation")
    func advance() {
        func walk(_ needsTranslation: Bool) -> [EvidenceStatus] {
            var status = EvidenceStatus.needed
            var seen = [status]
            while status != .filed {
                status = status.advanced(needsTranslation: needsTranslation)
                seen.append(status)
            }
            return seen
        }
        #expect(walk(true) == [.needed, .requested, .received, .translated, .filed])
        #expect(walk(false) == [.needed, .requested, .received, .filed])
        #expect(EvidenceStatus.translated.advanced(needsTranslation: false) == .filed)
        #expect(EvidenceStatus.filed.advanced(needsTranslation: true) == .filed)
        #expect(EvidenceStatus.unavailable.advanced(needsTranslation: true) == .unavailable)
        #expect(EvidenceStatus.unavailable.advanced(needsTranslation: false) == .unavailable)
    }
}
