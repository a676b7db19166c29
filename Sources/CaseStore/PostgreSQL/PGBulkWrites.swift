import CaseDomain

extension PostgresCaseStore {
    /// Many cases in one transaction, all or nothing, prepared a batch at a time on every core
    /// (`PreparedBatches`) as on SQLite and written a batch at a time (`PGCaseRows.insertAll`: a round trip
    /// per table, not per case); each case gets its own audit row naming the source.
    func insertCases<S: Sequence>(_ cases: S, source: BulkSource, mode: BulkMode,
                                  progress: ((Int) -> Void)?) throws -> BulkResult where S.Element == BulkCase {
        try write(.editCase, subject: "cases (\(source.auditDetail))") { db in
            let rows = try PGCaseRows(db, today: try today(db))
            let at = AuditLog.timestamp()
            let action = source.auditAction
            var result = BulkResult(inserted: 0, replaced: 0)
            var pending: [PGNewCase] = [], pendingMatters = Set<String>()
            func flush() throws {
                try rows.insertAll(db, pending, user: currentUser, at: at)
                pending.removeAll(keepingCapacity: true)
                pendingMatters.removeAll(keepingCapacity: true)
            }
            var batches = PreparedBatches(cases, rows: rows.rows)
            while true {
                var batch: [PreparedBatches<S>.Element] = []
                while batch.count < PreparedBatches<S>.batchSize, let next = batches.next() { batch.append(next) }
                guard !batch.isEmpty else { break }
                let stored = try Set(db.execute(#"SELECT matter FROM "case" WHERE matter = ANY($1::text[])"#,
                                                [pqArray(batch.map(\.0.file.matter))]).map { try $0.text("matter") })
                for (bulkCase, preparation) in batch {
                    let prepared = try preparation.get()
                    let matter = prepared.file.matter
                    if stored.contains(matter) || pendingMatters.contains(matter) {
                        guard mode == .replaceExisting else { throw StoreError.duplicateMatter(matter: matter) }
                        try flush()
                        guard let current = try PGStoredCase.fetch(db, matter: matter, codec: rows.codec) else {
                            throw StoreError.failed(path: location, message: "case \(matter) went away during the write")
                        }
                        // The case as given (not as prepared), so its items keep the stored ids they match.
                        try rows.rewrite(db, current, edits: [.replace(bulkCase.file)], user: currentUser,
                                         audit: .imported(source), at: at)
                        result.replaced += 1
                    } else {
                        // Generated cases are reproducible from their seed: their audit row need not copy them.
                        pending.append(PGNewCase(prepared: prepared, lastChange: bulkCase.lastChange ?? rows.today,
                                                 action: action, detail: source.auditDetail,
                                                 keepsDocument: action != .generateCase))
                        pendingMatters.insert(matter)
                        result.inserted += 1
                    }
                    let total = result.inserted + result.replaced
                    if total % SQLiteCaseStore.bulkProgressInterval == 0 { progress?(total) }
                }
                try flush()
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
            if outcome.commit { try session.flush() }
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
/// store before anything is written, and the writes, all in the transaction `importSession` opened. As
/// on SQLite, new cases wait to be prepared on every core and written a batch at a time; the questions
/// are answered from the stored keys (`PGStoredKeys`) once an import has asked enough of them, instead
/// of a round trip each.
final class PGImportSession: ImportTransaction {
    private let db: PQConnection
    private let rows: PGCaseRows
    private let user: String
    private let at = AuditLog.timestamp()
    let isWriting: Bool
    private(set) var result = BulkResult(inserted: 0, replaced: 0)
    /// New cases waiting to be prepared and written together.
    private var pending: [(file: CaseFile, source: BulkSource)] = []
    private var keys: PGStoredKeys?
    private var questionsAsked = 0

    /// Questions answered by a query each before the stored keys are read once: a small import into a
    /// large store asks a few, a large one thousands.
    static let questionsBeforeKeys = 256

    init(db: PQConnection, rows: PGCaseRows, user: String, isWriting: Bool) {
        self.db = db
        self.rows = rows
        self.user = user
        self.isWriting = isWriting
    }

    /// The stored keys, read once enough questions were asked; nil until then.
    private func storedKeys() throws -> PGStoredKeys? {
        if keys == nil {
            questionsAsked += 1
            if questionsAsked > Self.questionsBeforeKeys { keys = try PGStoredKeys(db) }
        }
        return keys
    }

    func contains(matter: String) throws -> Bool {
        if let keys = try storedKeys() { return keys.matters.contains(matter) }
        return try db.execute(#"SELECT matter FROM "case" WHERE matter = $1"#, [matter]).count > 0
    }

    func storedCase(matter: String) throws -> StoredCase? {
        if let keys = try storedKeys(), !keys.matters.contains(matter) { return nil }
        guard let stored = try PGStoredCase.fetch(db, matter: matter, codec: rows.codec) else { return nil }
        return StoredCase(id: stored.rowID, version: stored.version, lastChange: try PGQueries.civilDate(stored.lastChange),
                          file: stored.file)
    }

    func matter(holding number: ANumber) throws -> String? {
        if let keys = try storedKeys() { return keys.matter(holding: number) }
        return try db.execute(#"SELECT c.matter FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id WHERE n.digits = $1"#,
                              [number.digits]).first?.optional("matter")
    }

    func matter(ofCase id: CaseID) throws -> String? {
        if let keys = try storedKeys() { return keys.matter(ofCase: id) }
        return try db.execute(#"SELECT matter FROM "case" WHERE uid = $1"#, [id.rawValue]).first?.optional("matter")
    }

    /// The case is written with the next batch, before the transaction commits; the import has already
    /// checked it against the store.
    func insert(_ file: CaseFile, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        pending.append((file, source))
        result.inserted += 1
        if pending.count >= PreparedBatches<[BulkCase]>.batchSize { try flush() }
    }

    /// Writes the waiting new cases: checked, encoded and digested on every core, then inserted together
    /// (`PGCaseRows.insertAll`) with their audit rows.
    func flush() throws {
        guard isWriting, !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let prepared = try PreparedBatches<[BulkCase]>.prepare(batch.map { BulkCase($0.file) }, rows: rows.rows)
            .map { try $0.1.get() }
        let written = try rows.insertAll(db, zip(prepared, batch).map { prepared, waiting in
            PGNewCase(prepared: prepared, lastChange: rows.today, action: .importCase, detail: waiting.source.auditDetail,
                      keepsDocument: true)
        }, user: user, at: at)
        for (_, writtenCase) in written { keys?.add(writtenCase.file) }
    }

    func apply(_ edits: [CaseEdit], to id: CaseID, source: BulkSource) throws {
        guard isWriting else { throw StoreError.readOnly(path: "dry run") }
        try flush()
        guard let stored = try PGStoredCase.fetch(db, id: id, codec: rows.codec) else {
            throw StoreError.noCase(id: id.rawValue)
        }
        let written = try rows.rewrite(db, stored, edits: edits, user: user, audit: .imported(source), at: at)
        keys?.remove(stored.file)
        keys?.add(written.file)
        result.replaced += 1
    }
}
