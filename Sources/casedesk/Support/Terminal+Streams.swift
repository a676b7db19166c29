#if canImport(Glibc)
import Glibc
#endif

/// Writing to the standard streams: data on stdout, messages on stderr.
enum Streams {
    static func out(_ text: String) {
        write(fd: 1, text)
    }

    static func err(_ text: String) {
        write(fd: 2, text)
    }

    static var isErrorTerminal: Bool { isatty(2) == 1 }

    /// Raw bytes to stdout (large outputs written in chunks as they are made).
    static func out(bytes: [UInt8]) {
        write(fd: 1, bytes: bytes)
    }

    private static func write(fd: Int32, _ text: String) {
        write(fd: fd, bytes: Array(text.utf8))
    }

    private static func write(fd: Int32, bytes: [UInt8]) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }
}

/// A progress bar on stderr, drawn only when stderr is a terminal and at most a few times a second.
struct ProgressBar {
    let label: String
    let total: Int
    private let enabled = Streams.isErrorTerminal
    private var lastPercent = -1

    init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    mutating func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        Streams.err("\r\(label) [\(bar)] \(percent)% (\(done)/\(total))")
    }

    func finish() {
        guard enabled, total > 0 else { return }
        Streams.err("\n")
    }
}
