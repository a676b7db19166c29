import GRDB

/// The audit trail's consistency: every change to a case left its row, in order. The trail is append-only
/// (triggers refuse UPDATE and DELETE), so a gap means rows were lost or written around the store. Cases
/// are followed by their stable id (`case_uid`): a deleted case keeps its rows after its row id is gone.
enum AuditConsistency {
    /// The first inconsistency found, in words that name a matter but no client data; nil when consistent.
    static func firstProblem(_ db: Database) throws -> String? {
        // Every write of a case appends its audit row with the version it made, so the newest row of each
        // case names the case's version.
        if let row = try Row.fetchOne(db, sql: """
            SELECT c.matter, c.version, a.newest FROM "case" AS c
            LEFT JOIN (SELECT case_uid, max(case_version) AS newest FROM audit
                       WHERE case_uid IS NOT NULL AND case_version IS NOT NULL GROUP BY case_uid) AS a
                   ON a.case_uid = c.uid
            WHERE a.newest IS NULL OR a.newest <> c.version
            LIMIT 1
            """) {
            let matter: String = row[0]
            let version: Int = row[1]
            let newest: Int? = row[2]
            return "case \(matter) is at version \(version) but its newest audit row "
                + (newest.map { "names version \($0)" } ?? "is missing")
        }
        // A case no longer stored must have been deleted: its newest change is a deletion.
        if let id = try Int64.fetchOne(db, sql: """
            SELECT n.newest FROM (SELECT case_uid, max(id) AS newest FROM audit
                                  WHERE case_uid IS NOT NULL AND case_version IS NOT NULL GROUP BY case_uid) AS n
            JOIN audit AS a ON a.id = n.newest
            WHERE a.action <> 'delete-case' AND NOT EXISTS (SELECT 1 FROM "case" AS c WHERE c.uid = n.case_uid)
            LIMIT 1
            """) {
            return "audit row \(id) names a case that is not in the store"
        }
        // Rows that name only a row id (written before rows named the stable id) must name a stored case.
        if let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM audit WHERE case_uid IS NULL AND case_id IS NOT NULL
              AND case_id NOT IN (SELECT id FROM "case")
              AND case_id NOT IN (SELECT case_id FROM audit WHERE action = 'delete-case' AND case_id IS NOT NULL)
            LIMIT 1
            """) {
            return "audit row \(id) names a case that is not in the store"
        }
        if let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM (SELECT id, case_version,
                                   lag(case_version) OVER (PARTITION BY case_uid ORDER BY id) AS previous
                            FROM audit WHERE case_uid IS NOT NULL AND case_version IS NOT NULL)
            WHERE case_version < previous LIMIT 1
            """) {
            return "audit row \(id) goes back to an older version of its case"
        }
        return nil
    }
}
