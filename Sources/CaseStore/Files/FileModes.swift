import Foundation

/// The modes of the store's files (docs/domain.md §Confidentiality): private by default, shared with the group
/// when the store's `groupShared` setting is on. SQLite gives `-wal` and `-shm` the store file's mode.
enum FileModes {
    static func fileMode(groupShared: Bool) -> mode_t { groupShared ? 0o660 : 0o600 }
    static func folderMode(groupShared: Bool) -> mode_t { groupShared ? 0o2770 : 0o700 }
    /// The umask that keeps every file SQLite creates for the store within the store's own mode.
    static func umask(groupShared: Bool) -> mode_t { groupShared ? 0o007 : 0o077 }

    /// Creates a new, empty store file with the private mode (and any missing folders with 0700), so no
    /// moment exists in which the file is readable by others.
    static func createStoreFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: Int(folderMode(groupShared: false))])
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "cannot create its folder")
            }
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fileMode(groupShared: false))
        // Another process created it a moment ago: it is theirs to set up, and opening it waits for that.
        if descriptor < 0, errno == EEXIST { return }
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // The umask may have removed bits we asked for; set exactly what we mean.
        guard fchmod(descriptor, fileMode(groupShared: false)) == 0 else {
            throw StoreError.permissions(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Applies the modes for `groupShared` to the store, its `-wal`/`-shm` files and its folder. The folder
    /// is changed only when this account owns it (a store kept in a shared place leaves that place alone).
    static func apply(groupShared: Bool, toStoreAt path: String) throws {
        for candidate in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: candidate) {
            guard chmod(candidate, fileMode(groupShared: groupShared)) == 0 else {
                throw StoreError.permissions(path: candidate, reason: String(cString: strerror(errno)))
            }
        }
        let folder = folderPath(of: path)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_uid == geteuid() else { return }
        guard chmod(folder, folderMode(groupShared: groupShared)) == 0 else {
            throw StoreError.permissions(path: folder, reason: String(cString: strerror(errno)))
        }
    }

    static func folderPath(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
