import CaseDomain

/// Appends audit rows on PostgreSQL, always inside the transaction of the change they record, which holds
/// the chain's head row locked (`PostgresCaseStore.write`): ids and hashes follow one serial order.
enum PGAudit {
    static func append(_ db: PQConnection, user: String, action: AuditAction, subject: String, caseID: Int64? = nil,
                       caseUID: CaseID? = nil, matter: String? = nil, caseVersion: Int? = nil, detail: String? = nil,
                       before: String? = nil, after: String? = nil, at: String = AuditLog.timestamp()) throws {
        try appendAll(db, [PGAuditRow(user: user, action: action, subject: subject, caseID: caseID, caseUID: caseUID,
                                      matter: matter, caseVersion: caseVersion, detail: detail, before: before,
                                      after: after, at: at)])
    }

    /// Rows appended in their order, chained one after another: all of them and the head in one
    /// statement (a bulk write appends thousands, a batch at a time).
    static func appendAll(_ db: PQConnection, _ rows: [PGAuditRow]) throws {
        guard !rows.isEmpty else { return }
        var (lastID, previous) = try head(db)
        var values: [String?] = []
        values.reserveCapacity(rows.count * 14)
        for row in rows {
            lastID += 1
            let record = AuditRecord(id: lastID, at: row.at, user: row.user, action: row.action.rawValue,
                                     subject: row.subject, caseUID: row.caseUID?.rawValue, matter: row.matter,
                                     caseVersion: row.caseVersion, detail: row.detail, before: row.before, after: row.after)
            let hash = AuditChain.hash(previous: previous, record)
            values += [String(lastID), row.at, row.user, row.action.rawValue, row.subject, row.caseID.map { String($0) },
                       row.caseUID?.rawValue, row.matter, row.caseVersion.map { String($0) }, row.detail, row.before,
                       row.after, previous, hash]
            previous = hash
        }
        let last = values.count + 1
        try db.execute("""
            WITH appended AS (
                INSERT INTO audit (id, at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                                   before, after, prev_hash, hash)
                VALUES \(PGCaseRows.valueLists(rows: rows.count, columns: 14)) RETURNING id)
            UPDATE audit_head SET last_id = $\(last), hash = $\(last + 1) WHERE EXISTS (SELECT 1 FROM appended)
            """, values + [String(lastID), previous])
        db.chainHead = (lastID, previous)
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

/// An audit row to append (`PGAudit.appendAll`): its id and hashes come from the chain's head.
struct PGAuditRow {
    let user: String
    let action: AuditAction
    let subject: String
    let caseID: Int64?
    let caseUID: CaseID?
    let matter: String?
    let caseVersion: Int?
    let detail: String?
    let before: String?
    let after: String?
    let at: String
}
