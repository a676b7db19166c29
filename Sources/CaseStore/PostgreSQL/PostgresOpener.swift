import CaseDomain
import Foundation

/// Opens (and when asked sets up) a PostgreSQL store, refusing a database that holds anything else.
struct PostgresOpener {
    let url: String
    var location: String { PostgresLocation.display(url) }

    func connect() throws -> PQConnection {
        try PQConnection(url: url, location: location)
    }

    func open(readOnly: Bool, create: Bool, today: CivilDate?) throws -> PostgresCaseStore {
        let db = try connect()
        do {
            if readOnly {
                try checkReadOnly(db)
                // Every transaction of this session is read-only on the server too, whatever a bug might try.
                try db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            } else {
                try prepareWritable(db, create: create, refusingStores: false)
            }
        } catch {
            throw PGErrorTranslation.translate(error, location: location)
        }
        return PostgresCaseStore(location: location, isReadOnly: readOnly, todayOverride: today, connection: db,
                                 listener: PGListener(url: url, location: location))
    }

    /// `casedesk init-store`: the schema in an empty database; one that holds any table (a store too) is
    /// refused and left unchanged.
    func initialize() throws {
        let db = try connect()
        do {
            try prepareWritable(db, create: true, refusingStores: true)
        } catch {
            throw PGErrorTranslation.translate(error, location: location)
        }
    }

    /// One transaction under the migration lock: identity, migrations, defaults and the store's first audit
    /// row, so hosts starting together find either nothing or a complete store.
    private func prepareWritable(_ db: PQConnection, create: Bool, refusingStores: Bool) throws {
        defer { db.chainHead = nil }
        try db.execute("BEGIN")
        do {
            try db.execute("SELECT pg_advisory_xact_lock($1)", [String(PGSchema.migrationLock)])
            let isStore = try PGSchema.hasMigrationTable(db)
            if isStore, refusingStores {
                throw StoreError.unsupported(path: location, what: "be set up again: it already holds a casedesk store")
            }
            if !isStore {
                guard try PGSchema.tableCount(db) == 0 else { throw StoreError.notACaseStore(path: location) }
                guard create else { throw StoreError.noStore(path: location) }
            }
            if try isNewer(db) { throw StoreError.newerSchema(path: location) }
            try PGSchema.migrate(db)
            if try PGSettings.insertDefaults(db) {
                try db.execute("SELECT last_id FROM audit_head FOR UPDATE")
                try PGAudit.append(db, user: OSAccount.currentLogin(), action: .createStore, subject: "store",
                                   detail: "created by casedesk")
            }
            try db.execute("COMMIT")
        } catch {
            if db.isConnected { _ = try? db.execute("ROLLBACK") }
            throw error
        }
    }

    private func checkReadOnly(_ db: PQConnection) throws {
        guard try PGSchema.hasMigrationTable(db) else {
            if try PGSchema.tableCount(db) == 0 { throw StoreError.noStore(path: location) }
            throw StoreError.notACaseStore(path: location)
        }
        if try isNewer(db) { throw StoreError.newerSchema(path: location) }
        guard PGSchema.version(of: try PGSchema.appliedIdentifiers(db)) == PGSchema.migrations.count else {
            throw StoreError.needsUpgrade(path: location)
        }
    }

    private func isNewer(_ db: PQConnection) throws -> Bool {
        !(try PGSchema.appliedIdentifiers(db).isSubset(of: PGSchema.migrations.map(\.identifier)))
    }

    /// Where the store's schema stands, read without changing anything.
    func status() throws -> SchemaStatus {
        let db = try connect()
        do {
            guard try PGSchema.hasMigrationTable(db) else {
                if try PGSchema.tableCount(db) == 0 { throw StoreError.noStore(path: location) }
                throw StoreError.notACaseStore(path: location)
            }
            if try isNewer(db) { return .newer(known: PGSchema.migrations.count) }
            let version = PGSchema.version(of: try PGSchema.appliedIdentifiers(db))
            return version == PGSchema.migrations.count ? .current(version: version)
                : .needsUpgrade(from: version, to: PGSchema.migrations.count)
        } catch {
            throw PGErrorTranslation.translate(error, location: location)
        }
    }

    /// Whether the database holds a store (false too when the server cannot be reached: opening says why).
    func exists() -> Bool {
        guard let db = try? connect() else { return false }
        return (try? PGSchema.hasMigrationTable(db)) ?? false
    }
}
