import Foundation
import GRDB

/// Where a store's schema stands against the one this casedesk writes, read without changing the file.
///
/// A schema version is the number of migrations applied (they apply in order, so version 2 means the
/// first two). `casedesk check` reports it; `SchemaUpgrade.perform` closes the gap.
public enum SchemaStatus: Sendable, Hashable {
    /// Every migration this casedesk knows is applied.
    case current(version: Int)
    /// Migrations are missing; a writable opening applies them.
    case needsUpgrade(from: Int, to: Int)
    /// A newer casedesk applied migrations this one does not know; this one refuses the store.
    case newer(known: Int)

    /// This casedesk's schema version: the number of migrations it knows.
    public static var currentVersion: Int { Schema.migrations.count }

    /// Reads the status of the store at `path` through a read-only connection.
    ///
    /// Throws `StoreError.noStore` when there is no file (or an empty one), `notADatabase` or
    /// `notACaseStore` for a file that is not a casedesk store.
    public static func read(path: String) throws -> SchemaStatus {
        if PostgresLocation.isServerURL(path) { return try PostgresOpener(url: path).status() }
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noStore(path: path) }
        // Another program's database is refused from its header: even a read-only connection would add files.
        if try StoreFileIdentity.read(path: path) == .empty { throw StoreError.noStore(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(StoreOpener.busyTimeout)
        configuration.label = "casedesk-schema-status"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in try status(db, path: path) }
        } catch {
            throw ErrorTranslation.translate(error, path: path)
        }
    }

    static func status(_ db: Database, path: String) throws -> SchemaStatus {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 > 0 else {
            throw StoreError.noStore(path: path)
        }
        guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID else {
            throw StoreError.notACaseStore(path: path)
        }
        if try Schema.isNewer(db) { return .newer(known: currentVersion) }
        let applied = try Schema.appliedIdentifiers(db)
        let version = Schema.migrations.prefix { applied.contains($0.identifier) }.count
        return version == currentVersion ? .current(version: version) : .needsUpgrade(from: version, to: currentVersion)
    }
}

/// The outcome of `casedesk upgrade`: the schema version before and after (equal when there was nothing to do).
public struct SchemaUpgrade: Sendable, Hashable {
    public let from: Int
    public let to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Whether migrations were applied.
    public var changedTheStore: Bool { from != to }

    /// Opens the store writable, so its missing migrations run (in one immediate transaction: anyone opening
    /// it meanwhile waits for it), and says from which version to which. A store from a newer casedesk is
    /// refused and left unchanged.
    public static func perform(path: String) throws -> SchemaUpgrade {
        switch try SchemaStatus.read(path: path) {
        case .current(let version):
            return SchemaUpgrade(from: version, to: version)
        case .newer:
            throw StoreError.newerSchema(path: path)
        case .needsUpgrade(let from, _):
            if PostgresLocation.isServerURL(path) {
                _ = try PostgresOpener(url: path).open(readOnly: false, create: false, today: nil)
            } else {
                _ = try StoreOpener(path: path, readOnly: false, create: false).open(today: nil)
            }
            switch try SchemaStatus.read(path: path) {
            case .current(let version):
                return SchemaUpgrade(from: from, to: version)
            case .newer:
                throw StoreError.newerSchema(path: path)
            case .needsUpgrade:
                throw StoreError.needsUpgrade(path: path)
            }
        }
    }
}
