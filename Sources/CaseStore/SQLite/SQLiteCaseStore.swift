import CaseDomain
import Foundation
import GRDB

/// The SQLite store: one file in WAL mode shared by several processes, with durable commits, optimistic
/// versions, an audit row in every write's transaction, and per-case digests kept current for the screens.
public final class SQLiteCaseStore: CaseRepository {
    let path: String
    public let isReadOnly: Bool
    /// The OS account every audit row names.
    public let currentUser: String
    /// A fixed "today" (`--today`); nil means the current date in the store's time zone.
    public let todayOverride: CivilDate?
    let pool: DatabasePool
    /// The `PRAGMA data_version` last seen by `hasExternalChanges()`.
    private let lastDataVersion = DataVersionMemo()
    /// What wakes a screen when the file is written (made when a screen first asks for it).
    let fileWatch: LazyStoreFileWatch

    init(path: String, isReadOnly: Bool, todayOverride: CivilDate?, pool: DatabasePool) {
        self.path = path
        self.isReadOnly = isReadOnly
        self.currentUser = OSAccount.currentLogin()
        self.todayOverride = todayOverride
        self.pool = pool
        fileWatch = LazyStoreFileWatch(storePath: path)
    }

    public var location: String { path }

    public var backups: (any StoreBackups)? { SQLiteBackups(store: self) }

    /// Opens the store at `path`.
    ///
    /// - Parameters:
    ///   - readOnly: open with SQLite's read-only flag (the kiosk); every write is refused.
    ///   - create: make a new store (mode 0600, missing folders 0700) when none exists; without it a missing
    ///     store is `StoreError.noStore`, so a mistyped path never becomes an empty firm store.
    ///   - today: a fixed date for "today" (demos, tests); nil for the current date in the store's zone.
    static func open(path: String, readOnly: Bool = false, create: Bool = false,
                            today: CivilDate? = nil) throws -> SQLiteCaseStore {
        try StoreOpener(path: path, readOnly: readOnly, create: create).open(today: today)
    }

    /// "Today" as this store means it.
    public func today() throws -> CivilDate {
        if let todayOverride { return todayOverride }
        return try read { db in try Self.today(in: db, override: nil) }
    }

    static func today(in db: Database, override: CivilDate?) throws -> CivilDate {
        if let override { return override }
        return CivilDate.today(inZone: try SettingsTable.timeZone(db))
    }

    // MARK: Access with errors translated

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw translate(error) }
    }

    /// One write transaction (IMMEDIATE, so the wait for the lock happens before anything is read).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        do { return try pool.write(body) } catch { throw translate(error) }
    }

    func translate(_ error: any Error) -> any Error {
        ErrorTranslation.translate(error, path: path)
    }

    // MARK: Noticing other processes

    /// SQLite's counter of commits made by other connections, read on the pool's one writer connection.
    func dataVersion() throws -> Int {
        do {
            return try pool.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            }
        } catch { throw translate(error) }
    }

    /// Whether another connection committed since the last call (the first call only records the counter).
    func hasExternalChanges() throws -> Bool {
        let current = try dataVersion()
        return lastDataVersion.exchange(current) != current
    }
}

/// The last data version seen, behind a lock: the store is shared between threads.
final class DataVersionMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int?

    /// Stores `new`, returning the previous value (`new` itself on the first call).
    func exchange(_ new: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let old = value ?? new
        value = new
        return old
    }
}
