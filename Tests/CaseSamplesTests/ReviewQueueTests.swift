@testable import CaseDomain
import CaseSamples
import Testing

@Suite("The review queue at firm size")
struct ReviewQueueTests {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    /// The queue built the plain way: one case after another on one thread, every item compared in full.
    func plainQueue(_ cases: [ReviewCase], date: CivilDate, user: String?) -> [ReviewItem] {
        let items = cases.filter { $0.isOpen && (user == nil || $0.paralegal == user) }
            .flatMap { DailyReview.items(for: $0, on: date) }
        let sections = ReviewSection.allCases
        return items.sorted { a, b in
            let (sa, sb) = (sections.firstIndex(of: a.section)!, sections.firstIndex(of: b.section)!)
            if sa != sb { return sa < sb }
            if a.isOverdue != b.isOverdue { return a.isOverdue }
            if a.sortDate != b.sortDate { return a.sortDate < b.sortDate }
            if a.matter != b.matter { return Array(a.matter.utf8).lexicographicallyPrecedes(Array(b.matter.utf8)) }
            if case .deadline(let x) = a.detail, case .deadline(let y) = b.detail, x.rule != y.rule {
                return x.rule.catalogOrder < y.rule.catalogOrder
            }
            return a.id < b.id
        }
    }

    @Test("Thousands of cases built on every core give exactly the plain queue", arguments: [nil, "mreyes"])
    func parallelEqualsPlain(user: String?) {
        let engine = DeadlineEngine()
        let cases = SyntheticCases(count: 4_000, seed: 11, today: today).map { generated in
            ReviewCase(summary: CaseSummary(file: generated.file, lastChange: generated.lastChange, today: today,
                                            engine: engine))
        }
        for date in [today, today.adding(days: 9)] {
            let queue = DailyReview.queue(cases: cases, date: date, user: user)
            #expect(queue.count > (user == nil ? 1_000 : 300))
            #expect(queue == plainQueue(cases, date: date, user: user))
        }
    }

    @Test("Items marked reviewed for the day come back marked, and only those")
    func reviewedMarks() {
        let engine = DeadlineEngine()
        let cases = SyntheticCases(count: 1_500, seed: 3, today: today).map { generated in
            ReviewCase(summary: CaseSummary(file: generated.file, lastChange: generated.lastChange, today: today,
                                            engine: engine))
        }
        let unmarked = DailyReview.queue(cases: cases, date: today, user: nil)
        let marked = Set(unmarked.enumerated().filter { $0.offset % 7 == 0 }.map(\.element.id))
        let queue = DailyReview.queue(cases: cases, date: today, user: nil, reviewed: marked)
        #expect(queue.map(\.id) == unmarked.map(\.id))
        #expect(queue.filter(\.reviewed).map(\.id).sorted() == marked.sorted())
    }
}

extension ReviewItem {
    /// Overdue items first within a section.
    var isOverdue: Bool {
        if case .deadline(let item) = detail { return item.state == .missed }
        return false
    }

    /// The date the section orders by.
    var sortDate: CivilDate {
        switch detail {
        case .hearing(let appointment): appointment.date
        case .deadline(let item): item.due
        case .detained(let since, _): since
        case .checkIn(let date): date
        case .evidence(let hearing, _, _): hearing
        case .stale(let lastChange, _): lastChange
        }
    }
}
