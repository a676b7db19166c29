import Foundation

/// The store must be on a disk of this machine: SQLite's WAL keeps its shared index in memory mapped by
/// every process on one host, and "WAL does not work over a network filesystem" (sqlite.org/wal.html).
/// Two hosts opening one store over NFS or SMB would corrupt it silently, so such a store is refused.
enum LocalDisk {
    /// Throws when the file at `path` lives on a network filesystem (read from `/proc/self/mounts`).
    /// A store not created yet is checked by the nearest folder that exists, before anything is made.
    static func require(_ path: String) throws {
        var existing = path
        while !FileManager.default.fileExists(atPath: existing), existing != "/", !existing.isEmpty {
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8),
              let resolved = realpath(existing.isEmpty ? "." : existing, nil) else { return }
        defer { free(resolved) }
        if let type = filesystemType(of: String(cString: resolved), mounts: mounts), let name = networkName(type) {
            throw StoreError.cannotOpen(path: path, reason: "it is on a network filesystem (\(name)); SQLite "
                                        + "needs the store on a disk of the machine everyone logs in to")
        }
    }

    /// The type of the filesystem mounted at the longest mount point that contains `path`.
    static func filesystemType(of path: String, mounts: String) -> String? {
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = unescape(fields[1])
            let inside = point == "/" || path == point || path.hasPrefix(point + "/")
            if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best?.type
    }

    /// A readable name when `type` is a filesystem shared over a network, else nil.
    static func networkName(_ type: String) -> String? {
        let network = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "coda", "ncpfs", "glusterfs",
                       "lustre", "davfs", "gfs2", "ocfs2"]
        if network.contains(type) { return type.uppercased() }
        let remoteFuse = ["sshfs", "rclone", "s3fs", "gcsfuse", "davfs2", "glusterfs", "ceph-fuse", "cephfs", "curlftpfs"]
        if type.hasPrefix("fuse."), remoteFuse.contains(String(type.dropFirst(5))) { return type }
        return nil
    }

    /// Mount points escape space, tab, newline and backslash as octal (`\040`).
    private static func unescape(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(field.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "\\"), utf8.count >= 4,
               let value = UInt8(String(decoding: utf8.dropFirst().prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                utf8 = utf8.dropFirst(4)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
