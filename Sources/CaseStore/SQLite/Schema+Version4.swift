import GRDB

extension Schema {
    /// The audit trail's hash chain (docs/formats.md, The audit trail's hash chain): every existing row gets
    /// its `prev_hash` and `hash` in id order, and an index finds a case's rows by its stable id (a deleted
    /// case has no row id left to find them by).
    static func version4(_ db: Database) throws {
        // Audit rows are append-only: the trigger is lifted for this one backfill of the chain, in this
        // transaction, and recreated before it commits.
        try db.execute(sql: "DROP TRIGGER audit_no_update")
        // In batches: a trail holds whole documents, too many to read at once, and a table is not updated
        // under a cursor reading it.
        let update = try db.makeStatement(sql: "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?")
        var previous = AuditChain.genesis
        var lastID: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT \(AuditLog.chainColumns) FROM audit WHERE id > ? ORDER BY id LIMIT 500",
                                        arguments: [lastID])
            guard !rows.isEmpty else { break }
            for row in rows {
                let record = AuditLog.record(row)
                let hash = AuditChain.hash(previous: previous, record)
                try update.execute(arguments: [previous, hash, record.id])
                previous = hash
                lastID = record.id
            }
        }
        try db.execute(sql: """
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE INDEX audit_by_case_uid ON audit (case_uid, id) WHERE case_uid IS NOT NULL;
            """)
    }
}
