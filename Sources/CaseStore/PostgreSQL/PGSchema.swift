/// The PostgreSQL store's schema: the SQLite store's tables, column for column (text compared byte by byte
/// with `COLLATE "C"`, as SQLite compares it), numbered as the SQLite migrations are so a schema version
/// means the same on both backends. A migration is never edited once shipped: a change is a new one.
///
/// Migrations run in one transaction under a transaction-scoped advisory lock, so several hosts starting
/// at once (after an upgrade, or on a new database) apply each migration exactly once: the others wait for
/// the lock, then find the work done.
enum PGSchema {
    /// The advisory lock key of migrations: "case" as a number, as the SQLite store's application id.
    static let migrationLock: Int64 = 0x6361_7365

    /// The table that lists the applied migrations; its presence is what marks a database as a store.
    static let migrationTable = "casedesk_migration"

    static let migrations: [(identifier: String, sql: String)] = [
        ("v1", version1), ("v2", version2), ("v3", version3), ("v4", version4), ("v5", version5),
    ]

    static func appliedIdentifiers(_ db: PQConnection) throws -> Set<String> {
        guard try hasMigrationTable(db) else { return [] }
        return Set(try db.execute("SELECT identifier FROM \(migrationTable)").map { try $0.text("identifier") })
    }

    static func hasMigrationTable(_ db: PQConnection) throws -> Bool {
        try db.execute("SELECT to_regclass($1) IS NOT NULL AS present", [migrationTable]).first?.bool("present") ?? false
    }

    /// The tables in the schema the connection works in (`search_path`'s first).
    static func tableCount(_ db: PQConnection) throws -> Int {
        try db.execute("SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()").first?.int("n") ?? 0
    }

    static func version(of applied: Set<String>) -> Int {
        migrations.prefix { applied.contains($0.identifier) }.count
    }

    /// Applies the migrations not yet applied, in order. Call inside a transaction holding `migrationLock`.
    static func migrate(_ db: PQConnection) throws {
        // Asked first: even `IF NOT EXISTS` needs the right to create tables, which users' roles lack.
        if try !hasMigrationTable(db) {
            try db.executeScript("CREATE TABLE \(migrationTable) (identifier TEXT COLLATE \"C\" PRIMARY KEY)")
        }
        let applied = try appliedIdentifiers(db)
        for (identifier, sql) in migrations where !applied.contains(identifier) {
            try db.executeScript(sql)
            try db.execute("INSERT INTO \(migrationTable) (identifier) VALUES ($1)", [identifier])
        }
    }

    /// The tables of the SQLite store's first schema, and the head of the audit chain: one row that every
    /// write locks (`SELECT … FOR UPDATE`) before anything else, so writes and their audit rows follow one
    /// serial order, as SQLite's single write lock gives.
    private static let version1 = """
        CREATE TABLE setting (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE court_closure (date TEXT COLLATE "C" PRIMARY KEY, reason TEXT NOT NULL);
        CREATE TABLE staff (
            login TEXT COLLATE "C" PRIMARY KEY,
            name TEXT NOT NULL,
            initials TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('paralegal', 'attorney', 'admin'))
        );
        CREATE TABLE "case" (
            id BIGSERIAL PRIMARY KEY,
            matter TEXT COLLATE "C" NOT NULL UNIQUE,
            version INTEGER NOT NULL CHECK (version >= 1),
            last_change_at TEXT NOT NULL,
            last_change_date TEXT COLLATE "C" NOT NULL,
            client_name TEXT NOT NULL,
            latin_name TEXT,
            sort_name TEXT COLLATE "C" NOT NULL,
            a_number TEXT,
            nationality TEXT,
            paralegal TEXT COLLATE "C",
            attorney TEXT COLLATE "C",
            is_open INTEGER NOT NULL,
            digest TEXT NOT NULL,
            digest_computed_for TEXT COLLATE "C" NOT NULL,
            digest_valid_through TEXT COLLATE "C" NOT NULL,
            digest_generation INTEGER NOT NULL,
            next_deadline_due TEXT COLLATE "C",
            next_deadline_rule TEXT,
            deadline_sort_key TEXT COLLATE "C" NOT NULL,
            review_list_from TEXT COLLATE "C",
            next_appointment_date TEXT COLLATE "C",
            is_detained INTEGER NOT NULL,
            next_check_in TEXT COLLATE "C",
            next_individual_hearing TEXT COLLATE "C",
            has_evidence_work INTEGER NOT NULL
        );
        CREATE TABLE case_document (
            case_id BIGINT PRIMARY KEY REFERENCES "case"(id) ON DELETE CASCADE,
            document TEXT NOT NULL
        );
        CREATE INDEX case_by_deadline ON "case" (deadline_sort_key, matter);
        CREATE INDEX case_by_name ON "case" (sort_name, matter);
        CREATE INDEX case_by_paralegal ON "case" (paralegal);
        CREATE INDEX case_by_validity ON "case" (digest_valid_through);
        CREATE INDEX case_review_deadlines ON "case" (review_list_from) WHERE is_open = 1;
        CREATE INDEX case_review_appointments ON "case" (next_appointment_date) WHERE is_open = 1;
        CREATE INDEX case_review_detained ON "case" (is_detained) WHERE is_open = 1 AND is_detained = 1;
        CREATE INDEX case_review_check_ins ON "case" (next_check_in) WHERE is_open = 1;
        CREATE INDEX case_review_evidence ON "case" (next_individual_hearing) WHERE is_open = 1 AND has_evidence_work = 1;
        CREATE INDEX case_review_stale ON "case" (last_change_date) WHERE is_open = 1;
        CREATE TABLE a_number (
            digits TEXT COLLATE "C" PRIMARY KEY,
            case_id BIGINT NOT NULL REFERENCES "case"(id) ON DELETE CASCADE
        );
        CREATE INDEX a_number_by_case ON a_number (case_id);
        CREATE TABLE review_mark (
            login TEXT COLLATE "C" NOT NULL,
            date TEXT COLLATE "C" NOT NULL,
            item_id TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (login, date, item_id)
        );
        CREATE TABLE audit (
            id BIGINT PRIMARY KEY,
            at_utc TEXT NOT NULL,
            os_user TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            case_id BIGINT,
            matter TEXT,
            case_version INTEGER,
            detail TEXT,
            before TEXT,
            after TEXT,
            prev_hash TEXT,
            hash TEXT
        );
        CREATE INDEX audit_by_case ON audit (case_id, id);
        CREATE FUNCTION casedesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
            FOR EACH ROW EXECUTE FUNCTION casedesk_audit_append_only();
        CREATE TABLE audit_head (
            only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
            last_id BIGINT NOT NULL,
            hash TEXT NOT NULL
        );
        INSERT INTO audit_head (last_id, hash) VALUES (0, '\(AuditChain.genesis)');
        """

    private static let version2 = """
        CREATE INDEX case_by_digest_date ON "case" (digest_computed_for);
        CREATE INDEX case_by_digest_generation ON "case" (digest_generation);
        """

    /// Stable ids: the case's `uid`, and the audit row's `case_uid` (a deleted case's rows keep it).
    private static let version3 = """
        ALTER TABLE "case" ADD COLUMN uid TEXT COLLATE "C" NOT NULL DEFAULT '';
        ALTER TABLE audit ADD COLUMN case_uid TEXT COLLATE "C";
        CREATE UNIQUE INDEX case_by_uid ON "case" (uid);
        """

    /// The hash chain's rows by case (its columns were there from the start on this backend).
    private static let version4 = """
        CREATE INDEX audit_by_case_uid ON audit (case_uid, id) WHERE case_uid IS NOT NULL;
        """

    /// The filter's and the name order's keys, and the digest's basis (`DigestBasis`).
    private static let version5 = """
        ALTER TABLE "case" ADD COLUMN search_keys TEXT NOT NULL DEFAULT '';
        ALTER TABLE "case" ADD COLUMN digest_rolls_through BIGINT;
        ALTER TABLE "case" ADD COLUMN digest_later_dues TEXT;
        CREATE INDEX case_by_rolls_through ON "case" (digest_rolls_through);
        """
}
