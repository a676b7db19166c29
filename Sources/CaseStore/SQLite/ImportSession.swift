import CaseDomain
import GRDB

/// One import's transaction (`casedesk import`): what the store already holds, asked case by case before
/// anything is written, and the writes themselves. Everything happens in the one transaction that
/// `SQLiteCaseStore.importSession` opens, so the import is all or nothing.
public final class ImportSession {
    private let db: Database
    private let rows: CaseRows
    private let user: String
    private let at: String
    /// False for a dry run: a read transaction, and every write is refused.
    public let isWriting: Bool
    /// What was written so far (new cases count when handed over; they are written a batch at a time).
    public private(set) var result = BulkResult(inserted: 0, replaced: 0)
    /// New cases waiting to be prepared on every core and written together.
    private var pending: [(file: CaseFile, source: BulkSource)] = []

    init(db: Database, rows: CaseRows, user: String, isWriting: Bool) {
        self.db = db
        self.rows = rows
        self.user = user
        self.isWriting = isWriting
        self.at = AuditLog.timestamp()
    }

    /// Whether a case with this matter number is in the store.
    public func contains(matter: String) throws -> Bool {
        try String.fetchOne(db.cachedStatement(sql: #"SELECT matter FROM "case" WHERE matter = ?"#),
                            arguments: [matter]) != nil
    }

    /// The stored case with this matter number, or nil.
    public func storedCase(matter: String) throws -> CaseFile? {
        guard let document = try String.fetchOne(
            db.cachedStatement(sql: CaseRows.selectWithDocument("d.document", where: "c.matter = ?")), arguments: [matter]) else {
            return nil
        }
        return try rows.codec.file(fromDocument: document)
    }

    /// The matter of the case that holds this A-number (for its client or a family member), or nil.
    public func matter(holding number: ANumber) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT c.matter FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id WHERE n.digits = ?
            """), arguments: [number.digits])
    }

    /// Adds a new case (version 1) with its audit row naming the source. The case is written with the
    /// next batch, before the transaction commits; the import has already checked it against the store.
    public func insert(_ file: CaseFile, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        pending.append((file, source))
        result.inserted += 1
        if pending.count >= PreparedBatches<[BulkCase]>.batchSize { try flush() }
    }

    /// Writes the waiting new cases: checked, encoded and digested on every core, then inserted in order,
    /// table by table like every bulk write (`CaseRows.insertAll`), then their audit rows.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let prepared = try PreparedBatches<[BulkCase]>.prepare(batch.map { BulkCase($0.file) }, rows: rows)
            .map { try $0.1.get() }
        let ids = try rows.insertAll(db, prepared.map { ($0, rows.today) }, at: at) { ready in
            guard try !contains(matter: ready.file.matter) else { throw StoreError.duplicateMatter(matter: ready.file.matter) }
        }
        for ((id, ready), waiting) in zip(zip(ids, prepared), batch) {
            try AuditLog.append(db, user: user, action: .importCase, subject: "case \(ready.file.matter)", caseID: id,
                                matter: ready.file.matter, caseVersion: 1, detail: waiting.source.auditDetail,
                                after: ready.document, at: at)
        }
    }

    /// Replaces the stored case with the same matter entirely; the audit row keeps what it replaced.
    public func replace(_ file: CaseFile, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        try flush()
        let file = try WriteCheck.checked(file)
        guard let row = try Row.fetchOne(db.cachedStatement(
            sql: CaseRows.selectWithDocument("c.id, c.version, d.document", where: "c.matter = ?")), arguments: [file.matter]) else {
            throw StoreError.caseNotFound(matter: file.matter)
        }
        let id: Int64 = row["id"]
        let version: Int = row["version"]
        let (written, document) = try rows.update(db, id: id, expectedVersion: version, file,
                                                  lastChange: rows.today, at: at)
        guard written else {
            throw StoreError.conflict(matter: file.matter, expectedVersion: version, currentVersion: version)
        }
        let diff = CaseCodec.changedFields(before: row["document"], after: document)
        try AuditLog.append(db, user: user, action: .importCase, subject: "case \(file.matter)", caseID: id,
                            matter: file.matter, caseVersion: version + 1, detail: source.auditDetail,
                            before: diff.before, after: diff.after, at: at)
        result.replaced += 1
    }
}

extension SQLiteCaseStore {
    /// Runs an import in one transaction. `writing: false` (a dry run) reads one consistent snapshot and
    /// writes nothing; otherwise the transaction commits only when `body` answers true, and any error
    /// rolls it back.
    public func importSession<T>(writing: Bool,
                                 _ body: (ImportSession) throws -> (commit: Bool, value: T)) throws -> T {
        if !writing {
            return try read { db in
                let today = try Self.today(in: db, override: todayOverride)
                let session = ImportSession(db: db, rows: try CaseRows(db, today: today), user: currentUser,
                                            isWriting: false)
                return try body(session).value
            }
        }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        do {
            return try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
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
                guard let value else { throw StoreError.database(path: path, code: 0, message: "the import ended early") }
                return value
            }
        } catch {
            throw translate(error)
        }
    }
}
