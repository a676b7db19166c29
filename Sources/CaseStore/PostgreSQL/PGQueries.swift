import CaseDomain

/// Reading cases on PostgreSQL: the SQLite store's queries, in PostgreSQL's dialect.
enum PGQueries {
    static func civilDate(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw DocumentError.malformed("a date") }
        return date
    }

    /// `LIMIT $n` takes NULL for "all" (the protocol's −1).
    static func limit(_ value: Int) -> String? { value < 0 ? nil : String(value) }

    static let storedCaseColumns = "c.id, c.version, c.last_change_date, d.document"

    static func storedCase(_ row: PQRow, codec: CaseCodec) throws -> StoredCase {
        let read = try codec.storedFile(fromDocument: try row.text("document"))
        return StoredCase(id: try row.int64("id"), version: try row.int("version"),
                          lastChange: try civilDate(try row.text("last_change_date")), file: read.file,
                          refusedValues: read.refused)
    }

    static let listColumns = """
        matter, client_name, latin_name, a_number, nationality, paralegal, is_open, version,
        next_deadline_due, next_deadline_rule, is_detained, uid, search_keys, sort_name
        """

    static func listRow(_ row: PQRow) throws -> CaseRow {
        CaseRow(matter: try row.text("matter"), clientName: try row.text("client_name"), latinName: row.optional("latin_name"),
                aNumber: row.optional("a_number").flatMap { ANumber(parsing: $0) },
                nationality: row.optional("nationality"), paralegal: row.optional("paralegal"),
                isOpen: try row.bool("is_open"), version: try row.int("version"),
                nextDeadlineDue: row.optional("next_deadline_due").flatMap { CivilDate(iso: $0) },
                nextDeadlineRule: row.optional("next_deadline_rule").flatMap { RuleID(rawValue: $0) },
                isDetained: try row.bool("is_detained"), id: CaseID(try row.text("uid")),
                searchKeys: try row.text("search_keys"), sortKey: try row.text("sort_name"))
    }
}

extension PostgresCaseStore {
    func caseCount() throws -> Int {
        try read { db in try db.execute(#"SELECT count(*) AS n FROM "case""#).first?.int("n") ?? 0 }
    }

    func loadCase(matter: String) throws -> StoredCase? { try loadCase(where: "c.matter = $1", matter) }

    func loadCase(id: CaseID) throws -> StoredCase? { try loadCase(where: "c.uid = $1", id.rawValue) }

    private func loadCase(where condition: String, _ value: String) throws -> StoredCase? {
        try read { db in
            try db.execute(CaseRows.selectWithDocument(PGQueries.storedCaseColumns, where: condition), [value]).first
                .map { try PGQueries.storedCase($0, codec: CaseCodec()) }
        }
    }

    /// Every case in matter order through a server-side cursor, a page at a time: memory stays bounded.
    func forEachCase(_ body: (StoredCase) throws -> Void) throws {
        try read { db in
            let codec = CaseCodec()
            try db.execute("DECLARE every_case NO SCROLL CURSOR FOR "
                           + CaseRows.selectWithDocument(PGQueries.storedCaseColumns, where: "true") + " ORDER BY c.matter")
            while true {
                let page = try db.execute("FETCH 200 FROM every_case")
                guard page.count > 0 else { break }
                for row in page { try body(try PGQueries.storedCase(row, codec: codec)) }
            }
            try db.execute("CLOSE every_case")
        }
    }

    func caseSummaries(sortedBy sort: CaseSort, offset: Int, limit: Int) throws -> [CaseSummary] {
        let today = try today()
        let current = try digestsCurrent(for: today)
        return try read { db in
            let reader = try PGSummaryReader(db, date: today, trustDigests: current)
            return try db.execute("SELECT \(PGSummaryReader.columns) FROM \"case\" ORDER BY \(SQLiteCaseStore.order(sort)) "
                                  + "LIMIT $1 OFFSET $2", [PGQueries.limit(limit), String(max(0, offset))])
                .map { try reader.summary($0) }
        }
    }

    func caseListRows(sortedBy sort: CaseSort, limit: Int) throws -> [CaseRow] {
        try read { db in
            try db.execute("SELECT \(PGQueries.listColumns) FROM \"case\" ORDER BY \(SQLiteCaseStore.order(sort)) LIMIT $1",
                           [PGQueries.limit(limit)]).map(PGQueries.listRow)
        }
    }

    func caseListRows(ids: Set<CaseID>) throws -> [CaseRow] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            // One statement for the lot: the ids as one array parameter.
            try db.execute("SELECT \(PGQueries.listColumns) FROM \"case\" WHERE uid = ANY($1::text[])",
                           [pqArray(ids.sorted().map(\.rawValue))]).map(PGQueries.listRow)
        }
    }

    /// Brings the digests up to date for `date` when this store may write; false when it may not.
    func digestsCurrent(for date: CivilDate) throws -> Bool {
        guard !isReadOnly else { return false }
        try refreshDigests(asOf: date)
        return true
    }

    /// As on SQLite: an A-number held (the unique key answers), then the same name (compared in Swift) and
    /// birth date; only a name match loads its document.
    func possibleDuplicates(of file: CaseFile) throws -> [DuplicateClient] {
        try read { db in
            var found: [CaseID: DuplicateClient] = [:]
            let numbers = file.aNumbers
            for number in numbers {
                guard let row = try db.execute("""
                    SELECT c.uid, c.matter, c.client_name FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id
                    WHERE n.digits = $1
                    """, [number.digits]).first, let id = CaseID(try row.text("uid")), id != file.id else { continue }
                found[id] = DuplicateClient(caseID: id, matter: try row.text("matter"),
                                            clientName: try row.text("client_name"), reason: .sameANumber)
            }
            if let birthDate = file.client.birthDate {
                let name = SQLiteCaseStore.comparableName(file.client.name)
                let codec = CaseCodec()
                for row in try db.execute(#"SELECT id, uid, matter, client_name FROM "case""#) {
                    guard SQLiteCaseStore.comparableName(try row.text("client_name")) == name,
                          let id = CaseID(try row.text("uid")), id != file.id, found[id] == nil,
                          let document = try db.execute("SELECT document FROM case_document WHERE case_id = $1",
                                                        [try row.text("id")]).first?.optional("document"),
                          try codec.file(fromDocument: document).client.birthDate == birthDate else { continue }
                    found[id] = DuplicateClient(caseID: id, matter: try row.text("matter"),
                                                clientName: try row.text("client_name"), reason: .sameNameAndBirthDate)
                }
            }
            return found.values.sorted { Array($0.matter.utf8).lexicographicallyPrecedes(Array($1.matter.utf8)) }
        }
    }
}

/// Case rows as summaries, recomputing in memory a digest that does not hold for the date
/// (`SummaryReader`'s rules).
struct PGSummaryReader {
    let db: PQConnection
    let date: CivilDate
    let trustDigests: Bool
    let generation: Int
    let codec = CaseCodec()
    let engine: DeadlineEngine

    static let columns = """
        id, matter, client_name, latin_name, a_number, nationality, paralegal, attorney, is_open, version, \
        last_change_date, digest, digest_computed_for, digest_valid_through, digest_generation, uid, \
        digest_rolls_through, digest_later_dues
        """

    init(_ db: PQConnection, date: CivilDate, trustDigests: Bool) throws {
        self.db = db
        self.date = date
        self.trustDigests = trustDigests
        generation = try PGSettings.generation(db)
        engine = DeadlineEngine(settings: try PGSettings.deadlineSettings(db))
    }

    func summary(_ row: PQRow) throws -> CaseSummary {
        CaseSummary(matter: try row.text("matter"), clientName: try row.text("client_name"),
                    latinName: row.optional("latin_name"), aNumber: row.optional("a_number").flatMap { ANumber(parsing: $0) },
                    nationality: row.optional("nationality"), paralegal: row.optional("paralegal"),
                    attorney: row.optional("attorney"), isOpen: try row.bool("is_open"), version: try row.int("version"),
                    lastChange: try PGQueries.civilDate(try row.text("last_change_date")), digest: try digest(row),
                    id: CaseID(try row.text("uid")))
    }

    private func digest(_ row: PQRow) throws -> CaseDigest {
        let holds = try holds(row)
        if trustDigests || holds {
            guard let digest = CaseDigest(compactText: try row.text("digest")) else {
                throw DocumentError.malformed("a case digest")
            }
            return digest
        }
        return try recomputedDigest(caseID: try row.int64("id"))
    }

    func holds(_ row: PQRow) throws -> Bool {
        let from = try row.text("digest_computed_for"), through = try row.text("digest_valid_through")
        let rowGeneration = try row.int("digest_generation")
        return from <= date.iso && date.iso <= through && rowGeneration == generation
    }

    /// The stored basis of a digest that does not hold for `date`, when it carries what the review lists
    /// there without the document (`CaseDigest.rolledListing`): same settings, computed before the date,
    /// its listing reaching it (`SummaryReader.listingBasis`; the review query's uncarried conditions are
    /// the same test in SQL).
    func listingBasis(_ row: PQRow) throws -> DigestBasis? {
        let from = try row.text("digest_computed_for")
        guard try row.int("digest_generation") == generation, from <= date.iso,
              let through = row.optionalInt("digest_rolls_through"), let dues = row.optional("digest_later_dues"),
              let computedFor = CivilDate(iso: from),
              let basis = DigestBasis(rollsThrough: CivilDate(dayNumber: through), laterDuesText: dues),
              date <= basis.listingReach(computedFor: computedFor) else { return nil }
        return basis
    }

    func recomputedDigest(caseID id: Int64) throws -> CaseDigest {
        guard let document = try db.execute("SELECT document FROM case_document WHERE case_id = $1", [String(id)])
            .first?.optional("document") else { throw DocumentError.malformed("a case row") }
        return CaseDigest(file: try codec.file(fromDocument: document), today: date, engine: engine)
    }
}
