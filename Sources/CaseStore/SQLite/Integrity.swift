import GRDB

extension SQLiteCaseStore {
    /// Runs SQLite's full integrity check, the foreign-key check, the audit trail's consistency check and
    /// reads every case (`CaseDataCheck`); throws `StoreError.damaged` with the first problem found. A damaged or foreign file gives an error, never a crash.
    public func integrityCheck() throws {
        try read { db in
            let results = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard results == ["ok"] else {
                throw StoreError.damaged(path: path, detail: results.first ?? "the integrity check failed")
            }
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                throw StoreError.damaged(path: path, detail: "a row refers to a missing case")
            }
            if let problem = try AuditConsistency.firstProblem(db) {
                throw StoreError.damaged(path: path, detail: "the audit trail is inconsistent: \(problem)")
            }
            if let problem = try CaseDataCheck(db).firstProblem(db) {
                throw StoreError.damaged(path: path, detail: problem)
            }
        }
    }
}
