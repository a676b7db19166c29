import CaseDomain
import GRDB

/// Keeps the per-case digests true for a date, a batch at a time: each batch is read and recomputed with
/// no lock held, then written in one short transaction (a few milliseconds), so other users' commands and
/// saves go on between batches. A digest whose stored basis reaches the date is carried forward without
/// its document (`CaseDigest.rolled`); the others, and all of them after a setting that moves deadlines,
/// are computed from the document.
struct DigestRefresher {
    let store: SQLiteCaseStore

    /// Rows per batch: their writes hold the lock for milliseconds, well under the 100 ms a batch may take.
    static let batchSize = 512

    /// The condition under which a row's digest does not hold on date `?1` with settings generation `?2`.
    static let staleCondition =
        "(digest_valid_through < ?1 OR digest_computed_for > ?1 OR digest_generation <> ?2)"

    /// Whether any row's digest does not hold on date `?1` with settings generation `?2`: one indexed probe
    /// for each way a digest goes stale (`staleCondition` as one query would scan every case).
    static let anyStaleSQL = """
        SELECT EXISTS (SELECT 1 FROM "case" WHERE digest_valid_through < ?1)
            OR EXISTS (SELECT 1 FROM "case" WHERE digest_computed_for > ?1)
            OR EXISTS (SELECT 1 FROM "case" WHERE digest_generation < ?2)
            OR EXISTS (SELECT 1 FROM "case" WHERE digest_generation > ?2)
        """

    /// The next stale rows after a row id, in row id order: successive batches walk the table once.
    static let staleRowsSQL = """
        SELECT id, uid, version, digest, digest_computed_for, digest_generation, digest_rolls_through,
            digest_later_dues FROM "case" WHERE id > ?3 AND 
        """ + staleCondition + " ORDER BY id LIMIT ?4"

    static let updateSQL: String = {
        #"UPDATE "case" SET "# + CaseRows.digestColumns.map { "\($0) = ?" }.joined(separator: ", ")
            + " WHERE id = ? AND version = ?"
    }()

    /// Brings the next batch of stale digests after `cursor` up to date for `date`.
    func step(asOf date: CivilDate, after cursor: Int64) throws -> DigestRefreshStep {
        let batch = try store.read { db in try StaleBatch(db, date: date, after: cursor, limit: Self.batchSize) }
        guard let last = batch.rows.last?.id else { return DigestRefreshStep(refreshed: [], cursor: nil) }
        let computed = batch.computed()
        try store.write { db in
            guard try SettingsTable.generation(db) == batch.generation else { return }
            let update = try db.cachedStatement(sql: Self.updateSQL)
            for (row, result) in zip(batch.rows, computed) {
                let (digest, basis) = try result.get()
                try update.execute(arguments: StatementArguments(
                    CaseRows.digestValues(of: digest, basis: basis, generation: batch.generation) + [row.id, row.version]))
            }
        }
        return DigestRefreshStep(refreshed: Set(batch.rows.compactMap { CaseID($0.uid) }),
                                 cursor: DigestRefreshCursor(rowID: last))
    }
}

/// Where a pass over the stale digests has got to.
public struct DigestRefreshCursor: Hashable, Sendable {
    let rowID: Int64
}

/// What one batch of a digest refresh did.
public struct DigestRefreshStep: Hashable, Sendable {
    /// The cases whose stored digest was stale when the batch began (refreshed by it, or meanwhile by a
    /// change or another process): a screen reads their rows again.
    public var refreshed: Set<CaseID>
    /// Where the next batch starts; nil when the pass is done.
    public var cursor: DigestRefreshCursor?
}

extension SQLiteCaseStore {
    /// Brings every digest that does not hold on `date` up to date (none when all are current: one indexed
    /// query), a short transaction per batch. Not a change to any case: no version moves and no audit row is
    /// written. Returns how many were rewritten.
    @discardableResult
    public func refreshDigests(asOf date: CivilDate) throws -> Int {
        guard try anyStaleDigest(asOf: date) else { return 0 }
        var count = 0
        var cursor = DigestRefreshCursor(rowID: 0)
        while true {
            let step = try DigestRefresher(store: self).step(asOf: date, after: cursor.rowID)
            count += step.refreshed.count
            guard let next = step.cursor else { return count }
            cursor = next
        }
    }

    /// One batch of `refreshDigests`, from `cursor` (nil to start a pass): what a screen runs in the
    /// background after its first frame, reading the refreshed cases' rows again after each.
    public func refreshStaleDigests(asOf date: CivilDate, after cursor: DigestRefreshCursor?) throws -> DigestRefreshStep {
        if cursor == nil, !(try anyStaleDigest(asOf: date)) { return DigestRefreshStep(refreshed: [], cursor: nil) }
        return try DigestRefresher(store: self).step(asOf: date, after: cursor?.rowID ?? 0)
    }

    func anyStaleDigest(asOf date: CivilDate) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: DigestRefresher.anyStaleSQL,
                              arguments: [date.iso, try SettingsTable.generation(db)]) ?? false
        }
    }
}
