import CaseDomain

extension PostgresCaseStore: StoreCopying {
    /// Reads the whole store on one snapshot (`REPEATABLE READ`: others go on writing meanwhile), cases and
    /// audit rows a page at a time through server-side cursors.
    func readWhole(into sink: any StoreCopySink) throws {
        try read { db in
            try sink.receive(try copyHead(db))
            let codec = CaseCodec()
            try db.execute("DECLARE copied_cases NO SCROLL CURSOR FOR " + CaseRows.selectWithDocument(
                "c.id, c.version, c.last_change_date, d.document, c.last_change_at", where: "true") + " ORDER BY c.matter")
            while true {
                let page = try db.execute("FETCH 200 FROM copied_cases")
                guard page.count > 0 else { break }
                for row in page {
                    try sink.receive(CopiedCase(stored: try PGQueries.storedCase(row, codec: codec),
                                                lastChangeAt: try row.text("last_change_at")))
                }
            }
            try db.execute("DECLARE copied_audit NO SCROLL CURSOR FOR SELECT \(AuditLog.chainColumns) FROM audit ORDER BY id")
            while true {
                let page = try db.execute("FETCH 500 FROM copied_audit")
                guard page.count > 0 else { break }
                for row in page {
                    try sink.receive(ChainedAuditRow(record: try PGAudit.record(row), prevHash: row.optional("prev_hash"),
                                                     hash: row.optional("hash")))
                }
            }
        }
    }

    private func copyHead(_ db: PQConnection) throws -> StoreCopyHead {
        let marks = try db.execute("SELECT login, date, item_id FROM review_mark ORDER BY date, login, item_id").map { row in
            ReviewMark(user: try row.text("login"), date: try PGQueries.civilDate(try row.text("date")),
                       itemID: try row.text("item_id"))
        }
        let secret = try PGSettings.value(db, SettingsTable.kioskSecretKey).flatMap { AuditChain.bytes(ofHex: $0) }
        let head = try db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").first?.optional("hash")
        return StoreCopyHead(settings: try PGSettings.settings(db), kioskCodeSecret: secret, staff: try PGStaff.directory(db),
                             reviewMarks: marks,
                             caseCount: try db.execute(#"SELECT count(*) AS n FROM "case""#).first?.int("n") ?? 0,
                             auditRows: try db.execute("SELECT count(*) AS n FROM audit").first?.int("n") ?? 0,
                             auditHead: head ?? AuditChain.genesis)
    }

    /// Fills this new store in one write transaction. The store's own `create-store` row gives way to the
    /// copied trail: the append-only trigger is disabled for that one deletion inside the transaction,
    /// which only the tables' owner may do (README, For administrators: copy-store runs as the owner).
    func receiveWhole(origin: String, _ fill: (any StoreCopySink) throws -> Void) throws {
        try write { db in
            try requireEmpty(db)
            try db.executeScript("""
                ALTER TABLE audit DISABLE TRIGGER audit_append_only;
                DELETE FROM audit;
                ALTER TABLE audit ENABLE TRIGGER audit_append_only;
                UPDATE audit_head SET last_id = 0, hash = '\(AuditChain.genesis)';
                """)
            let receiver = PGCopyReceiver(db: db, location: location, today: try today(db))
            try fill(receiver)
            let head = try receiver.finish()
            try PGAudit.append(db, user: currentUser, action: .copyStore, subject: "store",
                               detail: "copied from \(origin): \(head.caseCount) cases, \(head.auditRows) audit rows, "
                                   + "chain head \(head.auditHead)")
        }
    }

    private func requireEmpty(_ db: PQConnection) throws {
        let counts: [(String, String)] = [
            (#"SELECT count(*) AS n FROM "case""#, "cases"),
            ("SELECT count(*) AS n FROM staff", "staff members"),
            ("SELECT count(*) AS n FROM review_mark", "review marks"),
            ("SELECT count(*) AS n FROM court_closure", "court closures"),
            ("SELECT count(*) AS n FROM audit WHERE action <> 'create-store'", "audit rows"),
        ]
        for (sql, what) in counts {
            let count = try db.execute(sql).first?.int("n") ?? 0
            if count > 0 { throw StoreError.notEmpty(path: location, what: "\(count) \(what)") }
        }
    }
}

/// Writes what a copy hands over inside the receiving PostgreSQL store's transaction, checking the parts
/// against the head and the trail against its own hash chain as they arrive (`StoreCopyArrival`).
final class PGCopyReceiver: StoreCopySink {
    private let db: PQConnection
    private let location: String
    private let today: CivilDate
    private var arrival: StoreCopyArrival
    private var rows: PGCaseRows?
    private var lastID: Int64 = 0

    init(db: PQConnection, location: String, today: CivilDate) {
        self.db = db
        self.location = location
        self.today = today
        arrival = StoreCopyArrival(location: location)
    }

    func receive(_ head: StoreCopyHead) throws {
        try arrival.checkHead()
        let settings = head.settings
        for (key, value) in settings.storedValues { try PGSettings.put(db, key.rawValue, value) }
        if let secret = head.kioskCodeSecret { try PGSettings.put(db, SettingsTable.kioskSecretKey, AuditChain.hex(secret)) }
        for closure in settings.closures {
            try db.execute("INSERT INTO court_closure (date, reason) VALUES ($1, $2)", [closure.date.iso, closure.reason])
        }
        for member in head.staff {
            try db.execute("INSERT INTO staff (login, name, initials, role) VALUES ($1, $2, $3, $4)",
                           [member.login, member.name, member.initials, member.role.rawValue])
        }
        for mark in head.reviewMarks {
            try db.execute("INSERT INTO review_mark (login, date, item_id) VALUES ($1, $2, $3)",
                           [mark.user, mark.date.iso, mark.itemID])
        }
        // A generation of its own: every digest below is computed under these settings.
        try PGSettings.bumpGeneration(db)
        arrival.received(head)
        rows = try PGCaseRows(db, today: today)
    }

    func receive(_ copied: CopiedCase) throws {
        try arrival.caseArrives()
        guard let rows else { throw arrival.mismatch("a case arrived before the store's settings") }
        let file = copied.stored.file
        // The case as stored, not re-checked: a value a newer check refuses is carried as it is.
        let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: rows.rows.engine)
        let digestValues = try rows.rows.digestValues(of: digest, basis: basis).map(pqText)
        let values: [String?] = [String(copied.stored.version), copied.lastChangeAt, copied.stored.lastChange.iso]
            + rows.rows.caseValues(file).map(pqText) + digestValues
        let id = try rows.insertWithDocument(db, values, document: try rows.codec.document(file))
        try rows.insertANumbers(db, of: file, caseID: id)
    }

    func receive(_ row: ChainedAuditRow) throws {
        try arrival.auditRowArrives(row)
        let record = row.record
        let caseID = try record.caseUID.flatMap { uid in
            try db.execute(#"SELECT id FROM "case" WHERE uid = $1"#, [uid]).first?.optional("id")
        }
        try db.execute("""
            INSERT INTO audit (id, at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                               before, after, prev_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            """, [String(record.id), record.at, record.user, record.action, record.subject, caseID, record.caseUID,
                  record.matter, record.caseVersion.map { String($0) }, record.detail, record.before, record.after,
                  row.prevHash, row.hash])
        lastID = record.id
    }

    /// The head, once every part it announced has arrived; the chain's head row then names the last row.
    func finish() throws -> StoreCopyHead {
        let (head, chainHead) = try arrival.complete()
        try db.execute("UPDATE audit_head SET last_id = $1, hash = $2", [String(lastID), chainHead])
        return head
    }
}
