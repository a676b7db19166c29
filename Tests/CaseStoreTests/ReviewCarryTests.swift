import CaseDomain
import CaseSamples
import GRDB
import Testing
@testable import CaseStore

@Suite("The review a month or a year later: listings carried past fee anniversaries, documents read only when needed")
struct ReviewCarryTests {
    static let today = QueryTests.today

    /// A generated store (hearings, fees, clock stops, custody) written on `today` and opened on `later`.
    func store(in folder: TemporaryFolder, later: CivilDate) throws -> SQLiteCaseStore {
        let path = folder.file("s.sqlite")
        let first = try SQLiteCaseStore.open(path: path, create: true, today: Self.today)
        let cases = SyntheticCases(count: 1_500, seed: 23, today: Self.today)
        try first.insertCases(cases.map { BulkCase($0.file, lastChange: $0.lastChange) }, source: .generated)
        return try SQLiteCaseStore.open(path: path, today: later)
    }

    @Test("The review with stored digests carried equals the review after every digest is refreshed",
          arguments: [1, 31, 100, 200, 334, 335, 400])
    func carriedEqualsRefreshed(days: Int) throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: days)
        let store = try store(in: folder, later: later)
        let carried = try store.reviewQueue(date: later, user: nil, viewer: "mreyes")
        #expect(try store.anyStaleDigest(asOf: later), "the review writes nothing")
        try store.refreshDigests(asOf: later)
        let refreshed = try store.reviewQueue(date: later, user: nil, viewer: "mreyes")
        #expect(carried == refreshed)
        #expect(carried.items.count > 100)
    }

    @Test("The rows the candidate query sends to their documents are exactly those whose listing cannot be carried",
          arguments: [1, 31, 200, 340, 400])
    func sqlChoiceAgrees(days: Int) throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: days)
        let store = try store(in: folder, later: later)
        let (inSQL, inSwift, total) = try store.read { db in
            let reader = try SummaryReader(db, date: later, trustDigests: false)
            let arguments: StatementArguments = [
                "d": later.iso, "dayNumber": later.dayNumber, "generation": reader.generation,
                "feeReachBefore": later.dayNumber - DigestBasis.feeListingGap,
            ]
            let lookups = SQLiteCaseStore.uncarriedListingConditions.map { #"SELECT id FROM "case" WHERE \#($0)"# }
            let inSQL = Set(try Int64.fetchAll(db, sql: lookups.joined(separator: " UNION "), arguments: arguments))
            var inSwift = Set<Int64>(), total = 0
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, digest_computed_for, digest_valid_through, digest_generation, digest_rolls_through,
                    digest_later_dues FROM "case"
                """)
            while let row = try rows.next() {
                total += 1
                // A digest that holds needs no carrying; the query's other lookups choose among those.
                if reader.storedDigestHolds(computedFor: row[1], validThrough: row[2], generation: row[3]) { continue }
                if reader.listingBasis(computedFor: row[1], generation: row[3], rollsThrough: row[4],
                                       laterDues: row[5]) == nil {
                    inSwift.insert(row[0])
                }
            }
            return (inSQL, inSwift, total)
        }
        // Rows whose digest still holds may match the query (their basis stops short) and are read from
        // what is stored all the same; every stale row is in the query exactly when Swift would read it.
        let holding = try store.read { db in
            Set(try Int64.fetchAll(db, sql: #"SELECT id FROM "case" WHERE digest_valid_through >= ? AND digest_computed_for <= ?"#,
                                   arguments: [later.iso, later.iso]))
        }
        #expect(inSQL.subtracting(holding) == inSwift)
        #expect(inSwift.count < total)
        if days >= 31 { #expect(!inSwift.isEmpty) }
    }

    @Test("The header's counts equal the counts of the queue they stand for, in each scope")
    func countsEqualQueue() throws {
        let folder = try TemporaryFolder()
        let later = Self.today.adding(days: 31)
        let store = try store(in: folder, later: later)
        let everyone = try store.reviewQueue(date: later, user: nil, viewer: "mreyes").items
        // Marks by a paralegal on their own cases and on others', and by a login with no cases.
        for (index, item) in everyone.enumerated() where index % 7 == 0 {
            try store.markReviewed(itemID: item.id, user: index % 2 == 0 ? "mreyes" : "nobody", date: later)
        }
        for (user, viewer, firm) in [("mreyes", "mreyes", true), ("aokafor", "aokafor", false),
                                     ("nobody", "nobody", true), ("nobody", "nobody", false)] as [(String, String, Bool)] {
            let queue = try store.reviewQueue(date: later, user: user, viewer: viewer, firmWhenNoCases: firm)
            let counts = try store.reviewCounts(date: later, user: user, viewer: viewer, firmWhenNoCases: firm)
            #expect(counts.total == queue.items.count, "\(user) \(firm)")
            #expect(counts.reviewed == queue.reviewedCount, "\(user) \(firm)")
            #expect(counts.scope == queue.scope)
        }
        let queue = try store.reviewQueue(date: later, user: nil, viewer: "nobody")
        let counts = try store.reviewCounts(date: later, user: nil, viewer: "nobody")
        #expect((counts.total, counts.reviewed) == (queue.items.count, queue.reviewedCount))
        #expect(queue.reviewedCount > 0)
        #expect(try store.reviewQueue(date: later, user: "nobody", viewer: "nobody", firmWhenNoCases: true)
                    .reviewedCount > 0)
    }
}
