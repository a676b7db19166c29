import CaseDomain
import Testing

@Suite("Deadline engine: reminders, the EAD clock, custody and closed cases")
struct DeadlineEngineReminderTests {
    let engine = DeadlineEngine()

    @Test("I-589 on 1 Jun 2026 with the clock stopped 1 to 11 Jul: EAD filing eligibility Sun 8 Nov 2026")
    func eadClock() throws {
        let events = [event(.i589Filed, "2026-06-01"), event(.clockStopped, "2026-07-01"),
                      event(.clockResumed, "2026-07-11")]
        let result = engine.items(for: caseFile(events), today: day("2026-11-08"))
        let file = try #require(result.first { $0.rule == .eadFile })
        #expect(file.due == day("2026-11-08"))
        #expect(file.state == .reached)
        #expect(file.title == "Eligible to file for an EAD")
        let grant = try #require(result.first { $0.rule == .eadGrant })
        #expect(grant.due == day("2026-12-08"))
        #expect(grant.state == .upcoming)
    }

    @Test("An open stop freezes the clock: the eligibility date moves a day with every day stopped")
    func openStop() {
        let events = [event(.i589Filed, "2026-06-01"), event(.clockStopped, "2026-07-01")]
        func due(on today: String) -> CivilDate? {
            engine.items(for: caseFile(events), today: day(today)).first { $0.rule == .eadFile }?.due
        }
        // Stopped from 1 Jul through today: 10 days removed on 10 Jul, 20 on 20 Jul.
        #expect(due(on: "2026-07-10") == day("2026-11-08"))
        #expect(due(on: "2026-07-20") == day("2026-11-18"))
        #expect(due(on: "2026-06-20") == day("2026-10-29"))
        let stops = AsylumClock.stops(in: events)
        #expect(stops == [ClockStop(from: day("2026-07-01"), to: nil)])
        #expect(AsylumClock.elapsed(from: day("2026-06-01"), stops: stops, today: day("2026-07-20")) == 29)
        #expect(AsylumClock.elapsed(from: day("2026-06-01"), stops: stops, today: day("2026-08-20")) == 29)
        #expect(AsylumClock.isStopped(stops: stops, today: day("2026-08-20")))
    }

    @Test("Clock stops pair each stop with the next resume; overlapping stops count once")
    func clockStops() {
        let events = [event(.clockResumed, "2026-06-05"), event(.clockStopped, "2026-07-01"),
                      event(.clockStopped, "2026-07-05"), event(.clockResumed, "2026-07-11"),
                      event(.clockStopped, "2026-08-01"), event(.clockResumed, "2026-08-03")]
        let stops = AsylumClock.stops(in: events)
        #expect(stops == [ClockStop(from: day("2026-07-01"), to: day("2026-07-11")),
                          ClockStop(from: day("2026-08-01"), to: day("2026-08-03"))])
        let overlapping = stops + [ClockStop(from: day("2026-07-05"), to: day("2026-07-08"))]
        #expect(AsylumClock.date(reaching: 150, from: day("2026-06-01"), stops: overlapping, today: day("2026-12-01"))
            == day("2026-11-10"))
        #expect(!AsylumClock.isStopped(stops: stops, today: day("2026-07-11")))
    }

    @Test("EAD renewal: due on the expiry, listed 180 days ahead, met by a later filing")
    func eadRenewal() throws {
        let grant = event(.eadGranted, "2025-01-10", expires: "2026-07-10")
        let open = try #require(engine.items(for: caseFile([grant]), today: day("2026-02-01")).first)
        #expect(open.rule == .eadRenewal)
        #expect(open.due == day("2026-07-10"))
        #expect(open.listFrom == day("2026-01-11"))
        #expect(open.state == .open)
        let met = engine.items(for: caseFile([grant, event(.eadFiled, "2026-03-01")]), today: day("2026-08-01"))
        #expect(met.first { $0.rule == .eadRenewal }?.state == .met)
    }

    @Test("Annual asylum fee: each anniversary from 2025-07-04, 29 February to 28 February, paid within 30 days")
    func annualFee() {
        let events = [event(.i589Filed, "2024-02-29"), event(.feePaid, "2026-03-10")]
        let result = engine.items(for: caseFile(events), today: day("2026-12-01")).filter { $0.rule == .annualAsylumFee }
        #expect(result.map(\.due) == [day("2026-02-28"), day("2027-02-28")])
        #expect(result.map(\.state) == [.late, .open])
        #expect(result.map(\.title) == ["Annual asylum fee (2026-02-28)", "Annual asylum fee (2027-02-28)"])
        #expect(result.last?.listFrom == day("2027-01-29"))
        let older = engine.items(for: caseFile([event(.i589Filed, "2020-08-01")]), today: day("2025-09-01"))
            .filter { $0.rule == .annualAsylumFee }
        #expect(older.map(\.due) == [day("2025-08-01"), day("2026-08-01")])
        #expect(older.map(\.state) == [.missed, .open])
        func fees(filed: String) -> [CivilDate] {
            engine.items(for: caseFile([event(.i589Filed, filed)]), today: day("2025-07-01"))
                .filter { $0.rule == .annualAsylumFee }.map(\.due)
        }
        #expect(fees(filed: "2024-07-04") == [day("2025-07-04")])
        #expect(fees(filed: "2024-07-03") == [day("2026-07-03")])
    }

    @Test("Voluntary departure is met by a removal on or before the due date")
    func voluntaryDeparture() {
        let grant = event(.vdGranted, "2026-09-27", days: 60)
        let removed = CustodyPeriod(status: .removed, from: day("2026-11-27"))
        let result = engine.items(for: caseFile([grant], custody: [removed]), today: day("2026-12-01"))
        #expect(result.first?.due == day("2026-11-27"))
        #expect(result.first?.unrolled == day("2026-11-26"))
        #expect(result.first?.skipped.first?.reason == "Thanksgiving Day")
        #expect(result.first?.state == .met)
        #expect(engine.items(for: caseFile([event(.vdGranted, "2026-09-27")]), today: day("2026-12-01")).isEmpty)
    }

    @Test("Parole expiry: listed 30 days ahead, met by a later custody period")
    func paroleExpiry() {
        let paroled = CustodyPeriod(status: .paroled, from: day("2025-07-12"), paroleExpiry: day("2026-07-12"))
        let open = engine.items(for: caseFile([], custody: [paroled]), today: day("2026-06-20"))
        #expect(open.map(\.rule) == [.paroleExpiry])
        #expect(open.first?.listFrom == day("2026-06-12"))
        #expect(open.first?.state == .open)
        var ended = paroled
        ended.to = day("2026-07-01")
        let bond = CustodyPeriod(status: .bond, from: day("2026-07-01"))
        let met = engine.items(for: caseFile([], custody: [ended, bond]), today: day("2026-08-01"))
        #expect(met.first?.state == .met)
        #expect(met.first?.satisfiedOn == day("2026-07-01"))
    }

    @Test("Deadline events are tasks with their own title; items are sorted by due date, then rule")
    func tasksAndOrder() {
        let events = [event(.deadline, "2026-12-05", title: "Send declaration to translator"),
                      event(.addressChange, "2026-11-30"), event(.arrival, "2025-12-05")]
        let result = engine.items(for: caseFile(events), today: day("2026-11-30"))
        #expect(result.map(\.rule) == [.task, .oneYearFiling, .eoir33, .ar11])
        #expect(result.map(\.due) == [day("2026-12-05"), day("2026-12-07"), day("2026-12-07"), day("2026-12-10")])
        #expect(result[0].title == "Send declaration to translator")
        #expect(result.map(\.due) == result.map(\.due).sorted())
    }

    @Test("A closed case yields no open items; a missing trigger yields nothing")
    func closedAndEmpty() {
        let events = [event(.arrival, "2022-03-10"), event(.i589Filed, "2022-04-01"), event(.addressChange, "2026-11-28")]
        let closed = caseFile(events, closed: CaseClosure(date: day("2026-11-29"), reason: .granted))
        let result = engine.items(for: closed, today: day("2026-11-30"))
        #expect(!result.contains { $0.state == .open || $0.state == .upcoming })
        #expect(result.contains { $0.rule == .oneYearFiling && $0.state == .met })
        // Anniversaries from 2025-07-04 up to the closing: only 2026-04-01, never paid.
        let fees = result.filter { $0.rule == .annualAsylumFee }
        #expect(fees.map(\.due) == [day("2026-04-01")])
        #expect(fees.map(\.state) == [.missed])
        #expect(engine.items(for: caseFile([event(.note, "2026-11-01")]), today: day("2026-11-30")).isEmpty)
        #expect(engine.awaitingCourtDates(for: caseFile([event(.masterHearing, "2026-12-03")], docket: .detained,
                                                        closed: CaseClosure(date: day("2026-11-29"), reason: .other)),
                                          today: day("2026-11-30")).isEmpty)
    }
}
