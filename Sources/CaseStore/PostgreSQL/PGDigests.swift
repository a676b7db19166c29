import CaseDomain

extension StaleBatch {
    /// A batch of stale digests read from PostgreSQL, in row id order after `cursor`.
    init(_ db: PQConnection, date: CivilDate, after cursor: Int64, limit: Int) throws {
        self.date = date
        generation = try PGSettings.generation(db)
        engine = DeadlineEngine(settings: try PGSettings.deadlineSettings(db))
        var rows: [StaleRow] = []
        for row in try db.execute(PGDigests.staleRowsSQL, [date.iso, String(generation), String(cursor), String(limit)]) {
            let id = try row.int64("id")
            var carried: (CaseDigest, DigestBasis)?
            if try row.int("digest_generation") == generation, let through = row.optionalInt("digest_rolls_through"),
               let dues = row.optional("digest_later_dues"),
               let basis = DigestBasis(rollsThrough: CivilDate(dayNumber: through), laterDuesText: dues),
               let rolled = CaseDigest(compactText: try row.text("digest"))?.rolled(to: date, basis: basis) {
                carried = (rolled, basis.carried(to: date))
            }
            let document = carried == nil
                ? try db.execute("SELECT document FROM case_document WHERE case_id = $1", [String(id)]).first?.optional("document")
                : nil
            guard carried != nil || document != nil else { throw DocumentError.malformed("a case row") }
            rows.append(StaleRow(id: id, uid: try row.text("uid"), version: try row.int("version"), carried: carried,
                                 document: document))
        }
        self.rows = rows
    }
}

/// The digest refresh's statements on PostgreSQL (`DigestRefresher`'s).
enum PGDigests {
    static let staleCondition =
        "(digest_valid_through < $1 OR digest_computed_for > $1 OR digest_generation <> $2::integer)"

    static let anyStaleSQL = """
        SELECT EXISTS (SELECT 1 FROM "case" WHERE digest_valid_through < $1)
            OR EXISTS (SELECT 1 FROM "case" WHERE digest_computed_for > $1)
            OR EXISTS (SELECT 1 FROM "case" WHERE digest_generation <> $2::integer) AS stale
        """

    static let staleRowsSQL = """
        SELECT id, uid, version, digest, digest_computed_for, digest_generation, digest_rolls_through,
            digest_later_dues FROM "case" WHERE id > $3::bigint AND
        """ + staleCondition + " ORDER BY id LIMIT $4::bigint"
}

extension PostgresCaseStore {
    /// Brings every digest that does not hold on `date` up to date, a short transaction per batch.
    @discardableResult
    func refreshDigests(asOf date: CivilDate) throws -> Int {
        guard try anyStaleDigest(asOf: date) else { return 0 }
        var count = 0
        var cursor: Int64 = 0
        while true {
            let step = try refreshStep(asOf: date, after: cursor)
            count += step.refreshed.count
            guard let next = step.cursor else { return count }
            cursor = next.rowID
        }
    }

    func refreshStaleDigests(asOf date: CivilDate, after cursor: DigestRefreshCursor?) throws -> DigestRefreshStep {
        if cursor == nil, !(try anyStaleDigest(asOf: date)) { return DigestRefreshStep(refreshed: [], cursor: nil) }
        return try refreshStep(asOf: date, after: cursor?.rowID ?? 0)
    }

    /// One batch: read and recomputed with no lock held, written in one short transaction at each row's
    /// version (a row changed meanwhile keeps its newer digest). Not a change: no audit row, no notification.
    private func refreshStep(asOf date: CivilDate, after cursor: Int64) throws -> DigestRefreshStep {
        let batch = try read { db in try StaleBatch(db, date: date, after: cursor, limit: DigestRefresher.batchSize) }
        guard let last = batch.rows.last?.id else { return DigestRefreshStep(refreshed: [], cursor: nil) }
        let computed = batch.computed()
        if !isReadOnly {
            try writeRollingBack({ true }, notifying: false) { db in
                guard try PGSettings.generation(db) == batch.generation else { return }
                for (row, result) in zip(batch.rows, computed) {
                    let (digest, basis) = try result.get()
                    let values = CaseRows.digestValues(of: digest, basis: basis, generation: batch.generation).map(pqText)
                    try db.execute(PGCaseRows.refreshSQL, values + [String(row.id), String(row.version)])
                }
            }
        }
        return DigestRefreshStep(refreshed: Set(batch.rows.compactMap { CaseID($0.uid) }),
                                 cursor: DigestRefreshCursor(rowID: last))
    }

    func anyStaleDigest(asOf date: CivilDate) throws -> Bool {
        try read { db in
            try db.execute(PGDigests.anyStaleSQL, [date.iso, String(try PGSettings.generation(db))]).first?.bool("stale") ?? false
        }
    }
}
