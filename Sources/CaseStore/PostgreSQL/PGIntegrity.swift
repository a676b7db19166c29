import CaseDomain

extension CaseDataCheck {
    /// The check of stored cases with the PostgreSQL store's settings.
    init(_ db: PQConnection) throws {
        engine = DeadlineEngine(settings: try PGSettings.deadlineSettings(db))
        generation = try PGSettings.generation(db)
    }
}

extension PostgresCaseStore {
    /// The audit chain (and its head row), the trail's consistency, and every case read, validated and
    /// compared with its digest, on one snapshot; the first problem is `StoreError.damaged`. PostgreSQL
    /// checks its own pages and references itself (checksums, foreign keys).
    func integrityCheck() throws -> IntegrityReport {
        try read { db in
            let report = try PGAudit.verifyChain(db, location: location)
            if let problem = try PGConsistency.firstProblem(db) {
                throw StoreError.damaged(path: location, detail: "the audit trail is inconsistent: \(problem)")
            }
            let check = try CaseDataCheck(db)
            var lastMatter: String?
            while true {
                // Matter order, a page at a time (keyset: each page starts after the last matter read).
                let page = try db.execute("""
                    SELECT c.matter, d.document, c.digest, c.digest_computed_for, c.digest_generation,
                        c.digest_rolls_through, c.digest_later_dues
                    FROM "case" AS c LEFT JOIN case_document AS d ON d.case_id = c.id
                    WHERE $1::text IS NULL OR c.matter > $1::text ORDER BY c.matter LIMIT 1000
                    """, [lastMatter])
                guard page.count > 0 else { break }
                for row in page {
                    let stored = CaseDataCheck.StoredRow(
                        matter: try row.text("matter"), document: row.optional("document"), digest: try row.text("digest"),
                        computedFor: try row.text("digest_computed_for"), generation: try row.int("digest_generation"),
                        rollsThrough: row.optionalInt("digest_rolls_through"), laterDues: row.optional("digest_later_dues"))
                    if let problem = check.problem(in: stored) {
                        throw StoreError.damaged(path: location, detail: "case \(TextSafety.quoted(stored.matter)): \(problem)")
                    }
                    lastMatter = stored.matter
                }
            }
            return report
        }
    }
}

/// The audit trail's consistency (`AuditConsistency`'s checks) in PostgreSQL's dialect.
enum PGConsistency {
    static func firstProblem(_ db: PQConnection) throws -> String? {
        if let row = try db.execute("""
            SELECT c.matter, c.version, a.newest FROM "case" AS c
            LEFT JOIN (SELECT case_uid, max(case_version) AS newest FROM audit
                       WHERE case_uid IS NOT NULL AND case_version IS NOT NULL GROUP BY case_uid) AS a
                   ON a.case_uid = c.uid
            WHERE a.newest IS NULL OR a.newest <> c.version
            LIMIT 1
            """).first {
            return "case \(try row.text("matter")) is at version \(try row.int("version")) but its newest audit row "
                + (row.optionalInt("newest").map { "names version \($0)" } ?? "is missing")
        }
        if let row = try db.execute("""
            SELECT n.newest FROM (SELECT case_uid, max(id) AS newest FROM audit
                                  WHERE case_uid IS NOT NULL AND case_version IS NOT NULL GROUP BY case_uid) AS n
            JOIN audit AS a ON a.id = n.newest
            WHERE a.action <> 'delete-case' AND NOT EXISTS (SELECT 1 FROM "case" AS c WHERE c.uid = n.case_uid)
            LIMIT 1
            """).first {
            return "audit row \(try row.text("newest")) names a case that is not in the store"
        }
        if let row = try db.execute("""
            SELECT id FROM (SELECT id, case_version,
                                   lag(case_version) OVER (PARTITION BY case_uid ORDER BY id) AS previous
                            FROM audit WHERE case_uid IS NOT NULL AND case_version IS NOT NULL) AS ordered
            WHERE case_version < previous LIMIT 1
            """).first {
            return "audit row \(try row.text("id")) goes back to an older version of its case"
        }
        return nil
    }
}
