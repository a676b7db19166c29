import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Stale digests: carried forward, refreshed in short batches, never blocking a list")
struct DigestRefreshTests {
    static let today = QueryTests.today

    /// The review's cases and enough others to need several batches.
    static func manyCases() -> [BulkCase] {
        QueryTests.reviewCases() + (1...(DigestRefresher.batchSize + 40)).map { index in
            var file = Fixtures.simpleCase("M-\(index)", name: "Client \(index)")
            file.events = [
                TimelineEvent(kind: .i589Filed, date: today.adding(days: -400 + index % 300)),
                TimelineEvent(kind: .masterHearing, date: today.adding(days: index % 45)),
            ]
            return BulkCase(file)
        }
    }

    /// A store made on `today` and opened again as of `later`.
    func store(in folder: TemporaryFolder, later: CivilDate) throws -> SQLiteCaseStore {
        let path = folder.file("s.sqlite")
        let first = try SQLiteCaseStore.open(path: path, create: true, today: Self.today)
        try first.insertCases(Self.manyCases(), source: .generated)
        return try SQLiteCaseStore.open(path: path, today: later)
    }

    @Test("Refreshed digests equal those computed from each document, and the refresh is no change", arguments: [1, 6, 31, 45])
    func refreshedEqualsComputed(days: Int) throws {
        let folder = try TemporaryFolder()
        let store = try store(in: folder, later: Self.today.adding(days: days))
        let token = try store.changeToken()
        let refreshed = try store.refreshDigests(asOf: Self.today.adding(days: days))
        #expect(refreshed > 0)
        #expect(try store.refreshDigests(asOf: Self.today.adding(days: days)) == 0)
        // `check` recomputes every digest from its document for the day it was computed for.
        try store.integrityCheck()
        #expect(try store.changeToken() == token)
        let carried = try store.read { db in
            try Int.fetchOne(db, sql: #"SELECT count(*) FROM "case" WHERE digest_rolls_through IS NULL"#)
        }
        #expect(carried == 0)
    }

    @Test("A pass walks the stale cases a batch at a time and names each of them once")
    func batches() throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: 31)
        let store = try store(in: folder, later: later)
        var cursor: DigestRefreshCursor?
        var seen = Set<CaseID>(), steps = 0
        repeat {
            let step = try store.refreshStaleDigests(asOf: later, after: cursor)
            #expect(step.refreshed.count <= DigestRefresher.batchSize)
            #expect(seen.isDisjoint(with: step.refreshed))
            seen.formUnion(step.refreshed)
            cursor = step.cursor
            steps += 1
        } while cursor != nil
        #expect(steps >= 2)
        #expect(seen.count == Self.manyCases().count)
        #expect(try store.refreshStaleDigests(asOf: later, after: nil) == DigestRefreshStep(refreshed: [], cursor: nil))
    }

    @Test("The list is drawn from what is stored: it refreshes nothing")
    func listDoesNotRefresh() throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: 31)
        let store = try store(in: folder, later: later)
        #expect(try store.caseListRows(sortedBy: .nextDeadline, limit: 300).count == 300)
        #expect(try store.caseListRows(sortedBy: .nextDeadline).count == Self.manyCases().count)
        #expect(try store.anyStaleDigest(asOf: later))
    }

    @Test("The review carried in memory equals the review after the stored digests are refreshed", arguments: [1, 14, 31, 60])
    func reviewCarried(days: Int) throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: days)
        let store = try store(in: folder, later: later)
        let before = try store.reviewQueue(date: later, user: nil, viewer: "mreyes")
        #expect(try store.anyStaleDigest(asOf: later), "the review writes nothing")
        try store.refreshDigests(asOf: later)
        let after = try store.reviewQueue(date: later, user: nil, viewer: "mreyes")
        #expect(before == after)
        #expect(!after.items.isEmpty)
    }
}
