import CaseDomain
import GRDB

extension SQLiteCaseStore {
    public func caseCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: #"SELECT count(*) FROM "case""#) ?? 0 }
    }

    /// One case with its version, or nil when the matter is unknown.
    public func loadCase(matter: String) throws -> StoredCase? {
        try loadCase(where: "c.matter = ?", matter)
    }

    /// One case with its version, or nil when no case has this id.
    public func loadCase(id: CaseID) throws -> StoredCase? {
        try loadCase(where: "c.uid = ?", id.rawValue)
    }

    private func loadCase(where condition: String, _ value: String) throws -> StoredCase? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: CaseRows.selectWithDocument(Self.storedCaseColumns,
                                                                                  where: condition),
                                             arguments: [value]) else { return nil }
            return try storedCase(row, codec: CaseCodec())
        }
    }

    /// Every case in matter order, one at a time (export): memory stays bounded by one case.
    public func forEachCase(_ body: (StoredCase) throws -> Void) throws {
        try read { db in
            let codec = CaseCodec()
            let cursor = try Row.fetchCursor(db, sql: CaseRows.selectWithDocument(Self.storedCaseColumns, where: "1")
                                                 + " ORDER BY c.matter")
            while let row = try cursor.next() { try body(try storedCase(row, codec: codec)) }
        }
    }

    private static let storedCaseColumns = "c.id, c.version, c.last_change_date, d.document"

    private func storedCase(_ row: Row, codec: CaseCodec) throws -> StoredCase {
        let date: String = row[2]
        let read = try codec.storedFile(fromDocument: row[3])
        return StoredCase(id: row[0], version: row[1], lastChange: try Self.civilDate(date), file: read.file,
                          refusedValues: read.refused)
    }

    /// One page of the case list (`limit` −1 for all).
    public func caseSummaries(sortedBy sort: CaseSort, offset: Int, limit: Int) throws -> [CaseSummary] {
        let today = try today()
        let current = try digestsCurrent(for: today)
        return try read { db in
            let reader = try SummaryReader(db, date: today, trustDigests: current)
            return try Row.fetchAll(db, sql: "SELECT \(SummaryReader.columns) FROM \"case\" ORDER BY \(Self.order(sort)) LIMIT ? OFFSET ?",
                                    arguments: [limit, offset]).map { try reader.summary($0) }
        }
    }

    /// The light rows of the whole list: no digest decoded, so 100,000 cases load in well under a second.
    /// `limit` rows at most (−1 for all): the dashboard draws the most urgent page first.
    /// Drawn from what is stored, stale digests included: the list never waits for a refresh
    /// (`refreshStaleDigests` brings them up to date after, and the rows it refreshed are read again).
    public func caseListRows(sortedBy sort: CaseSort, limit: Int) throws -> [CaseRow] {
        try read { db in
            // Row by row from the statement: a copy of every row first held 100,000 rows twice over.
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(Self.listColumns) FROM \"case\" ORDER BY \(Self.order(sort)) LIMIT ?",
                                             arguments: [limit])
            var rows: [CaseRow] = []
            while let row = try cursor.next() { rows.append(Self.listRow(row)) }
            return rows
        }
    }

    public func caseListRows(ids: Set<CaseID>) throws -> [CaseRow] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: "SELECT \(Self.listColumns) FROM \"case\" WHERE uid = ?")
            return try ids.sorted().compactMap { id in
                try Row.fetchOne(statement, arguments: [id.rawValue]).map(Self.listRow)
            }
        }
    }

    private static let listColumns = """
        matter, client_name, latin_name, a_number, nationality, paralegal, is_open, version,
        next_deadline_due, next_deadline_rule, is_detained, uid, search_keys, sort_name
        """

    /// By position: name lookups per column cost more than the rest of the row at 100,000 rows.
    private static func listRow(_ row: Row) -> CaseRow {
        CaseRow(matter: row[0], clientName: row[1], latinName: row[2],
                aNumber: (row[3] as String?).flatMap { ANumber(parsing: $0) },
                nationality: row[4], paralegal: row[5], isOpen: row[6], version: row[7],
                nextDeadlineDue: (row[8] as String?).flatMap { CivilDate(iso: $0) },
                nextDeadlineRule: (row[9] as String?).flatMap { RuleID(rawValue: $0) },
                isDetained: row[10], id: CaseID(row[11] as String), searchKeys: row[12], sortKey: row[13])
    }

    /// The open cases that could give a review item on `date` (docs/domain.md §Daily review), found through the
    /// indexed digest columns; only `user`'s cases when a login is given. In no particular order: the
    /// queue sorts its items. Each digest keeps only the deadlines the review lists on `date`.
    ///
    /// Stale digests are not written here: one whose basis reaches the date is carried to it in memory
    /// (`CaseDigest.rolled`, no document read), the others are computed from their documents. The
    /// dashboard's background refresh (`refreshStaleDigests`) is what brings the stored ones up to date.
    public func reviewCandidates(date: CivilDate, user: String?) throws -> [ReviewCase] {
        let current = !(try anyStaleDigest(asOf: date))
        return try read { db in
            let reader = ReviewCandidateReader(summaries: try SummaryReader(db, date: date, trustDigests: current))
            // One indexed lookup per review section, united: an OR over the columns would scan every case.
            var conditions = [
                "review_list_from <= :d",
                "next_appointment_date BETWEEN :d AND :hearingEnd",
                "is_detained = 1",
                "next_check_in BETWEEN :d AND :checkInEnd",
                "has_evidence_work = 1 AND next_individual_hearing BETWEEN :d AND :evidenceEnd",
                "last_change_date < :staleBefore",
            ]
            if !current {
                // A digest carried forward keeps only later appointments, so a stale row whose stored next
                // one has passed may still have one in the window: the lower bounds go. The rows whose
                // listing cannot be carried (other settings, computed for a later day, a basis that stops
                // short) all come: only they are read from their documents.
                conditions[1] = "next_appointment_date <= :hearingEnd"
                conditions[4] = "has_evidence_work = 1 AND next_individual_hearing <= :evidenceEnd"
                conditions += Self.uncarriedListingConditions
            }
            var arguments: [String: (any DatabaseValueConvertible)?] = [
                "d": date.iso,
                "hearingEnd": date.adding(days: DailyReview.hearingWindowDays).iso,
                "checkInEnd": date.adding(days: DailyReview.checkInWindowDays).iso,
                "evidenceEnd": date.adding(days: DailyReview.evidenceWindowDays).iso,
                "staleBefore": date.adding(days: -DailyReview.staleAfterDays).iso,
                "generation": try SettingsTable.generation(db),
                "dayNumber": date.dayNumber,
                "feeReachBefore": date.dayNumber - DigestBasis.feeListingGap,
            ]
            let lookups = conditions.map { "SELECT id FROM \"case\" WHERE is_open = 1 AND \($0)" }
            var sql = "SELECT \(ReviewCandidateReader.columns) FROM \"case\" WHERE id IN ("
                + lookups.joined(separator: " UNION ") + ")"
            if let user {
                sql += " AND (paralegal = :user OR attorney = :user)"
                arguments["user"] = user
            }
            // In the order of the rows (no ORDER BY: sorting whole rows costs SQLite more than the lookups).
            return try reader.read(try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments)))
        }
    }

    /// The rows whose stored digest's listing cannot be carried to day `:d` (day number `:dayNumber`) under
    /// settings generation `:generation`: `SummaryReader.listingBasis` in SQL, each an indexed lookup. A
    /// basis that stops after its own day (a fee anniversary) reaches `DigestBasis.feeListingGap` days
    /// further (`:feeReachBefore` is the day number less the gap); one that stops on its own day does not.
    static let uncarriedListingConditions = [
        "digest_computed_for > :d", "digest_generation < :generation", "digest_generation > :generation",
        "digest_rolls_through IS NULL", "digest_rolls_through < :feeReachBefore",
        // julianday less 2440587.5 is the day number (days since 1970-01-01), as `CivilDate` counts.
        "digest_rolls_through < :dayNumber AND digest_rolls_through <= julianday(digest_computed_for) - 2440587.5",
    ]

    /// Brings the digests up to date for `date` when this store may write; false when it may not (read-only),
    /// so readers must check each row.
    func digestsCurrent(for date: CivilDate) throws -> Bool {
        guard !isReadOnly else { return false }
        try refreshDigests(asOf: date)
        return true
    }

    static func order(_ sort: CaseSort) -> String {
        switch sort {
        case .nextDeadline: "deadline_sort_key, matter"
        case .name: "sort_name, matter"
        case .matter: "matter"
        }
    }

    static func civilDate(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw DocumentError.malformed("a date") }
        return date
    }
}
