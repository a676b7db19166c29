import CaseDomain
import CaseFormats
import GRDB

/// `check`'s reading of every stored case: SQLite's integrity check proves the file's structure, not that a
/// case's document still reads. Each case is decoded by the strict reader with its validation (`CaseValidation`), and
/// its stored digest read and compared with the one its document gives (docs/commands.md, check). Rows are
/// read in matter order, a batch at a time, and each batch is checked on every core.
struct CaseDataCheck {
    /// One case as the check needs it: plain values, so a batch can go to other threads.
    struct StoredRow: Sendable {
        let matter: String
        let document: String?
        let digest: String
        let computedFor: String
        let generation: Int
        /// The digest's basis (`digest_rolls_through`, `digest_later_dues`); nil in a row from before v5.
        let rollsThrough: Int?
        let laterDues: String?
    }

    /// Rows read before a batch is checked: enough to keep both cores busy, few enough to stay small.
    static let batchSize = 2048

    let codec = CaseCodec()
    let engine: DeadlineEngine
    /// The settings generation a current digest was computed with.
    let generation: Int

    init(_ db: Database) throws {
        engine = DeadlineEngine(settings: try SettingsTable.deadlineSettings(db))
        generation = try SettingsTable.generation(db)
    }

    /// The first damaged case in matter order, as `case "M": what is wrong`; nil when every case reads.
    func firstProblem(_ db: Database) throws -> String? {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT c.matter, d.document, c.digest, c.digest_computed_for, c.digest_generation,
                c.digest_rolls_through, c.digest_later_dues
            FROM "case" AS c LEFT JOIN case_document AS d ON d.case_id = c.id ORDER BY c.matter
            """)
        var batch: [StoredRow] = []
        batch.reserveCapacity(Self.batchSize)
        while let row = try cursor.next() {
            batch.append(StoredRow(matter: row[0], document: row[1], digest: row[2], computedFor: row[3],
                                   generation: row[4], rollsThrough: row[5], laterDues: row[6]))
            if batch.count == Self.batchSize {
                if let problem = firstProblem(in: batch) { return problem }
                batch.removeAll(keepingCapacity: true)
            }
        }
        return firstProblem(in: batch)
    }

    private func firstProblem(in batch: [StoredRow]) -> String? {
        let check = self
        let rows = batch
        let found = Parallel.mapChunks(count: rows.count, minimumChunk: 64) { range in
            range.lazy.compactMap { index in check.problem(in: rows[index]).map { (index, $0) } }.first
        }
        guard let (index, problem) = found.compactMap({ $0 }).first else { return nil }
        return "case \(TextSafety.quoted(rows[index].matter)): \(problem)"
    }

    /// What is wrong with one stored case, or nil.
    func problem(in row: StoredRow) -> String? {
        guard let document = row.document else { return "its document is missing" }
        // The strict reader runs every part of `CaseValidation` on what it reads (as on import), so a case
        // that decodes is a valid one, and a problem comes back with its field's path.
        let file: CaseFile
        do {
            // A value an earlier version accepted (a nationality `XX`) is not damage: the case opens with a notice.
            file = try CaseJSONDocument.file(from: document, source: "its document", formerlyAccepted: .read)
        } catch {
            return error.errors.first?.description ?? "its document does not decode"
        }
        if file.matter != row.matter {
            return "its document is of another matter (\(TextSafety.quoted(file.matter)))"
        }
        guard CaseDigest(compactText: row.digest) != nil else { return "its digest does not decode" }
        guard let computedFor = CivilDate(iso: row.computedFor) else { return "its digest's date does not read" }
        // A digest of older settings is stale, not damaged: the next list or review recomputes it.
        guard row.generation == generation else { return nil }
        let (digest, basis) = CaseDigest.computed(file: file, today: computedFor, engine: engine)
        if digest.compactText != row.digest {
            return "its digest does not match its document"
        }
        // A wrong basis would carry the digest to wrong later days: it must be the document's too.
        if let through = row.rollsThrough, let dues = row.laterDues,
           DigestBasis(rollsThrough: CivilDate(dayNumber: through), laterDuesText: dues) != basis {
            return "its digest's basis does not match its document"
        }
        return nil
    }
}
