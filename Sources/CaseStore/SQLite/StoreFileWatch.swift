import Foundation
import Glibc

/// A descriptor that becomes readable when the store file or its write-ahead log is written, by any
/// process: the kernel's inotify. The two files are watched for writes (modified, closed after writing),
/// and their folder only for files made or moved in, because the `-wal` is removed when the last
/// connection closes and made again by the next: a new one is watched when its creation is drained. Writes
/// to the folder's other files (another store beside this one) never ring it. A screen waits on it instead
/// of asking the audit trail every second.
final class StoreFileWatch: @unchecked Sendable {
    /// The inotify descriptor: non-blocking, closed on exec.
    let descriptor: Int32
    private let storePath: String
    private let logPath: String
    /// The names in the folder whose creation counts: the store file, its `-wal`.
    private let names: Set<String>
    private static let writes = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE)
    private static let arrivals = UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)

    /// Watches the store at `path`; nil where inotify cannot be had (the per-user limit of instances or
    /// watches reached, a file system without it): the screen then asks every second.
    init?(storePath path: String) {
        let url = URL(fileURLWithPath: path)
        let made = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard made >= 0 else { return nil }
        guard inotify_add_watch(made, url.deletingLastPathComponent().path, Self.arrivals) >= 0,
              inotify_add_watch(made, path, Self.writes) >= 0 else {
            close(made)
            return nil
        }
        descriptor = made
        storePath = path
        logPath = path + "-wal"
        names = [url.lastPathComponent, url.lastPathComponent + "-wal"]
        // None while no connection is open: its creation rings, and it is watched then.
        _ = inotify_add_watch(made, logPath, Self.writes)
    }

    deinit { close(descriptor) }

    /// Reads every event waiting, so the descriptor waits again, and watches a store file or log that was
    /// made (again) meanwhile; says whether any event was about the store's files.
    @discardableResult
    func drain() -> Bool {
        var touched = false, arrived = false
        let size = 16 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = (buffer + offset).assumingMemoryBound(to: inotify_event.self)
                let nameLength = Int(event.pointee.len)
                if nameLength == 0 {
                    // One of the watched files itself.
                    touched = true
                } else {
                    let start = (buffer + offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self)
                    if names.contains(String(cString: start)) {
                        touched = true
                        arrived = true
                    }
                }
                offset += MemoryLayout<inotify_event>.size + nameLength
            }
        }
        if arrived {
            _ = inotify_add_watch(descriptor, storePath, Self.writes)
            _ = inotify_add_watch(descriptor, logPath, Self.writes)
        }
        return touched
    }

    /// Whether an event is waiting, without taking it (for tests and checks: the loop uses `poll` itself).
    var isRinging: Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1 && entry.revents & Int16(POLLIN) != 0
    }
}

/// The store's watch, made the first time a screen asks for it: a command that never waits on the store
/// makes none.
final class LazyStoreFileWatch: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var made: StoreFileWatch?
    private var wasTried = false

    init(storePath path: String) {
        self.path = path
    }

    /// The watch, made now if it was never tried; nil when it cannot be made.
    func watch() -> StoreFileWatch? {
        lock.lock()
        defer { lock.unlock() }
        if !wasTried {
            wasTried = true
            made = StoreFileWatch(storePath: path)
        }
        return made
    }

    /// The watch if a screen asked for it already (asking the feed does not make one).
    var existing: StoreFileWatch? {
        lock.lock()
        defer { lock.unlock() }
        return made
    }
}
