import CaseDomain

/// Appends audit rows on PostgreSQL, always inside the transaction of the change they record, which holds
/// the chain's head row locked (`PostgresCaseStore.write`): ids and hashes follow one serial order.
enum PGAudit {
    static func append(_ db: PQConnection, user: String, action: AuditAction, subject: String, caseID: Int64? = nil,
                       caseUID: CaseID? = nil, matter: String? = nil, caseVersion: Int? = nil, detail: String? = nil,
                       before: String? = nil, after: String? = nil, at: String = AuditLog.timestamp()) throws {
        let (lastID, previous) = try head(db)
        let id = lastID + 1
        let record = AuditRecord(id: id, at: at, user: user, action: action.rawValue, subject: subject,
                                 caseUID: caseUID?.rawValue, matter: matter, caseVersion: caseVersion, detail: detail,
                                 before: before, after: after)
        let hash = AuditChain.hash(previous: previous, record)
        // The row and the head in one statement: a bulk write appends thousands.
        try db.execute("""
            WITH appended AS (
                INSERT INTO audit (id, at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                                   before, after, prev_hash, hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id, hash)
            UPDATE audit_head SET last_id = appended.id, hash = appended.hash FROM appended
            """, [String(id), at, user, action.rawValue, subject, caseID.map { String($0) }, caseUID?.rawValue, matter,
                  caseVersion.map { String($0) }, detail, before, after, previous, hash])
        db.chainHead = (id, hash)
    }

    /// The chain's head: as this transaction's last append left it, else read with its row locked.
    private static func head(_ db: PQConnection) throws -> (Int64, String) {
        if let head = db.chainHead { return head }
        guard let row = try db.execute("SELECT last_id, hash FROM audit_head FOR UPDATE").first else {
            throw DocumentError.malformed("the audit chain's head")
        }
        return (try row.int64("last_id"), try row.text("hash"))
    }

    static func record(_ row: PQRow) throws -> AuditRecord {
        AuditRecord(id: try row.int64("id"), at: try row.text("at_utc"), user: try row.text("os_user"),
                    action: try row.text("action"), subject: try row.text("subject"), caseUID: row.optional("case_uid"),
                    matter: row.optional("matter"), caseVersion: row.optionalInt("case_version"),
                    detail: row.optional("detail"), before: row.optional("before"), after: row.optional("after"))
    }

    static func entries(_ db: PQConnection, _ condition: String, _ parameters: [String?]) throws -> [AuditEntry] {
        try db.execute("""
            SELECT id, at_utc, os_user, action, subject, matter, case_version, detail, before, after
            FROM audit \(condition)
            """, parameters).map { row in
            AuditEntry(id: try row.int64("id"), at: try row.text("at_utc"), user: try row.text("os_user"),
                       action: try row.text("action"), subject: try row.text("subject"), matter: row.optional("matter"),
                       caseVersion: row.optionalInt("case_version"), detail: row.optional("detail"),
                       before: row.optional("before"), after: row.optional("after"))
        }
    }

    /// Walks the whole trail in id order through `AuditChainVerifier`, a page at a time.
    static func verifyChain(_ db: PQConnection, location: String) throws -> IntegrityReport {
        var verifier = AuditChainVerifier()
        var lastID: Int64 = 0
        while true {
            let rows = try db.execute("SELECT \(AuditLog.chainColumns) FROM audit WHERE id > $1 ORDER BY id LIMIT 1000",
                                      [String(lastID)])
            guard rows.count > 0 else { break }
            for row in rows {
                let record = try record(row)
                if let problem = verifier.check(record, prevHash: row.optional("prev_hash"), hash: row.optional("hash")) {
                    throw StoreError.damaged(path: location, detail: "the audit chain is broken: \(problem)")
                }
                lastID = record.id
            }
        }
        // The head row must name the newest row: a trail cut at its end still verifies row by row.
        if let head = try db.execute("SELECT last_id, hash FROM audit_head").first,
           try head.int64("last_id") != lastID || head.text("hash") != verifier.head {
            throw StoreError.damaged(path: location, detail: "the audit chain is broken: its head names row "
                                     + "\(try head.int64("last_id")), but the trail ends at row \(lastID)")
        }
        return IntegrityReport(auditRows: verifier.rows, headHash: verifier.head)
    }
}

extension PostgresCaseStore {
    func auditTrail(caseID: CaseID) throws -> [AuditEntry] {
        try read { db in try PGAudit.entries(db, "WHERE case_uid = $1 ORDER BY id", [caseID.rawValue]) }
    }

    func auditEntries(after id: Int64, limit: Int) throws -> [AuditEntry] {
        try read { db in try PGAudit.entries(db, "WHERE id > $1 ORDER BY id LIMIT $2", [String(id), String(limit)]) }
    }
}
