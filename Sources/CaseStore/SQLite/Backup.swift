import CaseDomain
import Foundation
import GRDB

/// Whether this account may create files in `folder` (at file scope: inside the store's extensions
/// `access` names the store's `access()`, the account's standing in the staff directory).
private func isWritableFolder(_ folder: String) -> Bool {
    access(folder, W_OK | X_OK) == 0
}

/// Backups of a file store, as the store API offers them.
struct SQLiteBackups: StoreBackups {
    let store: SQLiteCaseStore

    func backup(to destination: String) throws -> Int64 { try store.backup(to: destination) }

    func temporaryPath(for destination: String) -> String { SQLiteCaseStore.backupTemporaryPath(for: destination) }
}

extension SQLiteCaseStore {
    /// Writes a consistent copy of the store to `destination` while others keep working: `VACUUM INTO` a
    /// hidden temporary file beside it (created empty with mode 0600 first), fsync, `integrity_check` on
    /// the copy, then an atomic rename into place and an fsync of the folder. Until the rename nothing
    /// exists at `destination` (an older file there stays whole); on any failure the temporary is removed.
    /// The copy holds no deleted content (VACUUM rewrites every page). Returns the copy's size in bytes.
    @discardableResult
    func backup(to destination: String) throws -> Int64 {
        let folder = FileModes.folderPath(of: destination)
        func refuse(_ reason: String) -> StoreError { .backupFailed(destination: destination, reason: reason) }
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else {
            throw refuse("the folder \(TextSafety.display(folder)) does not exist")
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else { throw refuse("\(TextSafety.display(folder)) is not a folder") }
        guard isWritableFolder(folder) else {
            throw refuse("the folder \(TextSafety.display(folder)) is not writable by this account")
        }
        var info = stat()
        if stat(destination, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { throw refuse("it exists and is not a file; name a backup file") }
            var storeInfo = stat()
            if stat(path, &storeInfo) == 0, storeInfo.st_dev == info.st_dev, storeInfo.st_ino == info.st_ino {
                throw refuse("it is the store itself")
            }
        }
        let temporary = Self.backupTemporaryPath(for: destination)
        do {
            try BackupFile.createEmpty(at: temporary)
        } catch {
            // The hidden temporary is ours, not the user's: the message names what they asked for.
            throw refuse(String(cString: strerror(errno)))
        }
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
            }
            try BackupFile.sync(path: temporary)
            try BackupFile.verify(path: temporary)
            guard rename(temporary, destination) == 0 else { throw refuse(String(cString: strerror(errno))) }
            try BackupFile.sync(path: folder)
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw translate(error)
        }
        var written = stat()
        return stat(destination, &written) == 0 ? Int64(written.st_size) : 0
    }

    /// The hidden file a backup to `destination` is written to before it is renamed into place (a caller
    /// that handles signals removes it if the process is stopped half-way).
    static func backupTemporaryPath(for destination: String) -> String {
        FileModes.folderPath(of: destination) + "/." + (destination as NSString).lastPathComponent
            + ".partial-" + String(getpid())
    }
}

/// The file steps of a backup.
enum BackupFile {
    static func createEmpty(at path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw StoreError.permissions(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// fsync of a file or a folder.
    static func sync(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: "fsync failed: " + String(cString: strerror(errno)))
        }
    }

    /// Opens the copy on its own and runs the full integrity check and the foreign-key check.
    static func verify(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in
            let results = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard results == ["ok"] else {
                throw StoreError.damaged(path: path, detail: results.first ?? "the integrity check failed")
            }
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                throw StoreError.damaged(path: path, detail: "a row refers to a missing case")
            }
            guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID else {
                throw StoreError.notACaseStore(path: path)
            }
        }
    }
}
