import CaseDomain
import Testing

@Suite("Same-day deadlines in the catalogue's order")
struct SameDayOrderTests {
    let today = day("2026-11-30")

    /// An individual hearing on Monday 4 January 2027 (its filings due 30 days before, Saturday 5 December,
    /// rolled back to Friday 4 December) and a task due that Friday: `prehearing-individual` comes before
    /// the task in the catalogue, after it by rule id (`deadline` < `prehearing-individual`).
    var file: CaseFile {
        caseFile([event(.individualHearing, "2027-01-04", status: .scheduled),
                  event(.deadline, "2026-12-04", title: "Request police records", sequence: 1)])
    }

    @Test("The engine, the digest and the next deadline order them by the catalogue")
    func engineAndDigest() throws {
        let engine = DeadlineEngine()
        let sameDay = engine.items(for: file, today: today).filter { $0.due == day("2026-12-04") }
        #expect(sameDay.map(\.rule) == [.prehearingIndividual, .task])
        #expect(RuleID.prehearingIndividual.catalogOrder < RuleID.task.catalogOrder)
        #expect(RuleID.task.rawValue < RuleID.prehearingIndividual.rawValue)

        let digest = CaseDigest(file: file, today: today, engine: engine)
        #expect(digest.pendingDeadlines.map(\.rule) == [.prehearingIndividual, .task])
        #expect(digest.nextDeadline?.rule == .prehearingIndividual)

        // A digest stored while the rule id decided still names the catalogue's first as next.
        var stored = digest
        stored.pendingDeadlines.reverse()
        #expect(stored.nextDeadline?.rule == .prehearingIndividual)
        #expect(stored.pendingDeadlines.sorted(by: DeadlineItem.dueOrder) == digest.pendingDeadlines)
    }

    @Test("The review lists one case's same-day deadlines in the catalogue's order, however the digest holds them")
    func review() {
        var digest = CaseDigest(file: file, today: today, engine: DeadlineEngine())
        for order in [digest.pendingDeadlines, digest.pendingDeadlines.reversed()] {
            digest.pendingDeadlines = order
            let candidate = ReviewCase(matter: "2026-0142", paralegal: nil, clientName: "Test Client", latinName: nil,
                                       isOpen: true, lastChange: today, digest: digest)
            let deadlines = DailyReview.queue(cases: [candidate], date: day("2026-12-04"), user: nil)
                .filter { $0.section == .deadlines }
            #expect(deadlines.map(\.id) == ["deadlines:2026-0142:prehearing-individual:2026-12-04",
                                            "deadlines:2026-0142:deadline:2026-12-04"])
        }
    }
}
