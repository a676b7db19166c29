import CaseDomain
import CaseSamples
import Testing

@Suite("Demo cases")
struct DemoCasesTests {
    let anchor = CivilDate(year: 2026, month: 11, day: 30)!

    @Test("Dmitrii Ivanov: held about four months at Otay Mesa, paroled, master hearing this week, filings overdue")
    func ivanov() throws {
        let demo = DemoCases(today: anchor)
        let file = try #require(demo.all.map(\.file).first { $0.client.latinName == "Dmitrii Ivanov" })
        #expect(file.client.name == "Дмитрий Иванов")
        #expect(file.currentCustody?.status == .paroled)
        #expect(file.custody.daysDetained(asOf: anchor) == 124)
        let items = DeadlineEngine().items(for: file, today: anchor)
        let prehearing = try #require(items.first { $0.rule == .prehearingMaster })
        #expect(prehearing.due == CivilDate(year: 2026, month: 11, day: 18))
        #expect(prehearing.state == .missed)
        #expect(items.contains { $0.rule == .oneYearFiling && $0.state == .met })
    }

    @Test("Dates move by whole weeks, so hearings stay on weekdays")
    func shifted() {
        for offset in [-400, -3, 0, 4, 10, 365] {
            let today = anchor.adding(days: offset)
            for generated in DemoCases(today: today).all {
                for event in generated.file.events where event.kind.isAppointment {
                    #expect(!event.date.isWeekend)
                }
                #expect(abs(generated.lastChange.days(until: today) - generated.lastChange.days(until: today)) <= 3)
            }
        }
    }

    @Test("The demo's review has something in every section")
    func review() {
        let demo = DemoCases(today: anchor)
        let engine = DeadlineEngine()
        let candidates = demo.all.map { generated in
            ReviewCase(summary: CaseSummary(file: generated.file, lastChange: generated.lastChange, today: anchor,
                                            engine: engine))
        }
        let queue = DailyReview.queue(cases: candidates, date: anchor, user: nil)
        #expect(Set(queue.map(\.section)) == Set(ReviewSection.allCases))
        #expect(!queue.contains { $0.matter == "2024-0188" })
    }
}
