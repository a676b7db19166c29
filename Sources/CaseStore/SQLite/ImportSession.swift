import CaseDomain
import GRDB

/// One import's transaction (`casedesk import`): what the store already holds, asked case by case before
/// anything is written, and the writes themselves. Everything happens in the one transaction that
/// `SQLiteCaseStore.importSession` opens, so the import is all or nothing.
final class ImportSession: ImportTransaction {
    private let db: Database
    private let rows: CaseRows
    private let user: String
    private let at: String
    let isWriting: Bool
    private(set) var result = BulkResult(inserted: 0, replaced: 0)
    /// New cases waiting to be prepared on every core and written together.
    private var pending: [(file: CaseFile, source: BulkSource)] = []

    init(db: Database, rows: CaseRows, user: String, isWriting: Bool) {
        self.db = db
        self.rows = rows
        self.user = user
        self.isWriting = isWriting
        self.at = AuditLog.timestamp()
    }

    func contains(matter: String) throws -> Bool {
        try String.fetchOne(db.cachedStatement(sql: #"SELECT matter FROM "case" WHERE matter = ?"#),
                            arguments: [matter]) != nil
    }

    func storedCase(matter: String) throws -> StoredCase? {
        guard let stored = try StoredCaseRow.fetch(db, matter: matter, codec: rows.codec) else { return nil }
        let date: String = try String.fetchOne(db, sql: #"SELECT last_change_date FROM "case" WHERE id = ?"#,
                                                arguments: [stored.rowID]) ?? rows.today.iso
        return StoredCase(id: stored.rowID, version: stored.version,
                          lastChange: try SQLiteCaseStore.civilDate(date), file: stored.file)
    }

    func matter(holding number: ANumber) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT c.matter FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id WHERE n.digits = ?
            """), arguments: [number.digits])
    }

    func matter(ofCase id: CaseID) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: #"SELECT matter FROM "case" WHERE uid = ?"#),
                            arguments: [id.rawValue])
    }

    /// The case is written with the next batch, before the transaction commits; the import has already
    /// checked it against the store.
    func insert(_ file: CaseFile, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        pending.append((file, source))
        result.inserted += 1
        if pending.count >= PreparedBatches<[BulkCase]>.batchSize { try flush() }
    }

    /// Writes the waiting new cases: checked, encoded and digested on every core, then inserted in order,
    /// table by table like every bulk write (`CaseRows.insertAll`), then their audit rows.
    func flush() throws {
        guard isWriting, !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let prepared = try PreparedBatches<[BulkCase]>.prepare(batch.map { BulkCase($0.file) }, rows: rows)
            .map { try $0.1.get() }
        let written = try rows.insertAll(db, prepared.map { ($0, rows.today) }, at: at) { ready in
            guard try !contains(matter: ready.file.matter) else { throw StoreError.duplicateMatter(matter: ready.file.matter) }
        }
        for ((id, ready), waiting) in zip(written, batch) {
            try AuditLog.append(db, user: user, action: .importCase, subject: "case \(ready.file.matter)", caseID: id,
                                caseUID: ready.file.id, matter: ready.file.matter, caseVersion: 1,
                                detail: waiting.source.auditDetail, after: ready.document, at: at)
        }
    }

    /// Applies edits to the stored case with this id, at the version this transaction sees.
    func apply(_ edits: [CaseEdit], to id: CaseID, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        try flush()
        guard let stored = try StoredCaseRow.fetch(db, id: id, codec: rows.codec) else {
            throw StoreError.noCase(id: id.rawValue)
        }
        try rows.rewrite(db, stored, edits: edits, user: user, audit: .imported(source), at: at)
        result.replaced += 1
    }
}

extension SQLiteCaseStore {
    public func importSession<T>(writing: Bool,
                                 _ body: (any ImportTransaction) throws -> (commit: Bool, value: T)) throws -> T {
        if !writing {
            return try read { db in
                let today = try Self.today(in: db, override: todayOverride)
                let session = ImportSession(db: db, rows: try CaseRows(db, today: today), user: currentUser,
                                            isWriting: false)
                return try body(session).value
            }
        }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        var refusal: String?
        do {
            let written: T? = try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    // The access policy, asked under the write lock like every write's (AccessControl.swift).
                    if case .refused(let reason) = AccessPolicy.decide(.editCase, login: currentUser,
                                                                       staff: try Self.directory(db)) {
                        refusal = reason
                        return .rollback
                    }
                    try db.execute(sql: "PRAGMA cache_size = -65536")
                    defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                    let today = try Self.today(in: db, override: todayOverride)
                    let session = ImportSession(db: db, rows: try CaseRows(db, today: today), user: currentUser,
                                                isWriting: true)
                    let outcome = try body(session)
                    if outcome.commit { try session.flush() }
                    value = outcome.value
                    return outcome.commit ? .commit : .rollback
                }
                return value
            }
            if let refusal {
                try write { db in
                    try AuditLog.append(db, user: currentUser, action: .refusedWrite, subject: "import",
                                        detail: "\(StoreOperation.editCase.rawValue) refused: \(refusal)")
                }
                throw StoreError.notPermitted(refusal)
            }
            guard let written else { throw StoreError.failed(path: path, message: "the import ended early") }
            return written
        } catch {
            throw translate(error)
        }
    }
}
