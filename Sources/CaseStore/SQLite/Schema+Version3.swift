import CaseDomain
import CaseFormats
import GRDB

extension Schema {
    /// Stable ids (`docs/formats.md`, Stable ids): every case gets a `uid` and every stored document its
    /// `casedesk/2` ids, given as a `casedesk/1` file's would be (so a store and its old export agree);
    /// audit rows name the case's id, so the change feed can say which case changed even after a removal;
    /// the covering index of the case list carries the id; stored digests are recomputed on first use.
    static func version3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE "case" ADD COLUMN uid TEXT NOT NULL DEFAULT '';
            ALTER TABLE audit ADD COLUMN case_uid TEXT;
            """)
        let rows = try Row.fetchAll(db, sql: #"SELECT c.id, c.matter, d.document FROM "case" AS c "#
                                        + "JOIN case_document AS d ON d.case_id = c.id ORDER BY c.matter")
        var taken = Set<CaseID>()
        let codec = CaseCodec()
        for row in rows {
            let rowID: Int64 = row["id"]
            let matter: String = row["matter"]
            let document: String = row["document"]
            var file: CaseFile
            do {
                file = try CaseJSONDocument.file(from: document, source: "case document", version: .v1,
                                                 formerlyAccepted: .read)
            } catch {
                throw DocumentError.malformed("the case document of \(matter)")
            }
            var attempt = 1
            var id = CaseIdentity.derivedCaseID(matter: matter)
            while taken.contains(id) {
                attempt += 1
                id = CaseIdentity.derivedCaseID(matter: matter, attempt: attempt)
            }
            taken.insert(id)
            file.id = id
            file = CaseIdentity.assigningPositionIDs(file)
            try db.execute(sql: #"UPDATE "case" SET uid = ? WHERE id = ?"#, arguments: [id.rawValue, rowID])
            try db.execute(sql: "UPDATE case_document SET document = ? WHERE case_id = ?",
                           arguments: [try codec.document(file), rowID])
        }
        // The same-day deadline order is now the catalogue's everywhere: digests written before are
        // recomputed on first use, as after a change of a deadline setting.
        if !rows.isEmpty { _ = try SettingsTable.bumpGeneration(db) }
        // Audit rows are append-only: the trigger is lifted for this one backfill of the new column.
        try db.execute(sql: """
            DROP TRIGGER audit_no_update;
            UPDATE audit SET case_uid = (SELECT uid FROM "case" WHERE "case".id = audit.case_id)
                WHERE case_id IS NOT NULL;
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE UNIQUE INDEX case_by_uid ON "case" (uid);
            DROP INDEX case_by_deadline;
            CREATE INDEX case_by_deadline ON "case" (deadline_sort_key, matter, client_name, latin_name, a_number,
                nationality, paralegal, is_open, version, next_deadline_due, next_deadline_rule, is_detained, uid);
            """)
    }
}
