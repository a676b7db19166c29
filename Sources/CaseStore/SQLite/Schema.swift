import GRDB

/// The store's schema. A migration is never edited once shipped: a change is a new migration appended here.
///
/// The migrations run inside the caller's transaction, which holds the write lock from its start, so two
/// processes opening a store that needs the same migration (a new store, or several people starting after
/// an upgrade) cannot both apply it: the second waits, then finds the work done. A migration that changes
/// a table with foreign keys must turn their checks off first (SQLite's ALTER TABLE procedure).
enum Schema {
    /// The mark every casedesk store carries, so another SQLite file is never mistaken for one.
    static let applicationID: Int32 = 0x6361_7365  // "case"

    /// Every migration, in order. The applied ones are listed in `grdb_migrations` (its name since the
    /// first store).
    static let migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1", version1),
        ("v2", version2),
        ("v3", version3),
        ("v4", version4),
    ]

    static func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }

    /// Whether every migration has been applied.
    static func isCurrent(_ db: Database) throws -> Bool {
        try appliedIdentifiers(db).isSuperset(of: migrations.map(\.identifier))
    }

    /// Whether a newer casedesk applied migrations this one does not know.
    static func isNewer(_ db: Database) throws -> Bool {
        !(try appliedIdentifiers(db).isSubset(of: migrations.map(\.identifier)))
    }

    /// Applies the migrations not yet applied, in order. Call inside an immediate transaction.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try appliedIdentifiers(db)
        for (identifier, migrate) in migrations where !applied.contains(identifier) {
            try migrate(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }

    private static func version1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        // Store-wide settings, one JSON value per key.
        try db.execute(sql: """
            CREATE TABLE setting (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE court_closure (
                date TEXT PRIMARY KEY NOT NULL,
                reason TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE staff (
                login TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                initials TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('paralegal', 'attorney', 'admin'))
            ) WITHOUT ROWID;
            """)
        // One row per case: its digest and the digest's scalars (the document is in case_document), refreshed in the
        // same transaction as every change, so lists and the review never decode whole cases.
        try db.execute(sql: """
            CREATE TABLE "case" (
                id INTEGER PRIMARY KEY,
                matter TEXT NOT NULL UNIQUE,
                version INTEGER NOT NULL CHECK (version >= 1),
                last_change_at TEXT NOT NULL,
                last_change_date TEXT NOT NULL,
                client_name TEXT NOT NULL,
                latin_name TEXT,
                sort_name TEXT NOT NULL,
                a_number TEXT,
                nationality TEXT,
                paralegal TEXT,
                attorney TEXT,
                is_open INTEGER NOT NULL,
                digest TEXT NOT NULL,
                digest_computed_for TEXT NOT NULL,
                digest_valid_through TEXT NOT NULL,
                digest_generation INTEGER NOT NULL,
                next_deadline_due TEXT,
                next_deadline_rule TEXT,
                deadline_sort_key TEXT NOT NULL,
                review_list_from TEXT,
                next_appointment_date TEXT,
                is_detained INTEGER NOT NULL,
                next_check_in TEXT,
                next_individual_hearing TEXT,
                has_evidence_work INTEGER NOT NULL
            );
            -- The case object itself, apart: lists and the review scan "case" rows of a few hundred bytes,
            -- and only loading a whole case reads its document.
            CREATE TABLE case_document (
                case_id INTEGER PRIMARY KEY REFERENCES "case"(id) ON DELETE CASCADE,
                document TEXT NOT NULL
            );
            -- Covers the case list in its default order, so 100,000 rows are one sequential index read.
            CREATE INDEX case_by_deadline ON "case" (deadline_sort_key, matter, client_name, latin_name, a_number,
                nationality, paralegal, is_open, version, next_deadline_due, next_deadline_rule, is_detained);
            CREATE INDEX case_by_name ON "case" (sort_name, matter);
            CREATE INDEX case_by_paralegal ON "case" (paralegal);
            CREATE INDEX case_by_validity ON "case" (digest_valid_through);
            CREATE INDEX case_review_deadlines ON "case" (review_list_from) WHERE is_open = 1;
            CREATE INDEX case_review_appointments ON "case" (next_appointment_date) WHERE is_open = 1;
            CREATE INDEX case_review_detained ON "case" (is_detained) WHERE is_open = 1 AND is_detained = 1;
            CREATE INDEX case_review_check_ins ON "case" (next_check_in) WHERE is_open = 1;
            CREATE INDEX case_review_evidence ON "case" (next_individual_hearing) WHERE is_open = 1 AND has_evidence_work = 1;
            CREATE INDEX case_review_stale ON "case" (last_change_date) WHERE is_open = 1;
            """)
        // Every A-number of a store (clients and family members) is unique.
        try db.execute(sql: """
            CREATE TABLE a_number (
                digits TEXT PRIMARY KEY NOT NULL,
                case_id INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE
            ) WITHOUT ROWID;
            CREATE INDEX a_number_by_case ON a_number (case_id);
            """)
        try db.execute(sql: """
            CREATE TABLE review_mark (
                user TEXT NOT NULL,
                date TEXT NOT NULL,
                item_id TEXT NOT NULL,
                PRIMARY KEY (user, date, item_id)
            ) WITHOUT ROWID;
            """)
        // The audit trail: append-only (the triggers refuse updates and deletes). `prev_hash` and `hash` are
        // kept for a SHA-256 chain over the rows (hash = SHA-256(prev_hash ‖ canonical row)).
        try db.execute(sql: """
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at_utc TEXT NOT NULL,
                os_user TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                case_id INTEGER,
                matter TEXT,
                case_version INTEGER,
                detail TEXT,
                before TEXT,
                after TEXT,
                prev_hash TEXT,
                hash TEXT
            );
            CREATE INDEX audit_by_case ON audit (case_id, id);
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }

    /// Indexes for finding stale digests without reading every case: the check runs before every list and
    /// review, and a scan of 100,000 cases took longer than the review's own lookups.
    private static func version2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX case_by_digest_date ON "case" (digest_computed_for);
            CREATE INDEX case_by_digest_generation ON "case" (digest_generation);
            """)
    }
}
