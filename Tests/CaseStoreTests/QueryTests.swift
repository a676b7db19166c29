import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Queries, digests and bulk writes")
struct QueryTests {
    static let today = date("2026-11-30")

    /// One case per review reason, plus one that gives none.
    static func reviewCases() -> [BulkCase] {
        var hearing = Fixtures.simpleCase("H-1")
        hearing.events = [TimelineEvent(kind: .masterHearing, date: today.adding(days: 5))]
        var farHearing = Fixtures.simpleCase("H-2")
        farHearing.events = [TimelineEvent(kind: .masterHearing, date: today.adding(days: 20))]
        var detained = Fixtures.simpleCase("D-1", paralegal: "akim")
        detained.custody = [CustodyPeriod(status: .iceDetained, from: date("2026-10-01"))]
        var checkIn = Fixtures.simpleCase("C-1")
        checkIn.custody = [CustodyPeriod(status: .paroled, from: date("2026-01-01"), nextCheckIn: today.adding(days: 2))]
        var evidence = Fixtures.simpleCase("E-1")
        evidence.events = [TimelineEvent(kind: .individualHearing, date: today.adding(days: 40))]
        evidence.evidence = [EvidenceItem(category: .identity, title: "Passport")]
        var evidenceDone = Fixtures.simpleCase("E-2")
        evidenceDone.events = [TimelineEvent(kind: .individualHearing, date: today.adding(days: 40))]
        evidenceDone.evidence = [EvidenceItem(category: .identity, title: "Passport", status: .filed)]
        var closedStale = Fixtures.simpleCase("S-2")
        closedStale.closed = CaseClosure(date: date("2026-01-01"), reason: .granted)
        return [
            BulkCase(hearing), BulkCase(farHearing), BulkCase(detained), BulkCase(checkIn), BulkCase(evidence),
            BulkCase(evidenceDone), BulkCase(Fixtures.simpleCase("S-1"), lastChange: today.adding(days: -31)),
            BulkCase(Fixtures.simpleCase("S-3"), lastChange: today.adding(days: -30)),
            BulkCase(closedStale, lastChange: today.adding(days: -90)),
        ]
    }

    @Test("Review candidates are the open cases a review item could come from, by the indexed columns")
    func reviewCandidates() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        try store.insertCases(Self.reviewCases(), source: .generated)
        let all = try store.reviewCandidates(date: Self.today, user: nil).map(\.matter).sorted()
        // E-2 and H-2 are candidates for their pre-hearing filing deadlines, due within 14 days.
        #expect(all == ["C-1", "D-1", "E-1", "E-2", "H-1", "H-2", "S-1"])
        let mine = try store.reviewCandidates(date: Self.today, user: "mreyes").map(\.matter).sorted()
        #expect(mine == ["C-1", "E-1", "E-2", "H-1", "H-2", "S-1"])
        // The same from a read-only store, whose digests are two weeks old by then.
        let later = Self.today.adding(days: 14)
        let kiosk = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), readOnly: true, today: later)
        let fromKiosk = try kiosk.reviewCandidates(date: later, user: nil)
        let queue = DailyReview.queue(cases: fromKiosk, date: later, user: nil)
        #expect(!queue.contains { $0.matter == "H-1" && $0.section == .hearings })
        #expect(queue.contains { $0.matter == "H-2" && $0.section == .hearings })
    }

    @Test("The review queue from the candidates equals the queue from every case")
    func candidatesLoseNothing() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        try store.insertCases(Self.reviewCases(), source: .generated)
        for offset in [0, 3, 10, 35] {
            let day = Self.today.adding(days: offset)
            // Every case, with its digest computed afresh for that day.
            let everyCase = try store.caseSummaries(sortedBy: .matter).map { summary in
                let stored = try #require(try store.loadCase(matter: summary.matter))
                return ReviewCase(summary: CaseSummary(file: stored.file, lastChange: stored.lastChange, today: day,
                                                       engine: DeadlineEngine()))
            }
            let expected = DailyReview.queue(cases: everyCase, date: day, user: nil)
            let actual = DailyReview.queue(cases: try store.reviewCandidates(date: day, user: nil), date: day, user: nil)
            #expect(actual.map(\.id) == expected.map(\.id))
        }
    }

    @Test("Summaries sort by next deadline, name and matter")
    func summaries() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        var b = Fixtures.simpleCase("B", name: "Зоя")
        b.client.latinName = "Zoya"
        try store.insertCases([BulkCase(Fixtures.simpleCase("C", name: "anna")), BulkCase(b),
                               BulkCase(Fixtures.simpleCase("A", name: "Boris"))], source: .generated)
        #expect(try store.caseSummaries(sortedBy: .matter).map(\.matter) == ["A", "B", "C"])
        #expect(try store.caseSummaries(sortedBy: .name).map(\.matter) == ["C", "A", "B"])
        #expect(try store.caseSummaries(sortedBy: .nextDeadline).map(\.matter) == ["A", "B", "C"])
        #expect(try store.caseSummaries(sortedBy: .matter, offset: 1, limit: 1).map(\.matter) == ["B"])
        #expect(try store.caseListRows(sortedBy: .name).map(\.matter) == ["C", "A", "B"])
        let summary = try #require(try store.caseSummaries(sortedBy: .matter).first)
        #expect(summary.version == 1 && summary.isOpen && summary.lastChange == Self.today)
        #expect(summary.digest.computedFor == Self.today)
    }

    @Test("Digests are refreshed only when they no longer hold, and all of them when a deadline setting changes")
    func refresh() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        try store.insertCases(Self.reviewCases(), source: .generated)
        #expect(try store.refreshDigests(asOf: Self.today) == 0)
        let stale = try store.refreshDigests(asOf: Self.today.adding(days: 6))
        #expect(stale > 0 && stale < 9)
        #expect(try store.refreshDigests(asOf: Self.today.adding(days: 6)) == 0)
        try store.setMeritsFilingLeadDays(25)
        #expect(try store.refreshDigests(asOf: Self.today) == 0)
        let generations = try store.read { db in try Int.fetchAll(db, sql: #"SELECT DISTINCT digest_generation FROM "case""#) }
        #expect(generations == [2])
        #expect(try store.auditTrail(matter: "H-1").count == 1)
    }

    @Test("Bulk insert is all or nothing, audits each case with its source, and replaces with update")
    func bulk() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        var reports: [Int] = []
        let result = try store.insertCases((0..<2500).lazy.map { BulkCase(Fixtures.simpleCase("G-\($0)")) },
                                           source: .generated, progress: { reports.append($0) })
        #expect(result == BulkResult(inserted: 2500, replaced: 0))
        #expect(reports == [1000, 2000, 2500])
        #expect(try store.auditTrail(matter: "G-7").map(\.detail) == ["generated"])
        let clash = [BulkCase(Fixtures.simpleCase("NEW-1")), BulkCase(Fixtures.simpleCase("G-1"))]
        #expect(throws: StoreError.duplicateMatter(matter: "G-1")) {
            try store.insertCases(clash, source: .imported(file: "cases.json"))
        }
        #expect(try store.loadCase(matter: "NEW-1") == nil)
        let update = try store.insertCases(clash, source: .imported(file: "cases.json"), mode: .replaceExisting)
        #expect(update == BulkResult(inserted: 1, replaced: 1))
        let trail = try store.auditTrail(matter: "G-1")
        #expect(trail.map(\.detail) == ["generated", "imported from cases.json"])
        #expect(try store.loadCase(matter: "G-1")?.version == 2)
    }

    @Test("A matter twice in one bulk write: refused when inserting, the second replaces the first with update")
    func matterTwiceInOneWrite() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        var second = Fixtures.simpleCase("T-2")
        second.judge = "Judge Second"
        let cases = [BulkCase(Fixtures.simpleCase("T-1")), BulkCase(Fixtures.simpleCase("T-2")), BulkCase(second)]
        #expect(throws: StoreError.duplicateMatter(matter: "T-2")) {
            try store.insertCases(cases, source: .imported(file: "a.json"))
        }
        #expect(try store.caseCount() == 0)
        let result = try store.insertCases(cases, source: .imported(file: "a.json"), mode: .replaceExisting)
        #expect(result == BulkResult(inserted: 2, replaced: 1))
        #expect(try store.loadCase(matter: "T-2")?.file.judge == "Judge Second")
        #expect(try store.loadCase(matter: "T-2")?.version == 2)
        try store.integrityCheck()
    }

    @Test("An A-number twice in one bulk write is refused and nothing is written")
    func aNumberTwiceInOneWrite() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true, today: Self.today)
        let cases = (0..<700).map { BulkCase(Fixtures.simpleCase("N-\($0)")) }
            + [BulkCase(Fixtures.fullCase(matter: "F-1")), BulkCase(Fixtures.fullCase(matter: "F-2"))]
        #expect(throws: StoreError.duplicateANumber(aNumber: "A 234 567 890")) {
            try store.insertCases(cases, source: .imported(file: "a.json"))
        }
        #expect(try store.caseCount() == 0)
    }
}

