import CaseDomain
import GRDB

/// Keeps the per-case digests true for a date: recomputes only the cases whose digest does not hold for it,
/// or every case after a setting that moves deadlines changed.
struct DigestRefresher {
    let store: SQLiteCaseStore

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

    /// Recomputes the stale digests (every digest when `all`); returns how many were rewritten.
    @discardableResult
    func refresh(_ db: Database, asOf date: CivilDate, all: Bool) throws -> Int {
        let generation = try SettingsTable.generation(db)
        let ids = try Int64.fetchAll(db, sql: all ? #"SELECT id FROM "case""#
                                        : #"SELECT id FROM "case" WHERE "# + Self.staleCondition,
                                     arguments: all ? [] : [date.iso, generation])
        guard !ids.isEmpty else { return 0 }
        let rows = try CaseRows(db, today: date)
        let select = try db.cachedStatement(sql: "SELECT document FROM case_document WHERE case_id = ?")
        let update = try db.cachedStatement(sql: CaseRows.refreshSQL)
        for id in ids {
            guard let document = try String.fetchOne(select, arguments: [id]) else { continue }
            let file = try rows.codec.file(fromDocument: document)
            let (_, values) = try rows.digestValues(file)
            try update.execute(arguments: StatementArguments(values + [id]))
        }
        return ids.count
    }
}

extension SQLiteCaseStore {
    /// Recomputes the digests that do not hold on `date` (none when all are current: one indexed query).
    /// Not a change to any case: no version moves and no audit row is written. Returns how many were rewritten.
    @discardableResult
    public func refreshDigests(asOf date: CivilDate) throws -> Int {
        let anyStale = try read { db in
            try Bool.fetchOne(db, sql: DigestRefresher.anyStaleSQL,
                              arguments: [date.iso, try SettingsTable.generation(db)]) ?? false
        }
        guard anyStale else { return 0 }
        return try write { db in try DigestRefresher(store: self).refresh(db, asOf: date, all: false) }
    }
}
