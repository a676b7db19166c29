import CaseDomain
import GRDB

extension SQLiteCaseStore {
    /// Fills this new store in one write transaction (see `StoreCopying.receiveWhole`).
    public func receiveWhole(origin: String, _ fill: (any StoreCopySink) throws -> Void) throws {
        let groupShared = try write { db in
            try Self.requireEmpty(db, path: path)
            // The store's own `create-store` row gives way to the copied trail, which starts at the genesis
            // hash with row 1: the append-only trigger is lifted for this one deletion, in this transaction.
            try db.execute(sql: """
                DROP TRIGGER audit_no_delete;
                DELETE FROM audit;
                DELETE FROM sqlite_sequence WHERE name = 'audit';
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
            let receiver = SQLiteCopyReceiver(db: db, path: path, today: try Self.today(in: db, override: todayOverride))
            try fill(receiver)
            let head = try receiver.finish()
            try AuditLog.append(db, user: currentUser, action: .copyStore, subject: "store",
                                detail: "copied from \(origin): \(head.caseCount) cases, \(head.auditRows) audit rows, "
                                    + "chain head \(head.auditHead)")
            return head.settings.groupShared
        }
        if groupShared { try FileModes.apply(groupShared: true, toStoreAt: path) }
    }

    /// Refuses a store that holds anything but its own creation.
    static func requireEmpty(_ db: Database, path: String) throws {
        let counts: [(String, String)] = [
            (#"SELECT count(*) FROM "case""#, "cases"),
            ("SELECT count(*) FROM staff", "staff members"),
            ("SELECT count(*) FROM review_mark", "review marks"),
            ("SELECT count(*) FROM court_closure", "court closures"),
            ("SELECT count(*) FROM audit WHERE action <> 'create-store'", "audit rows"),
        ]
        for (sql, what) in counts {
            let count = try Int.fetchOne(db, sql: sql) ?? 0
            if count > 0 { throw StoreError.notEmpty(path: path, what: "\(count) \(what)") }
        }
    }
}

/// Writes what a copy hands over, inside the receiving store's write transaction; checks the parts against
/// the head and the trail against its own hash chain as they arrive.
final class SQLiteCopyReceiver: StoreCopySink {
    private let db: Database
    private let path: String
    private let today: CivilDate
    private var arrival: StoreCopyArrival
    private var rows: CaseRows?

    init(db: Database, path: String, today: CivilDate) {
        self.db = db
        self.path = path
        self.today = today
        arrival = StoreCopyArrival(location: path)
    }

    func receive(_ head: StoreCopyHead) throws {
        try arrival.checkHead()
        let settings = head.settings
        for (key, value) in settings.storedValues { try SettingsTable.put(db, key.rawValue, value) }
        if let secret = head.kioskCodeSecret {
            try SettingsTable.put(db, SettingsTable.kioskSecretKey, AuditChain.hex(secret))
        }
        for closure in settings.closures {
            try db.execute(sql: "INSERT INTO court_closure (date, reason) VALUES (?, ?)",
                           arguments: [closure.date.iso, closure.reason])
        }
        for member in head.staff {
            try db.execute(sql: "INSERT INTO staff (login, name, initials, role) VALUES (?, ?, ?, ?)",
                           arguments: [member.login, member.name, member.initials, member.role.rawValue])
        }
        for mark in head.reviewMarks {
            try db.execute(sql: "INSERT INTO review_mark (user, date, item_id) VALUES (?, ?, ?)",
                           arguments: [mark.user, mark.date.iso, mark.itemID])
        }
        // A generation of its own, past the new store's: every digest below is computed under these settings.
        _ = try SettingsTable.bumpGeneration(db)
        arrival.received(head)
        rows = try CaseRows(db, today: today)
    }

    func receive(_ copied: CopiedCase) throws {
        try arrival.caseArrives()
        guard let rows else { throw arrival.mismatch("a case arrived before the store's settings") }
        let file = copied.stored.file
        // The case as stored, not re-checked: a value a newer check refuses is carried as it is (and `check`
        // names it on both stores alike).
        let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: rows.engine)
        let prepared = PreparedCase(file: file, document: try rows.codec.document(file), digest: digest, basis: basis)
        let values: [(any DatabaseValueConvertible)?] = [copied.stored.version, copied.lastChangeAt,
                                                         copied.stored.lastChange.iso]
            + rows.caseValues(file) + (try rows.digestValues(of: digest, basis: basis))
        try db.cachedStatement(sql: CaseRows.insertSQL).execute(arguments: StatementArguments(values))
        try rows.insertParts(db, prepared, caseID: db.lastInsertedRowID)
    }

    func receive(_ row: ChainedAuditRow) throws {
        try arrival.auditRowArrives(row)
        let record = row.record
        let caseID = try record.caseUID.flatMap { uid in
            try Int64.fetchOne(db.cachedStatement(sql: #"SELECT id FROM "case" WHERE uid = ?"#), arguments: [uid])
        }
        try db.cachedStatement(sql: """
            INSERT INTO audit (id, at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                               before, after, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [record.id, record.at, record.user, record.action, record.subject, caseID,
                                     record.caseUID, record.matter, record.caseVersion, record.detail, record.before,
                                     record.after, row.prevHash, row.hash])
    }

    /// The head, once every part it announced has arrived.
    func finish() throws -> StoreCopyHead {
        try arrival.complete().head
    }
}
