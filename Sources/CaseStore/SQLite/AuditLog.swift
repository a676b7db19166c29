import CaseDomain
import Foundation
import GRDB

/// Appends audit rows, always inside the transaction of the change they record.
enum AuditLog {
    static func append(_ db: Database, user: String, action: AuditAction, subject: String, caseID: Int64? = nil,
                       caseUID: CaseID? = nil, matter: String? = nil, caseVersion: Int? = nil, detail: String? = nil,
                       before: String? = nil, after: String? = nil, at: String = timestamp()) throws {
        // The chain's head and the next id, read inside the write transaction that holds the lock: no other
        // writer can append between this read and the insert.
        let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"))
        let sequence = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'"))
        let lastID: Int64 = head?["id"] ?? 0
        let id = max(lastID, sequence ?? 0) + 1
        let previous: String = head?["hash"] ?? AuditChain.genesis
        let record = AuditRecord(id: id, at: at, user: user, action: action.rawValue, subject: subject,
                                 caseUID: caseUID?.rawValue, matter: matter, caseVersion: caseVersion, detail: detail,
                                 before: before, after: after)
        try db.cachedStatement(sql: """
            INSERT INTO audit (id, at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                               before, after, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, at, user, action.rawValue, subject, caseID, caseUID?.rawValue, matter,
                                     caseVersion, detail, before, after, previous,
                                     AuditChain.hash(previous: previous, record)])
    }

    /// The chain's record of a row as `SELECT *` (or `chainColumns`) reads it.
    static func record(_ row: Row) -> AuditRecord {
        AuditRecord(id: row["id"], at: row["at_utc"], user: row["os_user"], action: row["action"],
                    subject: row["subject"], caseUID: row["case_uid"], matter: row["matter"],
                    caseVersion: row["case_version"], detail: row["detail"], before: row["before"], after: row["after"])
    }

    /// The columns `record` and the chain's check read.
    static let chainColumns = "id, at_utc, os_user, action, subject, case_uid, matter, case_version, detail, before, "
        + "after, prev_hash, hash"

    /// Now, in UTC, to the second: `2026-11-30T17:05:09Z`.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(parts.tm_year + 1900, 4) + "-" + pad(parts.tm_mon + 1, 2) + "-" + pad(parts.tm_mday, 2) + "T"
            + pad(parts.tm_hour, 2) + ":" + pad(parts.tm_min, 2) + ":" + pad(parts.tm_sec, 2) + "Z"
    }

    static func entries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: """
            SELECT id, at_utc, os_user, action, subject, matter, case_version, detail, before, after
            FROM audit \(sql)
            """, arguments: arguments).map { row in
            AuditEntry(id: row["id"], at: row["at_utc"], user: row["os_user"], action: row["action"],
                       subject: row["subject"], matter: row["matter"], caseVersion: row["case_version"],
                       detail: row["detail"], before: row["before"], after: row["after"])
        }
    }
}

extension SQLiteCaseStore {
    /// The audit trail of one case, oldest first: its rows by its stable id (a deleted case's too), and the
    /// rows written before reports named it (they name only the case's row id).
    public func auditTrail(caseID: CaseID) throws -> [AuditEntry] {
        try read { db in
            let rowID = try Int64.fetchOne(db, sql: #"SELECT id FROM "case" WHERE uid = ?"#, arguments: [caseID.rawValue])
            return try AuditLog.entries(db, sql: "WHERE case_uid = ? OR (case_uid IS NULL AND case_id = ?) ORDER BY id",
                                        arguments: [caseID.rawValue, rowID])
        }
    }

    /// Audit rows after `id` (0 for the start), oldest first, at most `limit`.
    public func auditEntries(after id: Int64, limit: Int) throws -> [AuditEntry] {
        try read { db in
            try AuditLog.entries(db, sql: "WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit])
        }
    }
}
