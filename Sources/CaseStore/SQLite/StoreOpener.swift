import CaseDomain
import Foundation
import GRDB

/// Opens (and when asked creates) a store, refusing anything that is not a casedesk store this version knows.
struct StoreOpener {
    let path: String
    let readOnly: Bool
    let create: Bool

    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 5

    func open(today: CivilDate?) throws -> SQLiteCaseStore {
        var created = false
        if !FileManager.default.fileExists(atPath: path) {
            guard create, !readOnly else { throw StoreError.noStore(path: path) }
            umask(FileModes.umask(groupShared: false))
            try FileModes.createStoreFile(at: path)
            created = true
        }
        guard access(path, R_OK) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        if !readOnly, access(path, W_OK) != 0 {
            throw StoreError.cannotOpen(path: path, reason: "not writable (open it read-only)")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw ErrorTranslation.translate(error, path: path)
        }
        let store = SQLiteCaseStore(path: path, isReadOnly: readOnly, todayOverride: today, pool: pool)
        do {
            if readOnly {
                try checkReadOnly(pool)
            } else {
                try prepareWritable(pool, store: store, created: created)
            }
            let groupShared = try store.read { db in try SettingsTable.groupShared(db) }
            umask(FileModes.umask(groupShared: groupShared))
        } catch {
            throw ErrorTranslation.translate(error, path: path)
        }
        return store
    }

    private func configuration() -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(Self.busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "casedesk"
        config.prepareDatabase { db in
            // Deleted client data is overwritten, not left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA journal_size_limit = 16777216")
        }
        return config
    }

    private func prepareWritable(_ pool: DatabasePool, store: SQLiteCaseStore, created: Bool) throws {
        // GRDB sets NORMAL with WAL, which can lose a committed transaction on power loss.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let migrator = Schema.migrator
        try pool.read { db in try checkIdentity(db, migrator: migrator, allowEmpty: true) }
        try migrator.migrate(pool)
        try store.write { db in
            let user = store.currentUser
            let new = try SettingsTable.insertDefaults(db)
            if created || new {
                try AuditLog.append(db, user: user, action: .createStore, subject: "store",
                                    detail: "created by casedesk")
            }
        }
    }

    private func checkReadOnly(_ pool: DatabasePool) throws {
        let migrator = Schema.migrator
        try pool.read { db in
            try checkIdentity(db, migrator: migrator, allowEmpty: false)
            guard try migrator.hasCompletedMigrations(db) else { throw StoreError.needsUpgrade(path: path) }
        }
    }

    /// A casedesk store carries our application id; an empty file may become one; anything else is refused.
    private func checkIdentity(_ db: Database, migrator: DatabaseMigrator, allowEmpty: Bool) throws {
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if tables == 0 {
            guard allowEmpty else { throw StoreError.notACaseStore(path: path) }
            return
        }
        guard applicationID == Schema.applicationID else { throw StoreError.notACaseStore(path: path) }
        if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
    }
}

/// GRDB and SQLite errors, worded as `StoreError`s. SQLite's messages never contain values (statement
/// arguments stay hidden: `publicStatementArguments` is off).
enum ErrorTranslation {
    static func translate(_ error: any Error, path: String) -> any Error {
        if error is StoreError { return error }
        if error is DocumentError {
            return StoreError.damaged(path: path, detail: "a stored case does not decode")
        }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_CORRUPT: return StoreError.damaged(path: path, detail: error.message ?? "corrupt")
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError.cannotOpen(path: path, reason: error.message ?? "cannot open")
        default:
            return StoreError.database(path: path, code: error.resultCode.rawValue,
                                       message: error.message ?? "unknown error")
        }
    }
}
