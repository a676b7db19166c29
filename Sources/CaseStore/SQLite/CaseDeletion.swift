import CaseDomain
import GRDB

extension SQLiteCaseStore {
    /// Removes the case at `expectedVersion` with its document and A-numbers; the audit row keeps the whole
    /// document before and names the version the deletion made.
    public func deleteCase(id: CaseID, expectedVersion: Int) throws {
        try write(.deleteCase, subject: "case \(id.rawValue)") { db in
            guard let stored = try StoredCaseRow.fetch(db, id: id, codec: CaseCodec()) else {
                throw StoreError.noCase(id: id.rawValue)
            }
            guard stored.version == expectedVersion else {
                throw StoreError.conflict(matter: stored.file.matter, expectedVersion: expectedVersion,
                                          currentVersion: stored.version)
            }
            // The document and A-numbers go with the row (ON DELETE CASCADE).
            try db.execute(sql: #"DELETE FROM "case" WHERE id = ?"#, arguments: [stored.rowID])
            try AuditLog.append(db, user: currentUser, action: .deleteCase, subject: "case \(stored.file.matter)",
                                caseID: stored.rowID, caseUID: id, matter: stored.file.matter,
                                caseVersion: stored.version + 1, before: stored.document)
        }
    }

    /// Brings the case of audit row `entryID` back to its document before that row, as a new change.
    @discardableResult
    public func restore(fromAudit entryID: Int64) throws -> StoredCase {
        try write(.editCase, subject: "audit row \(entryID)") { db in
            guard let text = try String.fetchOne(db, sql: "SELECT case_uid FROM audit WHERE id = ?", arguments: [entryID]),
                  let uid = CaseID(text) else {
                throw StoreError.cannotRestore(entry: entryID, reason: "it names no case")
            }
            guard let document = try CaseTimeline.document(db, uid: uid, before: entryID) else {
                throw StoreError.cannotRestore(entry: entryID, reason: "there was no case before it")
            }
            let codec = CaseCodec()
            let file = try codec.file(fromDocument: document)
            let today = try Self.today(in: db, override: todayOverride)
            let rows = try CaseRows(db, today: today)
            let at = AuditLog.timestamp()
            if let stored = try StoredCaseRow.fetch(db, id: uid, codec: codec) {
                return try rows.rewrite(db, stored, edits: [.replace(file)], user: currentUser,
                                        audit: .restored(entry: entryID), at: at)
            }
            return try reinsert(db, file, rows: rows, entryID: entryID, at: at)
        }
    }

    /// A deleted case written again under its own id, at the version after its deletion's.
    private func reinsert(_ db: Database, _ file: CaseFile, rows: CaseRows, entryID: Int64, at: String) throws -> StoredCase {
        let checked = try WriteCheck.checked(file)
        guard try caseID(db, matter: checked.matter) == nil else { throw StoreError.duplicateMatter(matter: checked.matter) }
        let newest = try Int.fetchOne(db, sql: "SELECT max(case_version) FROM audit WHERE case_uid = ?",
                                      arguments: [checked.id?.rawValue]) ?? 0
        let version = newest + 1
        let prepared = try rows.prepare(checked)
        let id = try rows.insert(db, prepared, lastChange: rows.today, at: at)
        try db.execute(sql: #"UPDATE "case" SET version = ? WHERE id = ?"#, arguments: [version, id])
        try AuditLog.append(db, user: currentUser, action: .restoreCase, subject: "case \(checked.matter)",
                            caseID: id, caseUID: prepared.file.id, matter: checked.matter, caseVersion: version,
                            detail: RewriteAudit.restored(entry: entryID).detail, after: prepared.document, at: at)
        return StoredCase(id: id, version: version, lastChange: rows.today, file: prepared.file)
    }
}
