import GRDB

/// The audit trail's consistency: every change to a case left its row, in order. The trail is append-only
/// (triggers refuse UPDATE and DELETE), so a gap means rows were lost or written around the store.
enum AuditConsistency {
    /// The first inconsistency found, in words that name a matter but no client data; nil when consistent.
    static func firstProblem(_ db: Database) throws -> String? {
        // Every write of a case appends its audit row with the version it made, so the newest row of each
        // case names the case's version.
        if let row = try Row.fetchOne(db, sql: """
            SELECT c.matter, c.version, a.newest FROM "case" AS c
            LEFT JOIN (SELECT case_id, max(case_version) AS newest FROM audit
                       WHERE case_id IS NOT NULL AND case_version IS NOT NULL GROUP BY case_id) AS a
                   ON a.case_id = c.id
            WHERE a.newest IS NULL OR a.newest <> c.version
            LIMIT 1
            """) {
            let matter: String = row[0]
            let version: Int = row[1]
            let newest: Int? = row[2]
            return "case \(matter) is at version \(version) but its newest audit row "
                + (newest.map { "names version \($0)" } ?? "is missing")
        }
        if let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM audit WHERE case_id IS NOT NULL AND case_id NOT IN (SELECT id FROM "case") LIMIT 1
            """) {
            return "audit row \(id) names a case that is not in the store"
        }
        if let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM (SELECT id, case_version,
                                   lag(case_version) OVER (PARTITION BY case_id ORDER BY id) AS previous
                            FROM audit WHERE case_id IS NOT NULL AND case_version IS NOT NULL)
            WHERE case_version < previous LIMIT 1
            """) {
            return "audit row \(id) goes back to an older version of its case"
        }
        return nil
    }
}
