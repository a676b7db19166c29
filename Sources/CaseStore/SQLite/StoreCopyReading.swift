import CaseDomain
import GRDB

extension SQLiteCaseStore: StoreCopying {
    /// Reads the whole store in one read transaction (one WAL snapshot: writers go on meanwhile).
    public func readWhole(into sink: any StoreCopySink) throws {
        try read { db in
            try sink.receive(try Self.copyHead(db))
            let codec = CaseCodec()
            let cases = try Row.fetchCursor(db, sql: CaseRows.selectWithDocument(
                "c.id, c.version, c.last_change_date, d.document, c.last_change_at", where: "1") + " ORDER BY c.matter")
            while let row = try cases.next() {
                let read = try codec.storedFile(fromDocument: row[3])
                let stored = StoredCase(id: row[0], version: row[1], lastChange: try Self.civilDate(row[2]),
                                        file: read.file, refusedValues: read.refused)
                try sink.receive(CopiedCase(stored: stored, lastChangeAt: row[4]))
            }
            let audit = try Row.fetchCursor(db, sql: "SELECT \(AuditLog.chainColumns) FROM audit ORDER BY id")
            while let row = try audit.next() {
                try sink.receive(ChainedAuditRow(record: AuditLog.record(row), prevHash: row["prev_hash"],
                                                 hash: row["hash"]))
            }
        }
    }

    static func copyHead(_ db: Database) throws -> StoreCopyHead {
        let marks = try Row.fetchAll(db, sql: "SELECT user, date, item_id FROM review_mark ORDER BY date, user, item_id")
            .map { row in ReviewMark(user: row["user"], date: try civilDate(row["date"]), itemID: row["item_id"]) }
        let head = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1")
        return StoreCopyHead(settings: try SettingsTable.settings(db), kioskCodeSecret: try kioskCodeSecret(db),
                             staff: try directory(db), reviewMarks: marks,
                             caseCount: try Int.fetchOne(db, sql: #"SELECT count(*) FROM "case""#) ?? 0,
                             auditRows: try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0,
                             auditHead: head ?? AuditChain.genesis)
    }
}
