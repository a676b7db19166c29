import CaseDomain
import GRDB

extension CaseRows {
    /// The writer of case rows with the PostgreSQL store's settings: the same preparation, digests and
    /// derived columns as the SQLite writer's, so both backends store the same values.
    init(_ db: PQConnection, today: CivilDate) throws {
        codec = CaseCodec()
        generation = try PGSettings.generation(db)
        engine = DeadlineEngine(settings: try PGSettings.deadlineSettings(db))
        self.today = today
    }
}

/// A column value as libpq's text parameter: the same text SQLite is given (integers and flags in
/// decimal, NULL as nil).
func pqText(_ value: (any DatabaseValueConvertible)?) -> String? {
    guard let value else { return nil }
    switch value.databaseValue.storage {
    case .null: return nil
    case .int64(let number): return String(number)
    case .double(let number): return String(number)
    case .string(let text): return text
    case .blob(let data): return String(decoding: data, as: UTF8.self)
    }
}

/// Writes a case's row on PostgreSQL: the document, the digest and every column derived from them.
struct PGCaseRows {
    let rows: CaseRows

    init(_ db: PQConnection, today: CivilDate) throws { rows = try CaseRows(db, today: today) }

    var today: CivilDate { rows.today }
    var codec: CaseCodec { rows.codec }

    static func placeholders(_ range: ClosedRange<Int>) -> String { range.map { "$\($0)" }.joined(separator: ", ") }

    static let insertSQL: String = {
        let columns = ["version", "last_change_at", "last_change_date"] + CaseRows.caseColumns + CaseRows.digestColumns
        return #"INSERT INTO "case" ("# + columns.joined(separator: ", ") + ") VALUES ("
            + placeholders(1...columns.count) + ") RETURNING id"
    }()

    static let updateSQL: String = {
        let columns = CaseRows.caseColumns + CaseRows.digestColumns
        let assignments = columns.enumerated().map { "\($1) = $\($0 + 3)" }.joined(separator: ", ")
        return #"UPDATE "case" SET version = version + 1, last_change_at = $1, last_change_date = $2, "#
            + assignments + " WHERE id = $\(columns.count + 3) AND version = $\(columns.count + 4)"
    }()

    static let refreshSQL: String = {
        let columns = CaseRows.digestColumns
        return #"UPDATE "case" SET "# + columns.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", ")
            + " WHERE id = $\(columns.count + 1) AND version = $\(columns.count + 2)"
    }()

    /// Inserts a prepared case whose id is free; returns its row id and the case as written.
    func insert(_ db: PQConnection, _ prepared: PreparedCase, lastChange: CivilDate, at: String) throws -> (Int64, PreparedCase) {
        let prepared = try freeID(db, prepared)
        let digest = try rows.digestValues(of: prepared.digest, basis: prepared.basis).map(pqText)
        let values: [String?] = ["1", at, lastChange.iso] + rows.caseValues(prepared.file).map(pqText) + digest
        let id = try insertWithDocument(db, values, document: prepared.document)
        try insertANumbers(db, of: prepared.file, caseID: id)
        return (id, prepared)
    }

    /// The case row and its document in one statement (`values` in `insertSQL`'s order); the row id.
    func insertWithDocument(_ db: PQConnection, _ values: [String?], document: String) throws -> Int64 {
        let sql = "WITH inserted AS (" + Self.insertSQL + ") INSERT INTO case_document (case_id, document) "
            + "SELECT id, $\(values.count + 1) FROM inserted RETURNING case_id"
        guard let id = try db.execute(sql, values + [document]).first.map({ try $0.int64("case_id") }) else {
            throw DocumentError.malformed("an inserted case")
        }
        return id
    }

    /// A derived id that is taken moves on to `-2`, `-3`, …; a given one that is taken is an error.
    private func freeID(_ db: PQConnection, _ prepared: PreparedCase) throws -> PreparedCase {
        var prepared = prepared
        var attempt = 1
        while let id = prepared.file.id,
              let holder = try db.execute(#"SELECT matter FROM "case" WHERE uid = $1"#, [id.rawValue]).first {
            guard prepared.hasDerivedID else {
                throw StoreError.duplicateCaseID(id: id.rawValue, matter: try holder.text("matter"))
            }
            attempt += 1
            var file = prepared.file
            file.id = nil
            prepared = try rows.prepare(file, attempt: attempt)
        }
        return prepared
    }

    /// Rewrites a case whose stored version is `expectedVersion` (checked by the `UPDATE` itself); false
    /// when it no longer is.
    func update(_ db: PQConnection, id: Int64, expectedVersion: Int, _ file: CaseFile, lastChange: CivilDate,
                at: String) throws -> (Bool, String) {
        let document = try codec.document(file)
        let (_, digest) = try rows.digestValues(file)
        let values: [String?] = [at, lastChange.iso] + rows.caseValues(file).map(pqText) + digest.map(pqText)
            + [String(id), String(expectedVersion)]
        guard try db.execute(Self.updateSQL, values).affected == 1 else { return (false, document) }
        try db.execute("UPDATE case_document SET document = $1 WHERE case_id = $2", [document, String(id)])
        try db.execute("DELETE FROM a_number WHERE case_id = $1", [String(id)])
        try insertANumbers(db, of: file, caseID: id)
        return (true, document)
    }

    /// Every A-number of the case in the store-wide unique key; a taken one is the SQLite store's error.
    func insertANumbers(_ db: PQConnection, of file: CaseFile, caseID: Int64) throws {
        let numbers = file.aNumbers
        guard !numbers.isEmpty else { return }
        // All in one statement; one that is taken (by another case, or twice in this one) is left out, and
        // then named as the SQLite store names it.
        let inserted = try db.execute("""
            INSERT INTO a_number (digits, case_id) SELECT DISTINCT unnest($1::text[]), $2::bigint
            ON CONFLICT (digits) DO NOTHING RETURNING digits
            """, [pqArray(numbers.map(\.digits)), String(caseID)]).map { try $0.text("digits") }
        var fresh = Set(inserted)
        for number in numbers where fresh.remove(number.digits) == nil {
            throw StoreError.duplicateANumber(aNumber: number.display)
        }
    }

    /// Replace-with-audit, as the SQLite writer's `rewrite`: the edits through `CaseEditor`, the new matter
    /// free, the row rewritten at the stored version, the audit row with the fields before and after.
    @discardableResult
    func rewrite(_ db: PQConnection, _ stored: PGStoredCase, edits: [CaseEdit], user: String, audit: RewriteAudit,
                 at: String) throws -> StoredCase {
        let newVersion = stored.version + 1
        let file: CaseFile
        do {
            file = try CaseEditor.apply(edits, to: stored.file, context: EditContext(user: user, newVersion: newVersion))
        } catch {
            throw StoreError.invalidField(matter: stored.file.matter, field: error.field, problem: error.message)
        }
        if file.matter != stored.file.matter,
           try db.execute(#"SELECT id FROM "case" WHERE matter = $1"#, [file.matter]).count > 0 {
            throw StoreError.duplicateMatter(matter: file.matter)
        }
        let (written, document) = try update(db, id: stored.rowID, expectedVersion: stored.version, file,
                                             lastChange: today, at: at)
        guard written else {
            let current = try db.execute(#"SELECT version FROM "case" WHERE id = $1"#, [String(stored.rowID)]).first?
                .optionalInt("version") ?? stored.version
            throw StoreError.conflict(matter: file.matter, expectedVersion: stored.version, currentVersion: current)
        }
        let diff = CaseCodec.changedFields(before: stored.document, after: document)
        try PGAudit.append(db, user: user, action: audit.action, subject: "case \(file.matter)", caseID: stored.rowID,
                           caseUID: file.id, matter: file.matter, caseVersion: newVersion, detail: audit.detail,
                           before: diff.before, after: diff.after, at: at)
        return StoredCase(id: stored.rowID, version: newVersion, lastChange: today, file: file)
    }
}

/// A stored case read inside a write transaction, with what a rewrite needs.
struct PGStoredCase {
    let rowID: Int64
    let version: Int
    let lastChange: String
    let document: String
    let file: CaseFile

    static func fetch(_ db: PQConnection, id: CaseID, codec: CaseCodec) throws -> PGStoredCase? {
        try fetch(db, where: "c.uid = $1", id.rawValue, codec: codec)
    }

    static func fetch(_ db: PQConnection, matter: String, codec: CaseCodec) throws -> PGStoredCase? {
        try fetch(db, where: "c.matter = $1", matter, codec: codec)
    }

    private static func fetch(_ db: PQConnection, where condition: String, _ value: String,
                              codec: CaseCodec) throws -> PGStoredCase? {
        guard let row = try db.execute(CaseRows.selectWithDocument("c.id, c.version, c.last_change_date, d.document",
                                                                   where: condition), [value]).first else { return nil }
        let document = try row.text("document")
        return PGStoredCase(rowID: try row.int64("id"), version: try row.int("version"),
                            lastChange: try row.text("last_change_date"), document: document,
                            file: try codec.file(fromDocument: document))
    }
}
