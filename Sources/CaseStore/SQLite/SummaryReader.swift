import CaseDomain
import GRDB

/// Turns case rows into summaries, recomputing in memory a digest that does not hold for the date (a
/// read-only store cannot refresh them).
struct SummaryReader {
    let db: Database
    let date: CivilDate
    let trustDigests: Bool
    let generation: Int
    let codec = CaseCodec()
    let engine: DeadlineEngine

    static let columns = """
        id, matter, client_name, latin_name, a_number, nationality, paralegal, attorney, is_open, version, \
        last_change_date, digest, digest_computed_for, digest_valid_through, digest_generation, uid
        """

    init(_ db: Database, date: CivilDate, trustDigests: Bool) throws {
        self.db = db
        self.date = date
        self.trustDigests = trustDigests
        generation = try SettingsTable.generation(db)
        engine = DeadlineEngine(settings: try SettingsTable.deadlineSettings(db))
    }

    /// Reads a row of `columns` by position: looking columns up by name costs more than the rest of the row.
    func summary(_ row: Row) throws -> CaseSummary {
        CaseSummary(matter: row[1], clientName: row[2], latinName: row[3],
                    aNumber: (row[4] as String?).flatMap { ANumber(parsing: $0) },
                    nationality: row[5], paralegal: row[6], attorney: row[7],
                    isOpen: row[8], version: row[9],
                    lastChange: try SQLiteCaseStore.civilDate(row[10]), digest: try digest(row),
                    id: CaseID(row[15] as String))
    }

    private func digest(_ row: Row) throws -> CaseDigest {
        if trustDigests || isValid(row) {
            return try codec.digest(fromText: row[11])
        }
        return try recomputedDigest(caseID: row[0])
    }

    /// The digest for `date` computed from the case's document, when the stored one does not hold for it.
    func recomputedDigest(caseID id: Int64) throws -> CaseDigest {
        try recomputer.digest(fromDocument: try document(caseID: id))
    }

    /// The case's stored document, to be read and digested by `recomputer` on any thread.
    func document(caseID id: Int64) throws -> String {
        let statement = try db.cachedStatement(sql: "SELECT document FROM case_document WHERE case_id = ?")
        guard let document = try String.fetchOne(statement, arguments: [id]) else {
            throw DocumentError.malformed("a case row")
        }
        return document
    }

    /// What computes a digest for `date` from a document, away from the database.
    var recomputer: DigestRecomputer { DigestRecomputer(codec: codec, date: date, engine: engine) }

    /// The stored basis of a digest that does not hold for `date`, when it carries what the review lists
    /// there without the document (`CaseDigest.rolledListing`): same settings, computed before the date,
    /// its listing reaching it. `SQLiteCaseStore.uncarriedListingConditions` is the same test in SQL.
    func listingBasis(computedFor from: String, generation rowGeneration: Int, rollsThrough: Int?,
                      laterDues: String?) -> DigestBasis? {
        guard rowGeneration == generation, from <= date.iso, let rollsThrough, let laterDues,
              let computedFor = CivilDate(iso: from),
              let basis = DigestBasis(rollsThrough: CivilDate(dayNumber: rollsThrough), laterDuesText: laterDues),
              date <= basis.listingReach(computedFor: computedFor) else { return nil }
        return basis
    }

    private func isValid(_ row: Row) -> Bool {
        storedDigestHolds(computedFor: row[12], validThrough: row[13], generation: row[14])
    }

    /// Whether a stored digest (its row's `digest_computed_for`, `digest_valid_through` and
    /// `digest_generation`) holds for `date` under the current settings.
    func storedDigestHolds(computedFor from: String, validThrough through: String, generation rowGeneration: Int) -> Bool {
        from <= date.iso && date.iso <= through && rowGeneration == generation
    }
}

/// Computes a case's digest for a date from its stored document: the costly part of a stale row (the whole
/// document is read), so the review runs it on other cores while SQLite goes on stepping.
struct DigestRecomputer: Sendable {
    let codec: CaseCodec
    let date: CivilDate
    let engine: DeadlineEngine

    func digest(fromDocument document: String) throws -> CaseDigest {
        CaseDigest(file: try codec.file(fromDocument: document), today: date, engine: engine)
    }
}
