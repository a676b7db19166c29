import CaseDomain
import Testing

@Suite("Deadline engine: docs/rules.md's worked examples on a case")
struct DeadlineEngineTests {
    let engine = DeadlineEngine()

    func items(_ events: [TimelineEvent], today: String, engine: DeadlineEngine? = nil,
               docket: Docket? = .nonDetained) -> [DeadlineItem] {
        (engine ?? self.engine).items(for: caseFile(events, docket: docket), today: day(today))
    }

    @Test("Arrival on 4 Jul 2020 gives a one-year deadline on Tue 6 Jul 2021")
    func oneYear() throws {
        let result = items([event(.arrival, "2020-07-04")], today: "2021-06-01")
        let item = try #require(result.first { $0.rule == .oneYearFiling })
        #expect(item.title == "One-year asylum filing deadline")
        #expect(item.due == day("2021-07-06"))
        #expect(item.unrolled == day("2021-07-04"))
        #expect(item.skipped.map(\.reason) == ["Sunday", "Independence Day (observed)"])
        #expect(item.daysLeft == 35)
        #expect(item.state == .open)
        #expect(item.listFrom == day("2021-06-22"))
        #expect(item.citation == "INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)")
    }

    @Test("The latest arrival counts; an I-589 on or after it satisfies the deadline")
    func oneYearStates() throws {
        let events = [event(.arrival, "2016-02-29"), event(.arrival, "2022-03-10"), event(.i589Filed, "2023-03-13")]
        let late = try #require(items(events, today: "2024-01-01").first { $0.rule == .oneYearFiling })
        #expect(late.due == day("2023-03-10"))
        #expect(late.state == .late)
        #expect(late.satisfiedOn == day("2023-03-13"))
        let missed = items([event(.arrival, "2016-02-29")], today: "2017-03-01")
        #expect(missed.first?.due == day("2017-02-28"))
        #expect(missed.first?.state == .missed)
        #expect(missed.first?.daysLeft == -1)
        let claimed = engine.items(for: caseFile([event(.arrival, "2022-03-10")], exception: .changedCircumstances),
                                   today: day("2024-01-01"))
        #expect(claimed.first?.title == "One-year asylum filing deadline (exception claimed: changed circumstances)")
    }

    @Test("Appeals from IJ decisions of 24 and 25 Nov 2025, with and without the December closures")
    func appeals() {
        let events = [event(.ijDecision, "2025-11-24", outcome: .denied),
                      event(.ijDecision, "2025-11-25", outcome: .withholding)]
        let plain = items(events, today: "2025-12-01").filter { $0.rule == .biaAppeal }
        #expect(plain.map(\.due) == [day("2025-12-24"), day("2025-12-26")])
        let closed = DeadlineEngine(settings: DeadlineSettings(closures: december2025Closures))
        let withClosures = items(events, today: "2025-12-01", engine: closed).filter { $0.rule == .biaAppeal }
        #expect(withClosures.map(\.due) == [day("2025-12-29"), day("2025-12-29")])
        #expect(withClosures.allSatisfy { $0.title == "BIA appeal deadline" && $0.state == .open })
    }

    @Test("A granted decision starts no appeal and no motion; a dismissal at the BIA starts a petition")
    func decisions() {
        #expect(items([event(.ijDecision, "2025-11-24", outcome: .granted)], today: "2025-12-01").isEmpty)
        let bia = items([event(.biaDecision, "2026-11-14", outcome: .dismissed), event(.pfrFiled, "2026-12-10")],
                        today: "2026-12-20")
        #expect(bia.first { $0.rule == .pfr }?.state == .met)
        #expect(bia.first { $0.rule == .motionReconsider }?.state == .lapsed)
        #expect(bia.first { $0.rule == .motionReopen }?.state == .open)
    }

    @Test("Motion to reopen after an in-absentia order of 6 Mar 2026: due 2 Sep 2026")
    func inAbsentia() {
        let result = items([event(.ijDecision, "2026-03-06", outcome: .inAbsentia)], today: "2026-04-01")
        #expect(result.first { $0.rule == .motionReopen }?.due == day("2026-09-02"))
        #expect(result.first { $0.rule == .motionReconsider }?.due == day("2026-04-06"))
        #expect(!result.contains { $0.rule == .biaAppeal })
    }

    @Test("Master hearings of 3 Dec and 30 Nov 2026: targets 18 Nov and Fri 13 Nov")
    func prehearing() {
        let events = [event(.masterHearing, "2026-12-03"), event(.masterHearing, "2026-11-30"),
                      event(.filing, "2026-11-12", hearing: "2026-11-30")]
        let result = items(events, today: "2026-11-16").filter { $0.rule == .prehearingMaster }
        #expect(result.map(\.due) == [day("2026-11-13"), day("2026-11-18")])
        #expect(result.map(\.title) == ["Filings due for the master calendar hearing of 2026-11-30",
                                        "Filings due for the master calendar hearing of 2026-12-03"])
        #expect(result.map(\.state) == [.met, .open])
        #expect(result.map(\.hearing) == [day("2026-11-30"), day("2026-12-03")])
        #expect(result[0].skipped.map(\.date) == [day("2026-11-15"), day("2026-11-14")])
    }

    @Test("Only scheduled hearings dated today or later have pre-hearing deadlines")
    func prehearingOnlyUpcoming() {
        let events = [event(.individualHearing, "2026-12-03", status: .cancelled), event(.masterHearing, "2026-11-02"),
                      event(.individualHearing, "2027-01-12")]
        let result = items(events, today: "2026-11-30")
        #expect(result.map(\.rule) == [.prehearingIndividual])
        #expect(result.first?.due == day("2026-12-11"))
        #expect(result.first?.title == "Filings due for the individual hearing of 2027-01-12")
    }

    @Test("A court-set date replaces the rule's; the detained docket waits for one")
    func courtSet() {
        let hearing = event(.individualHearing, "2026-12-03")
        let set = event(.courtDeadline, "2026-11-20", hearing: "2026-12-03", title: "Evidence due")
        let nonDetained = items([hearing, set], today: "2026-11-01")
        #expect(nonDetained.count == 1)
        #expect(nonDetained.first?.due == day("2026-11-20"))
        #expect(nonDetained.first?.isCourtSet == true)
        let detainedFile = caseFile([hearing], docket: .detained)
        #expect(engine.items(for: detainedFile, today: day("2026-11-01")).isEmpty)
        #expect(engine.awaitingCourtDates(for: detainedFile, today: day("2026-11-01"))
            == [CourtSetFilingDate(rule: .prehearingIndividual, hearing: day("2026-12-03"),
                                   title: "Court sets filing date for the individual hearing of 2026-12-03")])
        let detainedSet = caseFile([hearing, set], docket: .detained)
        #expect(engine.items(for: detainedSet, today: day("2026-11-01")).map(\.due) == [day("2026-11-20")])
        #expect(engine.awaitingCourtDates(for: detainedSet, today: day("2026-11-01")).isEmpty)
        #expect(engine.awaitingCourtDates(for: caseFile([hearing]), today: day("2026-11-01")).isEmpty)
    }

    @Test("A court-set date for a hearing not on the timeline is kept as a task")
    func orphanCourtDeadline() {
        let result = items([event(.courtDeadline, "2026-11-20", hearing: "2026-12-03", title: "Brief due")],
                           today: "2026-11-01")
        #expect(result.map(\.rule) == [.task])
        #expect(result.first?.title == "Brief due")
        #expect(result.first?.isCourtSet == true)
    }

    @Test("Address change on 23 Dec 2026: EOIR-33 on 28 Dec, AR-11 on Sat 2 Jan 2027")
    func addressChange() {
        let result = items([event(.addressChange, "2026-12-23"), event(.ar11Filed, "2026-12-24")], today: "2026-12-23")
        #expect(result.map(\.rule) == [.eoir33, .ar11])
        #expect(result.map(\.due) == [day("2026-12-28"), day("2027-01-02")])
        #expect(result.map(\.state) == [.open, .met])
        #expect(result[0].unrolled == nil)
    }
}
