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
        last_change_date, digest, digest_computed_for, digest_valid_through, digest_generation
        """

    init(_ db: Database, date: CivilDate, trustDigests: Bool) throws {
        self.db = db
        self.date = date
        self.trustDigests = trustDigests
        generation = try SettingsTable.generation(db)
        engine = DeadlineEngine(settings: try SettingsTable.deadlineSettings(db))
    }

    func summary(_ row: Row) throws -> CaseSummary {
        CaseSummary(matter: row["matter"], clientName: row["client_name"], latinName: row["latin_name"],
                    aNumber: (row["a_number"] as String?).flatMap { ANumber(parsing: $0) },
                    nationality: row["nationality"], paralegal: row["paralegal"], attorney: row["attorney"],
                    isOpen: row["is_open"], version: row["version"],
                    lastChange: try SQLiteCaseStore.civilDate(row["last_change_date"]), digest: try digest(row))
    }

    private func digest(_ row: Row) throws -> CaseDigest {
        if trustDigests || isValid(row) { return try codec.digest(fromText: row["digest"]) }
        let id: Int64 = row["id"]
        guard let document = try String.fetchOne(db, sql: #"SELECT document FROM "case" WHERE id = ?"#,
                                                 arguments: [id]) else {
            throw DocumentError.malformed("a case row")
        }
        return CaseDigest(file: try codec.file(fromDocument: document), today: date, engine: engine)
    }

    private func isValid(_ row: Row) -> Bool {
        let from: String = row["digest_computed_for"]
        let through: String = row["digest_valid_through"]
        let rowGeneration: Int = row["digest_generation"]
        return from <= date.iso && date.iso <= through && rowGeneration == generation
    }
}
