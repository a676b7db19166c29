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
        try LocalDisk.require(path)
        if !FileManager.default.fileExists(atPath: path) {
            guard create, !readOnly else { throw StoreError.noStore(path: path) }
            umask(FileModes.umask(groupShared: false))
            try FileModes.createStoreFile(at: path)
        }
        guard access(path, R_OK) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        if !readOnly, access(path, W_OK) != 0 {
            throw StoreError.cannotOpen(path: path, reason: "this account may not write it (casedesk records every use of the store in its audit trail; ask whoever keeps the store for write access)")
        }
        // Told apart before SQLite opens the file: opening it would already change another program's database.
        if try StoreFileIdentity.read(path: path) == .needsSQLite { try identifyReadOnly() }
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
                try prepareWritable(pool, store: store)
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

    private func prepareWritable(_ pool: DatabasePool, store: SQLiteCaseStore) throws {
        try pool.writeWithoutTransaction { db in
            // GRDB sets NORMAL with WAL, which can lose a committed transaction on power loss.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // One transaction holding the write lock from its start: another process creating or upgrading
            // the same store at this moment waits for it, then finds a complete store.
            try db.inTransaction(.immediate) {
                try checkIdentity(db, allowEmpty: true)
                try Schema.migrate(db)
                if try SettingsTable.insertDefaults(db) {
                    try AuditLog.append(db, user: store.currentUser, action: .createStore, subject: "store",
                                        detail: "created by casedesk")
                }
                return .commit
            }
        }
    }

    /// Checks the identity through a read-only connection, closed before the store's own pool opens.
    private func identifyReadOnly() throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Self.busyTimeout)
        config.label = "casedesk-identify"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in try checkIdentity(db, allowEmpty: true) }
        } catch {
            throw ErrorTranslation.translate(error, path: path)
        }
    }

    private func checkReadOnly(_ pool: DatabasePool) throws {
        // An empty file may be a store another process is creating this moment: wait for it as a writer
        // would wait for a lock; an empty file nobody fills is no store.
        let deadline = Date(timeIntervalSinceNow: Self.busyTimeout)
        while try pool.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 }) == 0 {
            guard Date() < deadline else { throw StoreError.noStore(path: path) }
            usleep(20_000)
        }
        try pool.read { db in
            try checkIdentity(db, allowEmpty: false)
            guard try Schema.isCurrent(db) else { throw StoreError.needsUpgrade(path: path) }
        }
    }

    /// A casedesk store carries our application id; an empty file may become one; anything else is refused.
    private func checkIdentity(_ db: Database, allowEmpty: Bool) throws {
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if tables == 0 {
            guard allowEmpty else { throw StoreError.notACaseStore(path: path) }
            return
        }
        guard applicationID == Schema.applicationID else { throw StoreError.notACaseStore(path: path) }
        if try Schema.isNewer(db) { throw StoreError.newerSchema(path: path) }
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
            return StoreError.failed(path: path, message: error.message ?? "the database failed")
        }
    }
}
