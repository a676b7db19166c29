import CaseDomain
import Foundation

/// The one factory of stores: from the resolved store location to the backend that serves it. Nothing
/// outside the store module names a backend's class.
public enum CaseStores {
    /// Opens the store at `location` (a file path: the SQLite backend).
    ///
    /// - Parameters:
    ///   - readOnly: every write is refused (the kiosk); the backend itself is opened read-only.
    ///   - create: make a new store when none exists; without it a missing store is `StoreError.noStore`,
    ///     so a mistyped path never becomes an empty firm store.
    ///   - today: a fixed date for "today" (demos, tests); nil for the current date in the store's zone.
    public static func open(location: String, readOnly: Bool = false, create: Bool = false,
                            today: CivilDate? = nil) throws -> any CaseRepository {
        try SQLiteCaseStore.open(path: location, readOnly: readOnly, create: create, today: today)
    }

    /// Whether a store exists at `location` (a missing one is created only when asked).
    public static func exists(at location: String) -> Bool {
        FileManager.default.fileExists(atPath: location)
    }
}
