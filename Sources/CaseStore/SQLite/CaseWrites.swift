import CaseDomain
import Foundation
import GRDB

extension SQLiteCaseStore {
    /// Adds a new case (version 1). The matter number, the id and every A-number must be new to the store.
    @discardableResult
    public func createCase(_ file: CaseFile) throws -> StoredCase {
        var file = file
        if file.id == nil { file.id = CaseIdentity.randomCaseID() }
        file = CaseIdentity.assigningPositionIDs(file)
        let checked = try WriteCheck.checked(file)
        return try write(.editCase, subject: "case \(checked.matter)") { db in
            let today = try Self.today(in: db, override: todayOverride)
            guard try caseID(db, matter: checked.matter) == nil else {
                throw StoreError.duplicateMatter(matter: checked.matter)
            }
            let at = AuditLog.timestamp()
            let rows = try CaseRows(db, today: today)
            let prepared = try rows.prepare(checked)
            let id = try rows.insert(db, prepared, lastChange: today, at: at)
            try AuditLog.append(db, user: currentUser, action: .createCase, subject: "case \(checked.matter)",
                                caseID: id, caseUID: checked.id, matter: checked.matter, caseVersion: 1,
                                after: prepared.document, at: at)
            return StoredCase(id: id, version: 1, lastChange: today, file: prepared.file)
        }
    }

    /// The one edit primitive: the edits applied by the domain's `CaseEditor` at `expectedVersion`, stored with
    /// the fields before and after in the same transaction.
    @discardableResult
    public func apply(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> StoredCase {
        try write(.editCase, subject: "case \(id.rawValue)") { db in
            guard let stored = try StoredCaseRow.fetch(db, id: id, codec: CaseCodec()) else {
                throw StoreError.noCase(id: id.rawValue)
            }
            guard stored.version == expectedVersion else {
                throw StoreError.conflict(matter: stored.file.matter, expectedVersion: expectedVersion,
                                          currentVersion: stored.version)
            }
            let today = try Self.today(in: db, override: todayOverride)
            return try CaseRows(db, today: today).rewrite(db, stored, edits: edits, user: currentUser,
                                                          audit: .edit(edits), at: AuditLog.timestamp())
        }
    }

    func caseID(_ db: Database, matter: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: #"SELECT id FROM "case" WHERE matter = ?"#, arguments: [matter])
    }
}

/// A stored case read inside a write transaction, with what a rewrite needs.
struct StoredCaseRow {
    let rowID: Int64
    let version: Int
    let document: String
    let file: CaseFile

    static func fetch(_ db: Database, id: CaseID, codec: CaseCodec) throws -> StoredCaseRow? {
        try fetch(db, where: "c.uid = ?", id.rawValue, codec: codec)
    }

    static func fetch(_ db: Database, matter: String, codec: CaseCodec) throws -> StoredCaseRow? {
        try fetch(db, where: "c.matter = ?", matter, codec: codec)
    }

    private static func fetch(_ db: Database, where condition: String, _ value: String,
                              codec: CaseCodec) throws -> StoredCaseRow? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: CaseRows.selectWithDocument("c.id, c.version, d.document", where: condition)),
            arguments: [value]) else { return nil }
        let document: String = row["document"]
        return StoredCaseRow(rowID: row["id"], version: row["version"], document: document,
                             file: try codec.file(fromDocument: document))
    }
}

/// How a rewrite is worded in the audit trail.
enum RewriteAudit {
    /// Edits made by a person: the edit's own action (one edit) or `edit-case` (several).
    case edit([CaseEdit])
    /// `import --update`: the import action, naming the source.
    case imported(BulkSource)
    /// `restore(fromAudit:)`: back to the document before that audit row.
    case restored(entry: Int64)

    var action: AuditAction {
        switch self {
        case .edit(let edits):
            guard edits.count == 1, let only = edits.first else { return .editCase }
            return AuditAction(rawValue: only.name) ?? .editCase
        case .imported(let source): return source.auditAction
        case .restored: return .restoreCase
        }
    }

    var detail: String? {
        switch self {
        case .edit(let edits):
            let words = edits.compactMap(\.summary)
            return words.isEmpty ? nil : words.joined(separator: "; ")
        case .imported(let source): return source.auditDetail
        case .restored(let entry): return "restored to the case before audit row \(entry)"
        }
    }
}

extension CaseRows {
    /// Replace-with-audit, written once: applies the edits through `CaseEditor`, checks the new matter is
    /// free, rewrites the row, its document, digest and A-numbers at the stored version, and appends the
    /// audit row with the fields before and after.
    @discardableResult
    func rewrite(_ db: Database, _ stored: StoredCaseRow, edits: [CaseEdit], user: String, audit: RewriteAudit,
                 at: String) throws -> StoredCase {
        let newVersion = stored.version + 1
        let file: CaseFile
        do {
            file = try CaseEditor.apply(edits, to: stored.file, context: EditContext(user: user, newVersion: newVersion))
        } catch {
            throw StoreError.invalidField(matter: stored.file.matter, field: error.field, problem: error.message)
        }
        if file.matter != stored.file.matter,
           try Int64.fetchOne(db, sql: #"SELECT id FROM "case" WHERE matter = ?"#, arguments: [file.matter]) != nil {
            throw StoreError.duplicateMatter(matter: file.matter)
        }
        let (written, document) = try update(db, id: stored.rowID, expectedVersion: stored.version, file,
                                             lastChange: today, at: at)
        guard written else {
            throw StoreError.conflict(matter: file.matter, expectedVersion: stored.version, currentVersion: stored.version)
        }
        let diff = CaseCodec.changedFields(before: stored.document, after: document)
        try AuditLog.append(db, user: user, action: audit.action, subject: "case \(file.matter)", caseID: stored.rowID,
                            caseUID: file.id, matter: file.matter, caseVersion: newVersion, detail: audit.detail,
                            before: diff.before, after: diff.after, at: at)
        return StoredCase(id: stored.rowID, version: newVersion, lastChange: today, file: file)
    }
}
