import CaseDomain

extension PostgresCaseStore {
    func createCase(_ file: CaseFile) throws -> StoredCase {
        var file = file
        if file.id == nil { file.id = CaseIdentity.randomCaseID() }
        file = CaseIdentity.assigningPositionIDs(file)
        let checked = try WriteCheck.checked(file)
        return try write(.editCase, subject: "case \(checked.matter)") { db in
            guard try db.execute(#"SELECT id FROM "case" WHERE matter = $1"#, [checked.matter]).count == 0 else {
                throw StoreError.duplicateMatter(matter: checked.matter)
            }
            let rows = try PGCaseRows(db, today: try today(db))
            let at = AuditLog.timestamp()
            let (id, prepared) = try rows.insert(db, try rows.rows.prepare(checked), lastChange: rows.today, at: at)
            try PGAudit.append(db, user: currentUser, action: .createCase, subject: "case \(checked.matter)",
                               caseID: id, caseUID: prepared.file.id, matter: checked.matter, caseVersion: 1,
                               after: prepared.document, at: at)
            return StoredCase(id: id, version: 1, lastChange: rows.today, file: prepared.file)
        }
    }

    func apply(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> StoredCase {
        try write(.editCase, subject: "case \(id.rawValue)") { db in
            let rows = try PGCaseRows(db, today: try today(db))
            guard let stored = try PGStoredCase.fetch(db, id: id, codec: rows.codec) else {
                throw StoreError.noCase(id: id.rawValue)
            }
            guard stored.version == expectedVersion else {
                throw StoreError.conflict(matter: stored.file.matter, expectedVersion: expectedVersion,
                                          currentVersion: stored.version)
            }
            return try rows.rewrite(db, stored, edits: edits, user: currentUser, audit: .edit(edits),
                                    at: AuditLog.timestamp())
        }
    }

    func deleteCase(id: CaseID, expectedVersion: Int) throws {
        try write(.deleteCase, subject: "case \(id.rawValue)") { db in
            guard let stored = try PGStoredCase.fetch(db, id: id, codec: CaseCodec()) else {
                throw StoreError.noCase(id: id.rawValue)
            }
            // The version is checked by the DELETE itself, as an UPDATE checks it.
            guard stored.version == expectedVersion,
                  try db.execute(#"DELETE FROM "case" WHERE id = $1 AND version = $2"#,
                                 [String(stored.rowID), String(expectedVersion)]).affected == 1 else {
                throw StoreError.conflict(matter: stored.file.matter, expectedVersion: expectedVersion,
                                          currentVersion: stored.version)
            }
            try PGAudit.append(db, user: currentUser, action: .deleteCase, subject: "case \(stored.file.matter)",
                               caseID: stored.rowID, caseUID: id, matter: stored.file.matter,
                               caseVersion: stored.version + 1, before: stored.document)
        }
    }

    func restore(fromAudit entryID: Int64) throws -> StoredCase {
        try write(.editCase, subject: "audit row \(entryID)") { db in
            guard let text = try db.execute("SELECT case_uid FROM audit WHERE id = $1", [String(entryID)]).first?
                    .optional("case_uid"), let uid = CaseID(text) else {
                throw StoreError.cannotRestore(entry: entryID, reason: "it names no case")
            }
            guard let document = try PGTimeline.document(db, uid: uid, before: entryID) else {
                throw StoreError.cannotRestore(entry: entryID, reason: "there was no case before it")
            }
            let rows = try PGCaseRows(db, today: try today(db))
            let file = try rows.codec.file(fromDocument: document)
            let at = AuditLog.timestamp()
            if let stored = try PGStoredCase.fetch(db, id: uid, codec: rows.codec) {
                return try rows.rewrite(db, stored, edits: [.replace(file)], user: currentUser,
                                        audit: .restored(entry: entryID), at: at)
            }
            return try reinsert(db, file, rows: rows, entryID: entryID, at: at)
        }
    }

    /// A deleted case written again under its own id, at the version after its deletion's.
    private func reinsert(_ db: PQConnection, _ file: CaseFile, rows: PGCaseRows, entryID: Int64,
                          at: String) throws -> StoredCase {
        let checked = try WriteCheck.checked(file)
        guard try db.execute(#"SELECT id FROM "case" WHERE matter = $1"#, [checked.matter]).count == 0 else {
            throw StoreError.duplicateMatter(matter: checked.matter)
        }
        let newest = try db.execute("SELECT max(case_version) AS newest FROM audit WHERE case_uid = $1",
                                    [checked.id?.rawValue]).first?.optionalInt("newest") ?? 0
        let version = newest + 1
        let (id, prepared) = try rows.insert(db, try rows.rows.prepare(checked), lastChange: rows.today, at: at)
        try db.execute(#"UPDATE "case" SET version = $1 WHERE id = $2"#, [String(version), String(id)])
        try PGAudit.append(db, user: currentUser, action: .restoreCase, subject: "case \(checked.matter)",
                           caseID: id, caseUID: prepared.file.id, matter: checked.matter, caseVersion: version,
                           detail: RewriteAudit.restored(entry: entryID).detail, after: prepared.document, at: at)
        return StoredCase(id: id, version: version, lastChange: rows.today, file: prepared.file)
    }

    func recordDataOut(_ what: DataOut, destination: String) throws {
        try write(.recordDataOut, subject: what.subject) { db in
            var caseID: Int64?
            var caseUID: CaseID?
            var matter: String?
            if case .report(let reported) = what {
                matter = reported
                if let row = try db.execute(#"SELECT id, uid FROM "case" WHERE matter = $1"#, [reported]).first {
                    caseID = try row.int64("id")
                    caseUID = CaseID(try row.text("uid"))
                }
            }
            try PGAudit.append(db, user: currentUser, action: what.action, subject: what.subject, caseID: caseID,
                               caseUID: caseUID, matter: matter, detail: "to \(destination)")
        }
    }
}

/// Whole documents back through a case's audit rows (`CaseTimeline`), read from PostgreSQL.
enum PGTimeline {
    static func currentDocument(_ db: PQConnection, uid: CaseID) throws -> String? {
        try db.execute(#"SELECT d.document FROM "case" AS c JOIN case_document AS d ON d.case_id = c.id "#
                       + "WHERE c.uid = $1", [uid.rawValue]).first?.optional("document")
    }

    /// The case's rows from `entryID` on, newest first.
    static func rows(_ db: PQConnection, uid: CaseID, from entryID: Int64 = 0) throws -> [AuditEntry] {
        try PGAudit.entries(db, "WHERE case_uid = $1 AND id >= $2 ORDER BY id DESC", [uid.rawValue, String(entryID)])
    }

    static func document(_ db: PQConnection, uid: CaseID, before entryID: Int64) throws -> String? {
        var document = try currentDocument(db, uid: uid)
        for entry in try rows(db, uid: uid, from: entryID) { document = CaseTimeline.undo(document, entry) }
        return document
    }
}

extension PostgresCaseStore {
    func history(caseID: CaseID) throws -> [CaseHistoryEntry] {
        try read { db in
            let names = Dictionary(try PGStaff.directory(db).map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            let codec = CaseCodec()
            func decoded(_ text: String?) -> CaseFile? { text.flatMap { try? codec.file(fromDocument: $0) } }
            var document = try PGTimeline.currentDocument(db, uid: caseID)
            var history: [CaseHistoryEntry] = []
            for entry in try PGTimeline.rows(db, uid: caseID) {
                guard CaseTimeline.changesCase(entry) else {
                    history.append(CaseHistoryEntry(entry: entry, staffName: names[entry.user], before: nil, after: nil))
                    continue
                }
                let before = CaseTimeline.undo(document, entry)
                history.append(CaseHistoryEntry(entry: entry, staffName: names[entry.user], before: decoded(before),
                                                after: decoded(document)))
                document = before
            }
            return history
        }
    }
}
