import CTermShim
import Dashboard

/// The signals that end the process by default (SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGPIPE,
/// SIGALRM, the real-time signals, ...) as the run loop sees them. The flag handlers (installed by whoever set up
/// the terminal, before ncurses) note the signal and write a byte to the loop's wake-up pipe, so the
/// loop wakes at once whichever thread the signal landed on, and turns the note into an action. The
/// handlers and their descriptor belong to the process: one run loop at a time.
enum ProcessSignals {
    /// Has the handlers write to `descriptor` from now on (-1: to nothing).
    static func wake(on descriptor: Int32) {
        cterm_set_wake_fd(descriptor)
    }

    /// The signal that arrived since the last call, if any (taken, so it is reported once).
    static func takePending() -> ExitSignal? {
        let number = cterm_take_pending_signal()
        guard number != 0 else { return nil }
        return ExitSignal(rawValue: number) ?? .terminate
    }
}
