import DashboardRuntime
import Foundation
import Glibc
import ScreenKit
import Testing

/// A terminal the test drives: keys go in from the test's thread, frames come out as text. It waits the
/// way the real one does, in `poll` on its own input pipe and the descriptors the loop passes, so the
/// loop under test blocks, wakes and times out exactly as it would on a terminal.
final class ScriptedTerminal: TerminalBackend, @unchecked Sendable {
    private let lock = NSLock()
    private let changed = NSCondition()
    private var pending: [TerminalEvent] = []
    private var frames: [[String]] = []
    private let input: (read: Int32, write: Int32)
    private(set) var palettes: [Palette] = []
    let isASCII = false
    var maySuspend: Bool { false }
    private(set) var size: Size

    init(size: Size = Size(columns: 120, rows: 40)) {
        self.size = size
        var ends: [Int32] = [-1, -1]
        precondition(pipe(&ends) == 0)
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        input = (ends[0], ends[1])
    }

    deinit {
        close(input.read)
        close(input.write)
    }

    // MARK: The test's side

    func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Queues an event (a key, a resize, a hang-up) and makes the input readable.
    func send(_ event: TerminalEvent) {
        lock.withLock { pending.append(event) }
        var byte: UInt8 = 1
        _ = write(input.write, &byte, 1)
    }

    /// How many frames have been drawn.
    var frameCount: Int { changed.withLock { frames.count } }

    /// The last frame, one string per row.
    var lastFrame: [String] { changed.withLock { frames.last ?? [] } }

    /// Waits until a frame drawn after the first `after` frames passes `test`; returns it, or nil
    /// after `timeout` seconds.
    @discardableResult
    func waitForFrame(after: Int = 0, timeout: TimeInterval = 15, _ test: ([String]) -> Bool) -> [String]? {
        let deadline = Date().addingTimeInterval(timeout)
        changed.lock()
        defer { changed.unlock() }
        var seen = after
        while true {
            while seen < frames.count {
                if test(frames[seen]) { return frames[seen] }
                seen += 1
            }
            guard changed.wait(until: deadline) else { return nil }
        }
    }

    /// Waits for a frame containing `text`; a failure shows the last frame drawn.
    @discardableResult
    func waitFor(_ text: String, after: Int = 0, timeout: TimeInterval = 15,
                 sourceLocation: SourceLocation = #_sourceLocation) -> [String]? {
        let frame = waitForFrame(after: after, timeout: timeout) { $0.contains { $0.contains(text) } }
        if frame == nil {
            Issue.record("no frame showed \"\(text)\" within \(timeout) s; the last one:\n\(lastFrame.joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
        }
        return frame
    }

    // MARK: The loop's side

    func setPalette(_ palette: Palette) {
        lock.withLock { palettes.append(palette) }
    }

    func draw(_ screen: Screen) {
        var rows: [String] = []
        for row in 0..<screen.size.rows {
            rows.append((0..<screen.size.columns).map { screen[row, $0].text }.joined())
        }
        changed.withLock {
            frames.append(rows)
            changed.broadcast()
        }
    }

    func nextEvent(timeoutMilliseconds: Int, wakingOn descriptors: [Int32]) -> TerminalEvent {
        if let event = takeEvent() { return event }
        var watched = [pollfd(fd: input.read, events: Int16(POLLIN), revents: 0)]
        watched += descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&watched, nfds_t(watched.count), Int32(clamping: timeoutMilliseconds)) > 0 else { return .timeout }
        if let event = takeEvent() { return event }
        let ready = watched.dropFirst().filter { $0.revents != 0 }.map(\.fd)
        return ready.isEmpty ? .timeout : .ready(Set(ready))
    }

    private func takeEvent() -> TerminalEvent? {
        var byte: UInt8 = 0
        while read(input.read, &byte, 1) > 0 {}
        return lock.withLock {
            guard !pending.isEmpty else { return nil }
            let event = pending.removeFirst()
            if case .resize(let newSize) = event { size = newSize }
            // More waiting: keep the pipe readable for the next call.
            if !pending.isEmpty { _ = write(input.write, &byte, 1) }
            return event
        }
    }

    func suspend() {}
}
