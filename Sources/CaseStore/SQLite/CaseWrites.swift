import CaseDomain
import Foundation
import GRDB

extension SQLiteCaseStore {
    /// Adds a new case (version 1). The matter number and every A-number must be new to the store.
    @discardableResult
    public func createCase(_ file: CaseFile) throws -> StoredCase {
        let file = try WriteCheck.checked(file)
        return try write { db in
            let today = try Self.today(in: db, override: todayOverride)
            guard try caseID(db, matter: file.matter) == nil else {
                throw StoreError.duplicateMatter(matter: file.matter)
            }
            let at = AuditLog.timestamp()
            let (id, document) = try CaseRows(db, today: today).insert(db, file, lastChange: today, at: at)
            try AuditLog.append(db, user: currentUser, action: .createCase, subject: "case \(file.matter)",
                                caseID: id, matter: file.matter, caseVersion: 1, after: document, at: at)
            return StoredCase(id: id, version: 1, lastChange: today, file: file)
        }
    }

    /// Replaces a case entirely (the edit form, `import --update`); the matter number may change.
    @discardableResult
    public func replaceCase(matter: String, with file: CaseFile, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .replaceCase) { $0 = file }
    }

    /// Applies one intention to a stored case in one transaction: checks the version, validates, rewrites the
    /// row and its digest, and appends the audit row with the fields before and after.
    func change(matter: String, expectedVersion: Int, action: AuditAction, detail: String? = nil,
                _ transform: (inout CaseFile) throws -> Void) throws -> StoredCase {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: CaseRows.selectWithDocument("c.id, c.version, d.document", where: "c.matter = ?"),
                                             arguments: [matter]) else {
                throw StoreError.caseNotFound(matter: matter)
            }
            let id: Int64 = row["id"]
            let version: Int = row["version"]
            guard version == expectedVersion else {
                throw StoreError.conflict(matter: matter, expectedVersion: expectedVersion, currentVersion: version)
            }
            let today = try Self.today(in: db, override: todayOverride)
            let rows = try CaseRows(db, today: today)
            let oldDocument: String = row["document"]
            var file = try rows.codec.file(fromDocument: oldDocument)
            try transform(&file)
            file = try WriteCheck.checked(file)
            if file.matter != matter, try caseID(db, matter: file.matter) != nil {
                throw StoreError.duplicateMatter(matter: file.matter)
            }
            let at = AuditLog.timestamp()
            let (written, newDocument) = try rows.update(db, id: id, expectedVersion: expectedVersion, file,
                                                         lastChange: today, at: at)
            guard written else {
                throw StoreError.conflict(matter: matter, expectedVersion: expectedVersion, currentVersion: version)
            }
            let diff = CaseCodec.changedFields(before: oldDocument, after: newDocument)
            try AuditLog.append(db, user: currentUser, action: action, subject: "case \(file.matter)", caseID: id,
                                matter: file.matter, caseVersion: version + 1, detail: detail,
                                before: diff.before, after: diff.after, at: at)
            return StoredCase(id: id, version: version + 1, lastChange: today, file: file)
        }
    }

    func caseID(_ db: Database, matter: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: #"SELECT id FROM "case" WHERE matter = ?"#, arguments: [matter])
    }
}
