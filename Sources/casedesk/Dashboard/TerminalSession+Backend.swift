import DashboardRuntime
import Glibc
import ScreenKit
import Terminal

/// The ncurses session as the run loop's terminal. Declared here, not in `Terminal`, so the terminal
/// layer knows nothing of the runtime.
extension TerminalSession: TerminalBackend {
    /// Waits in `poll` on standard input and `descriptors` together, then lets ncurses read what came.
    /// Keys ncurses already holds (the rest of a pasted burst, bytes it read ahead while matching an
    /// escape sequence) are taken first: `poll` cannot see them.
    public func nextEvent(timeoutMilliseconds: Int, wakingOn descriptors: [Int32]) -> TerminalEvent {
        if let event = Self.backendEvent(read(timeoutMilliseconds: 0)) { return event }
        var watched = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        watched += descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let count = poll(&watched, nfds_t(watched.count), Int32(clamping: timeoutMilliseconds))
        // Interrupted by a signal: SIGWINCH has ncurses report the new size on its next read; the exit
        // signals are the loop's to look at.
        guard count > 0 else { return Self.backendEvent(read(timeoutMilliseconds: 0)) ?? .timeout }
        if watched[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangup }
        if watched[0].revents & Int16(POLLIN) != 0, let event = Self.backendEvent(read(timeoutMilliseconds: 0)) {
            return event
        }
        let ready = watched.dropFirst().filter { $0.revents != 0 }.map(\.fd)
        return ready.isEmpty ? .timeout : .ready(Set(ready))
    }

    /// What a read gives the loop; nil when it gave nothing (the loop goes on waiting).
    private static func backendEvent(_ event: InputEvent) -> TerminalEvent? {
        switch event {
        case .key(let key): .key(key)
        case .paste(let text): .paste(text)
        case .resize(let size): .resize(size)
        case .hangup: .hangup
        // The flag handlers also woke the loop's pipe; the loop takes the signal from there.
        case .signal, .timeout: nil
        }
    }
}
