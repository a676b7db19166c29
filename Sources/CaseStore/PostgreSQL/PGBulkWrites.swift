import CaseDomain

extension PostgresCaseStore {
    /// Many cases in one transaction, all or nothing, prepared a batch at a time on every core
    /// (`PreparedBatches`) as on SQLite; each case gets its own audit row naming the source.
    func insertCases<S: Sequence>(_ cases: S, source: BulkSource, mode: BulkMode,
                                  progress: ((Int) -> Void)?) throws -> BulkResult where S.Element == BulkCase {
        try write(.editCase, subject: "cases (\(source.auditDetail))") { db in
            let rows = try PGCaseRows(db, today: try today(db))
            let at = AuditLog.timestamp()
            let action = source.auditAction
            var result = BulkResult(inserted: 0, replaced: 0)
            func counted() {
                let total = result.inserted + result.replaced
                if total % SQLiteCaseStore.bulkProgressInterval == 0 { progress?(total) }
            }
            for (bulkCase, preparation) in PreparedBatches(cases, rows: rows.rows) {
                let prepared = try preparation.get()
                if let stored = try PGStoredCase.fetch(db, matter: prepared.file.matter, codec: rows.codec) {
                    switch mode {
                    case .insertOnly:
                        throw StoreError.duplicateMatter(matter: prepared.file.matter)
                    case .replaceExisting:
                        // The case as given (not as prepared), so its items keep the stored ids they match.
                        try rows.rewrite(db, stored, edits: [.replace(bulkCase.file)], user: currentUser,
                                         audit: .imported(source), at: at)
                        result.replaced += 1
                    }
                } else {
                    let (id, written) = try rows.insert(db, prepared, lastChange: bulkCase.lastChange ?? rows.today, at: at)
                    // Generated cases are reproducible from their seed: their audit row need not copy them.
                    try PGAudit.append(db, user: currentUser, action: action, subject: "case \(written.file.matter)",
                                       caseID: id, caseUID: written.file.id, matter: written.file.matter, caseVersion: 1,
                                       detail: source.auditDetail,
                                       after: action == .generateCase ? nil : written.document, at: at)
                    result.inserted += 1
                }
                counted()
            }
            progress?(result.inserted + result.replaced)
            return result
        }
    }

    func importSession<T>(writing: Bool, _ body: (any ImportTransaction) throws -> (commit: Bool, value: T)) throws -> T {
        if !writing {
            return try read { db in
                try body(PGImportSession(db: db, rows: try PGCaseRows(db, today: try today(db)), user: currentUser,
                                         isWriting: false)).value
            }
        }
        var refusal: String?
        var committed = true
        let value: T? = try writeRollingBack({ committed }) { db in
            if case .refused(let reason) = AccessPolicy.decide(.editCase, login: currentUser,
                                                               staff: try PGStaff.directory(db)) {
                refusal = reason
                committed = false
                return nil
            }
            let session = PGImportSession(db: db, rows: try PGCaseRows(db, today: try today(db)), user: currentUser,
                                          isWriting: true)
            let outcome = try body(session)
            committed = outcome.commit
            return outcome.value
        }
        if let refusal {
            try recordRefusal(.editCase, subject: "import", reason: refusal)
            throw StoreError.notPermitted(refusal)
        }
        guard let value else { throw StoreError.failed(path: location, message: "the import ended early") }
        return value
    }
}

/// One import's transaction on PostgreSQL (`ImportSession`'s counterpart): the questions asked of the
/// store before anything is written, and the writes, all in the transaction `importSession` opened.
final class PGImportSession: ImportTransaction {
    private let db: PQConnection
    private let rows: PGCaseRows
    private let user: String
    private let at = AuditLog.timestamp()
    let isWriting: Bool
    private(set) var result = BulkResult(inserted: 0, replaced: 0)

    init(db: PQConnection, rows: PGCaseRows, user: String, isWriting: Bool) {
        self.db = db
        self.rows = rows
        self.user = user
        self.isWriting = isWriting
    }

    func contains(matter: String) throws -> Bool {
        try db.execute(#"SELECT matter FROM "case" WHERE matter = $1"#, [matter]).count > 0
    }

    func storedCase(matter: String) throws -> StoredCase? {
        guard let stored = try PGStoredCase.fetch(db, matter: matter, codec: rows.codec) else { return nil }
        return StoredCase(id: stored.rowID, version: stored.version, lastChange: try PGQueries.civilDate(stored.lastChange),
                          file: stored.file)
    }

    func matter(holding number: ANumber) throws -> String? {
        try db.execute(#"SELECT c.matter FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id WHERE n.digits = $1"#,
                       [number.digits]).first?.optional("matter")
    }

    func matter(ofCase id: CaseID) throws -> String? {
        try db.execute(#"SELECT matter FROM "case" WHERE uid = $1"#, [id.rawValue]).first?.optional("matter")
    }

    func insert(_ file: CaseFile, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        let prepared = try rows.rows.prepare(file)
        guard try !contains(matter: prepared.file.matter) else {
            throw StoreError.duplicateMatter(matter: prepared.file.matter)
        }
        let (id, written) = try rows.insert(db, prepared, lastChange: rows.today, at: at)
        try PGAudit.append(db, user: user, action: .importCase, subject: "case \(written.file.matter)", caseID: id,
                           caseUID: written.file.id, matter: written.file.matter, caseVersion: 1,
                           detail: source.auditDetail, after: written.document, at: at)
        result.inserted += 1
    }

    func apply(_ edits: [CaseEdit], to id: CaseID, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        guard let stored = try PGStoredCase.fetch(db, id: id, codec: rows.codec) else {
            throw StoreError.noCase(id: id.rawValue)
        }
        try rows.rewrite(db, stored, edits: edits, user: user, audit: .imported(source), at: at)
        result.replaced += 1
    }
}
