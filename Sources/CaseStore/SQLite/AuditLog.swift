import CaseDomain
import Foundation
import GRDB

/// Appends audit rows, always inside the transaction of the change they record.
enum AuditLog {
    static func append(_ db: Database, user: String, action: AuditAction, subject: String, caseID: Int64? = nil,
                       caseUID: CaseID? = nil, matter: String? = nil, caseVersion: Int? = nil, detail: String? = nil,
                       before: String? = nil, after: String? = nil, at: String = timestamp()) throws {
        try db.cachedStatement(sql: """
            INSERT INTO audit (at_utc, os_user, action, subject, case_id, case_uid, matter, case_version, detail,
                               before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [at, user, action.rawValue, subject, caseID, caseUID?.rawValue, matter, caseVersion,
                                     detail, before, after])
    }

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
    /// The audit trail of one case, oldest first.
    public func auditTrail(caseID: CaseID) throws -> [AuditEntry] {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: #"SELECT id FROM "case" WHERE uid = ?"#,
                                              arguments: [caseID.rawValue]) else { return [] }
            return try AuditLog.entries(db, sql: "WHERE case_id = ? ORDER BY id", arguments: [id])
        }
    }

    /// Audit rows after `id` (0 for the start), oldest first, at most `limit`.
    public func auditEntries(after id: Int64, limit: Int) throws -> [AuditEntry] {
        try read { db in
            try AuditLog.entries(db, sql: "WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit])
        }
    }
}
