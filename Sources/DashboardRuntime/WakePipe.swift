import Foundation
import Glibc

/// A non-blocking pipe whose read end wakes the loop's `poll`: the store queue writes a byte when it posts
/// a result, the signal handlers write one when a signal arrives. One byte or many, the loop wakes once
/// and takes everything that was posted.
final class WakePipe: @unchecked Sendable {
    let readDescriptor: Int32
    let writeDescriptor: Int32
    /// Guards closing against a late `wake` from the store queue, which must never write to a descriptor
    /// number that has been closed and handed out again.
    private let lock = NSLock()
    private var isClosed = false

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw RuntimeError.cannotCreatePipe(errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    /// Makes the read end readable. A full pipe already wakes the loop, so a refused write is fine.
    func wake() {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        var byte: UInt8 = 1
        _ = Glibc.write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe, so the next `poll` waits again.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while Glibc.read(readDescriptor, &buffer, buffer.count) > 0 {}
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        isClosed = true
        _ = Glibc.close(readDescriptor)
        _ = Glibc.close(writeDescriptor)
    }

    deinit { close() }
}

/// Why the run loop could not start.
public enum RuntimeError: Error, CustomStringConvertible {
    case cannotCreatePipe(errno: Int32)

    public var description: String {
        switch self {
        case .cannotCreatePipe(let number): "cannot create the dashboard's wake-up pipe: " + String(cString: strerror(number))
        }
    }
}
