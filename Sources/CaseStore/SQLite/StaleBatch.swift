import CaseDomain
import Dispatch
import GRDB

/// A batch of stale digests as read (no lock held), with the documents of those that cannot be carried
/// forward; recomputed on every core.
struct StaleBatch: Sendable {
    struct StaleRow: Sendable {
        let id: Int64
        let uid: String
        let version: Int
        /// The stored digest carried to the date, and its basis, when that needs no document.
        let carried: (CaseDigest, DigestBasis)?
        /// The document, when it cannot.
        let document: String?
    }

    let date: CivilDate
    let generation: Int
    let engine: DeadlineEngine
    let rows: [StaleRow]

    init(_ db: Database, date: CivilDate, after cursor: Int64, limit: Int) throws {
        self.date = date
        generation = try SettingsTable.generation(db)
        engine = DeadlineEngine(settings: try SettingsTable.deadlineSettings(db))
        let documents = try db.cachedStatement(sql: "SELECT document FROM case_document WHERE case_id = ?")
        let cursor = try Row.fetchCursor(db, sql: DigestRefresher.staleRowsSQL,
                                         arguments: [date.iso, generation, cursor, limit])
        var rows: [StaleRow] = []
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            var carried: (CaseDigest, DigestBasis)?
            if row[5] as Int == generation, let through: Int = row[6], let dues: String = row[7],
               let basis = DigestBasis(rollsThrough: CivilDate(dayNumber: through), laterDuesText: dues),
               let rolled = CaseDigest(compactText: row[3])?.rolled(to: date, basis: basis) {
                carried = (rolled, basis.carried(to: date))
            }
            let document = carried == nil ? try String.fetchOne(documents, arguments: [id]) : nil
            guard carried != nil || document != nil else { throw DocumentError.malformed("a case row") }
            rows.append(StaleRow(id: id, uid: row[1], version: row[2], carried: carried, document: document))
        }
        self.rows = rows
    }

    /// Each row's digest for the date and its basis, in order.
    func computed() -> [Result<(CaseDigest, DigestBasis), any Error>] {
        let codec = CaseCodec()
        return Parallel.mapChunks(count: rows.count, minimumChunk: 64) { range in
            range.map { index -> Result<(CaseDigest, DigestBasis), any Error> in
                let row = rows[index]
                if let carried = row.carried { return .success(carried) }
                return Result {
                    let file = try codec.file(fromDocument: row.document ?? "")
                    return CaseDigest.computed(file: file, today: date, engine: engine)
                }
            }
        }.flatMap { $0 }
    }
}
