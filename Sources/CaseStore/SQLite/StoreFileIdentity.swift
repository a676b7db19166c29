import Foundation

/// What a file is, told from its first 100 bytes (SQLite's database header) with plain file reads, before
/// SQLite opens it: even a read-only SQLite connection creates `-wal` and `-shm` files beside a WAL-mode
/// database, and a writable one switches it to WAL, so another program's file must be recognised without
/// SQLite (docs/commands.md, "Options every store command takes").
enum StoreFileIdentity: Equatable {
    /// No bytes at all, or an SQLite database that never held a table, in WAL mode, with neither an
    /// application id nor a user version: what a store being created (or whose creation was interrupted)
    /// looks like. It may become a store.
    case empty
    /// The header carries casedesk's application id.
    case ours
    /// A write-ahead log beside the file may hold changes the header does not show yet (a store being
    /// created this moment, or one left by a crash): only SQLite can tell, and the log's `-shm` and `-wal`
    /// files exist already, so a read-only connection adds nothing that was not there.
    case needsSQLite

    /// SQLite's header fields (sqlite.org/fileformat.html §1.3), big-endian.
    private enum Offset {
        static let writeVersion = 18
        static let schemaCookie = 40
        static let userVersion = 60
        static let applicationID = 68
    }

    private static let magic = Data("SQLite format 3\u{0}".utf8)

    /// Reads the header of the existing file at `path`; throws `notADatabase` for a file that is not an
    /// SQLite database and `notACaseStore` for another program's database.
    static func read(path: String) throws -> StoreFileIdentity {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read")
        }
        if header.isEmpty { return .empty }
        guard header.count == 100, header.prefix(magic.count) == magic else {
            throw StoreError.notADatabase(path: path)
        }
        let bytes = [UInt8](header)
        if field(bytes, Offset.applicationID) == UInt32(bitPattern: Schema.applicationID) { return .ours }
        if hasWriteAheadLog(path) { return .needsSQLite }
        // Without a log the header is the whole truth: a database of another program, unless it is the
        // untouched WAL-mode start of a store.
        let isWAL = bytes[Offset.writeVersion] == 2
        let neverHeldATable = field(bytes, Offset.schemaCookie) == 0
        let unmarked = field(bytes, Offset.applicationID) == 0 && field(bytes, Offset.userVersion) == 0
        guard isWAL, neverHeldATable, unmarked else { throw StoreError.notACaseStore(path: path) }
        return .empty
    }

    private static func field(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hasWriteAheadLog(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }
}
