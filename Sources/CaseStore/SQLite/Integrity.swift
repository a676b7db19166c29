import GRDB

extension SQLiteCaseStore {
    /// Runs SQLite's full integrity check, the foreign-key check, the audit trail's hash chain and consistency
    /// checks and reads every case (`CaseDataCheck`); throws `StoreError.damaged` with the first problem
    /// found (a broken chain names the first broken audit row by its id). A damaged or foreign file gives an
    /// error, never a crash.
    @discardableResult
    public func integrityCheck() throws -> IntegrityReport {
        try read { db in
            let results = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard results == ["ok"] else {
                throw StoreError.damaged(path: path, detail: results.first ?? "the integrity check failed")
            }
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                throw StoreError.damaged(path: path, detail: "a row refers to a missing case")
            }
            let report = try Self.verifyChain(db, path: path)
            if let problem = try AuditConsistency.firstProblem(db) {
                throw StoreError.damaged(path: path, detail: "the audit trail is inconsistent: \(problem)")
            }
            if let problem = try CaseDataCheck(db).firstProblem(db) {
                throw StoreError.damaged(path: path, detail: problem)
            }
            return report
        }
    }

    /// Walks the whole trail in id order through `AuditChainVerifier`.
    static func verifyChain(_ db: Database, path: String) throws -> IntegrityReport {
        var verifier = AuditChainVerifier()
        let rows = try Row.fetchCursor(db, sql: "SELECT \(AuditLog.chainColumns) FROM audit ORDER BY id")
        while let row = try rows.next() {
            if let problem = verifier.check(AuditLog.record(row), prevHash: row["prev_hash"], hash: row["hash"]) {
                throw StoreError.damaged(path: path, detail: "the audit chain is broken: \(problem)")
            }
        }
        return IntegrityReport(auditRows: verifier.rows, headHash: verifier.head)
    }
}
