import CaseDomain
import Foundation

/// The one factory of stores: from the resolved store location to the backend that serves it. Nothing
/// outside the store module names a backend's class.
public enum CaseStores {
    /// Opens the store at `location`: a `postgresql://` or `postgres://` URL opens the PostgreSQL backend
    /// (libpq's URL: the password from `~/.pgpass` or `PGPASSWORD`, TLS as `sslmode` says); anything else is
    /// a file path, the SQLite backend.
    ///
    /// - Parameters:
    ///   - readOnly: every write is refused (the kiosk); the backend itself is opened read-only.
    ///   - create: make a new store when none exists; without it a missing store is `StoreError.noStore`,
    ///     so a mistyped path never becomes an empty firm store.
    ///   - today: a fixed date for "today" (demos, tests); nil for the current date in the store's zone.
    public static func open(location: String, readOnly: Bool = false, create: Bool = false,
                            today: CivilDate? = nil) throws -> any CaseRepository {
        if PostgresLocation.isServerURL(location) {
            return try PostgresOpener(url: location).open(readOnly: readOnly, create: create, today: today)
        }
        return try SQLiteCaseStore.open(path: location, readOnly: readOnly, create: create, today: today)
    }

    /// Whether a store exists at `location` (a missing one is created only when asked). For a server: whether
    /// its database holds a store (false too when it cannot be reached; opening then says why).
    public static func exists(at location: String) -> Bool {
        if PostgresLocation.isServerURL(location) { return PostgresOpener(url: location).exists() }
        return FileManager.default.fileExists(atPath: location)
    }

    /// Whether `location` names a database server rather than a file.
    public static func isServerLocation(_ location: String) -> Bool {
        PostgresLocation.isServerURL(location)
    }

    /// How `location` is shown in messages: a server URL without any password written into it.
    public static func displayName(of location: String) -> String {
        PostgresLocation.isServerURL(location) ? PostgresLocation.display(location) : location
    }

    /// `casedesk init-store`: creates a store at `location`. A server's database must be empty (one that
    /// holds any table, a store too, is refused and left unchanged); a file must not exist yet.
    public static func initializeStore(at location: String) throws {
        if PostgresLocation.isServerURL(location) {
            try PostgresOpener(url: location).initialize()
            return
        }
        guard !FileManager.default.fileExists(atPath: location) else {
            throw StoreError.unsupported(path: location, what: "be set up again: the file exists already")
        }
        _ = try SQLiteCaseStore.open(path: location, create: true)
    }
}
