import CaseDomain
import Testing

@Suite("Deadline calculator: docs/rules.md's worked examples")
struct DeadlineCalculatorTests {
    let engine = DeadlineEngine()
    let today = day("2026-11-30")

    func due(_ rule: RuleID, _ date: String, days: Int? = nil, outcome: Outcome? = nil, stops: [ClockStop] = [],
             engine: DeadlineEngine? = nil) throws -> DeadlineCalculation {
        try (engine ?? self.engine).calculate(rule: rule, trigger: day(date), days: days, outcome: outcome,
                                              stops: stops, today: today)
    }

    @Test("Arrival Thu 10 Mar 2022: one-year deadline Fri 10 Mar 2023")
    func oneYearPlain() throws {
        let result = try due(.oneYearFiling, "2022-03-10")
        #expect(result.due == day("2023-03-10"))
        #expect(result.unrolled == nil && result.skipped.isEmpty)
    }

    @Test("Arrival Sat 4 Jul 2020: past the Sunday and the observed holiday to Tue 6 Jul 2021")
    func oneYearRolls() throws {
        let result = try due(.oneYearFiling, "2020-07-04")
        #expect(result.due == day("2021-07-06"))
        #expect(result.unrolled == day("2021-07-04"))
        #expect(result.skipped == [SkippedDay(date: day("2021-07-04"), reason: "Sunday"),
                                   SkippedDay(date: day("2021-07-05"), reason: "Independence Day (observed)")])
        #expect(result.citation == "INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)")
    }

    @Test("Arrival Mon 29 Feb 2016: anniversary Tue 28 Feb 2017")
    func leapDayArrival() throws {
        #expect(try due(.oneYearFiling, "2016-02-29").due == day("2017-02-28"))
        #expect(try due(.oneYearFiling, "2019-02-28").due == day("2020-02-28"))
    }

    @Test("A decision on 24 Nov 2025 is due 24 Dec; on 25 Nov, Christmas rolls it to 26 Dec")
    func appealsAroundChristmas() throws {
        #expect(try due(.biaAppeal, "2025-11-24", outcome: .denied).due == day("2025-12-24"))
        let christmas = try due(.biaAppeal, "2025-11-25", outcome: .denied)
        #expect(christmas.due == day("2025-12-26"))
        #expect(christmas.unrolled == day("2025-12-25"))
        #expect(christmas.skipped == [SkippedDay(date: day("2025-12-25"), reason: "Christmas Day")])
        #expect(christmas.citation == "8 CFR 1003.38(b)")
    }

    @Test("With the December 2025 closures both appeals are due Mon 29 Dec 2025")
    func appealsWithClosures() throws {
        let closed = DeadlineEngine(settings: DeadlineSettings(closures: december2025Closures))
        #expect(try due(.biaAppeal, "2025-11-24", engine: closed).due == day("2025-12-29"))
        let late = try due(.biaAppeal, "2025-11-25", engine: closed)
        #expect(late.due == day("2025-12-29"))
        #expect(late.skipped.map(\.date) == dates(from: "2025-12-25", through: "2025-12-28"))
    }

    @Test("Master hearing Thu 3 Dec 2026: 18 Nov; Mon 30 Nov 2026: Sun 15 Nov rolls back to Fri 13 Nov")
    func prehearingMaster() throws {
        #expect(try due(.prehearingMaster, "2026-12-03").due == day("2026-11-18"))
        let back = try due(.prehearingMaster, "2026-11-30")
        #expect(back.due == day("2026-11-13"))
        #expect(back.unrolled == day("2026-11-15"))
        #expect(back.skipped.map(\.reason) == ["Sunday", "Saturday"])
    }

    @Test("Individual hearing: the setting's lead days, 30 by default")
    func prehearingIndividual() throws {
        #expect(try due(.prehearingIndividual, "2026-12-03").due == day("2026-11-03"))
        let fifteen = DeadlineEngine(settings: DeadlineSettings(meritsFilingLeadDays: 15))
        #expect(try due(.prehearingIndividual, "2026-12-03", engine: fifteen).due == day("2026-11-18"))
    }

    @Test("Address change Wed 23 Dec 2026: EOIR-33 Mon 28 Dec; AR-11 Sat 2 Jan 2027 (no roll)")
    func addressChange() throws {
        #expect(try due(.eoir33, "2026-12-23").due == day("2026-12-28"))
        let ar11 = try due(.ar11, "2026-12-23")
        #expect(ar11.due == day("2027-01-02"))
        #expect(ar11.unrolled == nil && ar11.skipped.isEmpty)
    }

    @Test("I-589 Mon 1 Jun 2026, clock stopped 1 to 11 Jul: EAD filing on Sun 8 Nov 2026")
    func eadClock() throws {
        let stop = ClockStop(from: day("2026-07-01"), to: day("2026-07-11"))
        let result = try due(.eadFile, "2026-06-01", stops: [stop])
        #expect(result.due == day("2026-11-08"))
        #expect(result.unrolled == nil)
        #expect(try due(.eadGrant, "2026-06-01", stops: [stop]).due == day("2026-12-08"))
    }

    @Test("Motion to reopen after an in-absentia order Fri 6 Mar 2026: Wed 2 Sep 2026")
    func motionReopenInAbsentia() throws {
        #expect(try due(.motionReopen, "2026-03-06", outcome: .inAbsentia).due == day("2026-09-02"))
        #expect(try due(.motionReopen, "2026-03-06", outcome: .denied).due == day("2026-06-04"))
        #expect(try due(.motionReconsider, "2026-03-06").due == day("2026-04-06"))
    }

    @Test("Voluntary departure rolls forward; parole, renewal and tasks stand on their date")
    func otherRules() throws {
        #expect(try due(.voluntaryDeparture, "2026-10-02", days: 60).due == day("2026-12-01"))
        #expect(try due(.voluntaryDeparture, "2026-09-27", days: 60).due == day("2026-11-27"))
        #expect(try due(.paroleExpiry, "2026-12-05").due == day("2026-12-05"))
        #expect(try due(.eadRenewal, "2026-12-06").due == day("2026-12-06"))
        #expect(try due(.task, "2026-12-05").due == day("2026-12-05"))
        #expect(try due(.pfr, "2026-11-14", outcome: .dismissed).due == day("2026-12-14"))
    }

    @Test("The annual fee falls due on the next anniversary from 2025-07-04")
    func annualFee() throws {
        #expect(try due(.annualAsylumFee, "2024-03-01").due == day("2027-03-01"))
        #expect(try due(.annualAsylumFee, "2024-12-15").due == day("2026-12-15"))
        #expect(try due(.annualAsylumFee, "2024-02-29").due == day("2027-02-28"))
    }

    @Test("Requests the rules cannot answer are refused with a clear reason")
    func errors() {
        #expect(throws: DeadlineRequestError.missingDays(.voluntaryDeparture)) {
            try due(.voluntaryDeparture, "2026-10-02")
        }
        #expect(throws: DeadlineRequestError.unexpectedDays(.biaAppeal)) { try due(.biaAppeal, "2026-10-02", days: 30) }
        #expect(throws: DeadlineRequestError.daysOutOfRange(0)) { try due(.voluntaryDeparture, "2026-10-02", days: 0) }
        #expect(throws: DeadlineRequestError.outcomeDoesNotTrigger(.biaAppeal, .granted)) {
            try due(.biaAppeal, "2026-10-02", outcome: .granted)
        }
        #expect(throws: DeadlineRequestError.unexpectedOutcome(.ar11, .denied)) {
            try due(.ar11, "2026-10-02", outcome: .denied)
        }
        let stop = ClockStop(from: day("2026-07-11"), to: day("2026-07-01"))
        #expect(throws: DeadlineRequestError.unexpectedStops(.oneYearFiling)) {
            try due(.oneYearFiling, "2026-06-01", stops: [stop])
        }
        #expect(throws: DeadlineRequestError.stopEndsBeforeStart(stop)) { try due(.eadFile, "2026-06-01", stops: [stop]) }
        let message = DeadlineRequestError.outcomeDoesNotTrigger(.pfr, .sustained).description
        #expect(message == "a decision with outcome sustained does not start pfr (it is started by: dismissed)")
        #expect(DeadlineRequestError.missingDays(.voluntaryDeparture).description.contains("--days"))
    }

    @Test("Forward rules land on a business day never before the unrolled date; backward never after")
    func properties() throws {
        let calendar = BusinessCalendar()
        for trigger in dates(from: "2024-01-01", through: "2027-12-31") {
            for rule in [RuleID.oneYearFiling, .biaAppeal, .pfr, .motionReopen, .eoir33] {
                let result = try engine.calculate(rule: rule, trigger: trigger, days: nil,
                                                  outcome: nil, stops: [], today: today)
                #expect(calendar.isBusinessDay(result.due))
                #expect(result.due >= (result.unrolled ?? result.due))
                #expect(result.due > trigger)
            }
            let back = try engine.calculate(rule: .prehearingMaster, trigger: trigger, days: nil, outcome: nil,
                                            stops: [], today: today)
            #expect(calendar.isBusinessDay(back.due))
            #expect(back.due <= (back.unrolled ?? back.due))
            #expect(back.due <= trigger.adding(days: -15))
        }
    }
}
