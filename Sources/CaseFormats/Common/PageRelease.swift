import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of a file-mapped input back behind a reader that goes through it once, so a large file
/// costs a few megabytes of memory instead of its size. Only for bytes mapped from a file (`MappedFile`):
/// the pages are read again from the file if asked for, where memory of another kind would read as zeros.
final class PageRelease {
    /// How far the reader moves between two releases.
    static let step = 16 << 20
    private let start: Int
    private let end: Int
    private var releasedTo: Int
    private let page = max(1, Int(sysconf(Int32(_SC_PAGESIZE))))

    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return nil }
        start = Int(bitPattern: base)
        end = start + bytes.count
        releasedTo = (start + page - 1) / page * page
    }

    /// Releases the whole pages before `offset` not released yet, once they are at least `step` bytes.
    func release(upTo offset: Int) {
        let target = min(start + offset, end) / page * page
        guard target - releasedTo >= Self.step, let address = UnsafeMutableRawPointer(bitPattern: releasedTo) else {
            return
        }
        _ = madvise(address, target - releasedTo, Int32(MADV_DONTNEED))
        releasedTo = target
    }
}

/// A file's bytes mapped read-only into memory (not copied), so that `PageRelease` may give them back.
public enum MappedFile {
    /// The bytes of a regular file (an empty file gives empty data); nil for anything that cannot be mapped
    /// (missing, unreadable, a pipe), which the caller reads the ordinary way.
    public static func read(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        if size == 0 { return Data() }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            return nil
        }
        return Data(bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in
            _ = munmap(pointer, count)
        })
    }
}
