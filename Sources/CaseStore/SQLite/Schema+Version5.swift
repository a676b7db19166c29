import CaseDomain
import GRDB

extension Schema {
    /// The filter's and the name order's keys kept with each case (`NameSearch`), so the dashboard folds no
    /// name while someone types and sorts names as a reader expects; and what lets a stale digest be carried
    /// to a later date without reading its document (`DigestBasis`: unknown, NULL, until the digest is next
    /// computed from the document). The list's covering index carries the keys.
    static func version5(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE "case" ADD COLUMN search_keys TEXT NOT NULL DEFAULT '';
            ALTER TABLE "case" ADD COLUMN digest_rolls_through INTEGER;
            ALTER TABLE "case" ADD COLUMN digest_later_dues TEXT;
            """)
        let rows = try Row.fetchAll(db, sql: #"SELECT id, matter, client_name, latin_name FROM "case""#)
        let update = try db.makeStatement(sql: #"UPDATE "case" SET search_keys = ?, sort_name = ? WHERE id = ?"#)
        for row in rows {
            let matter: String = row[1], name: String = row[2], latin: String? = row[3]
            try update.execute(arguments: [NameSearch.keys(matter: matter, clientName: name, latinName: latin),
                                           NameSearch.sortKey(clientName: name, latinName: latin), row[0] as Int64])
        }
        try db.execute(sql: """
            DROP INDEX case_by_deadline;
            CREATE INDEX case_by_deadline ON "case" (deadline_sort_key, matter, client_name, latin_name, a_number,
                nationality, paralegal, is_open, version, next_deadline_due, next_deadline_rule, is_detained, uid,
                search_keys, sort_name);
            CREATE INDEX case_by_rolls_through ON "case" (digest_rolls_through);
            """)
    }
}
