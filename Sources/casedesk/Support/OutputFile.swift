import CaseDomain
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a command writes its data: stdout (no `--out`, or `-`), or a file written atomically with mode
/// 0600: a temporary name in the same folder, fsync, rename over the target, fsync of the folder. Until
/// `commit()` nothing exists at the target; `discard()` (or a failure) removes the temporary. A target that
/// is a terminal, a pipe or another character device (`/dev/null`, `/dev/stdout`, a FIFO) is written
/// directly: renaming over it would replace the device with a regular file (as root, for everyone).
final class OutputFile {
    /// The target path; nil for stdout.
    let path: String?
    /// The file being written; removed if a signal stops the process before `commit()`.
    private var temporary: String? {
        didSet {
            if let oldValue { InterruptCleanup.unregister(oldValue) }
            if let temporary { InterruptCleanup.register(temporary) }
        }
    }
    private var descriptor: Int32
    /// Written straight into an existing character device or FIFO: nothing to rename or remove.
    private var isDirect = false

    /// `mode` is the file's permission bits (0600: client data; the kiosk board, which holds none, 0644).
    init(path: String?, mode: mode_t = 0o600) throws {
        guard let path, path != "-" else {
            self.path = nil
            descriptor = 1
            return
        }
        let target = StoreLocation.expand(path)
        var info = stat()
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw CLIError("\(TextSafety.display(target)) is a folder; name the file to write")
            case S_IFCHR, S_IFIFO:
                let opened = open(target, O_WRONLY | O_CLOEXEC)
                guard opened >= 0 else {
                    throw CLIError("cannot write \(TextSafety.display(target)): \(String(cString: strerror(errno)))")
                }
                self.path = target
                descriptor = opened
                isDirect = true
                return
            case S_IFREG, S_IFLNK:
                break
            default:
                throw CLIError("\(TextSafety.display(target)) exists and is not a file; name the file to write")
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".tmp-XXXXXX").utf8CString)
        // The file is made and registered for removal on a signal in one step (see InterruptCleanup).
        let (created, made): (Int32, String?) = InterruptCleanup.withSignalsHeld {
            let created = template.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { mkstemp($0) } ?? -1
            }
            guard created >= 0 else { return (created, nil) }
            let made = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } }
            if let made { InterruptCleanup.register(made) }
            return (created, made)
        }
        guard created >= 0 else {
            throw CLIError("cannot write \(TextSafety.display(target)): \(String(cString: strerror(errno)))")
        }
        fchmod(created, mode)
        _ = fcntl(created, F_SETFD, FD_CLOEXEC)
        self.path = target
        descriptor = created
        temporary = made  // observers do not run in an initialiser: registered above
    }

    /// How the output is named in messages and the audit trail.
    var name: String { path ?? "stdout" }

    var isStandardOutput: Bool { path == nil }

    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                discard()
                throw CLIError("cannot write \(TextSafety.display(name)): \(reason)")
            }
            offset += written
        }
    }

    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Makes the file appear at its path, whole and synced.
    func commit() throws {
        if isDirect {
            isDirect = false
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            return
        }
        guard let path, let temporary else { return }
        defer { self.temporary = nil }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("cannot write \(TextSafety.display(path)): \(reason)")
        }
        descriptor = -1
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("cannot write \(TextSafety.display(path)): \(reason)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary file, leaving the target as it was.
    func discard() {
        if isDirect {
            isDirect = false
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            return
        }
        guard let temporary else { return }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
        self.temporary = nil
    }

    deinit { discard() }
}
