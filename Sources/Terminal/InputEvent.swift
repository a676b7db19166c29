import ScreenKit

/// What one read of the keyboard gives.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text the user pasted (bracketed paste): the bytes between the terminal's `ESC [ 200 ~` and
    /// `ESC [ 201 ~` as UTF-8, invalid bytes replaced, at most `PasteCollector.limit` bytes. Never keys.
    case paste(String)
    /// The terminal changed size (ncurses already knows the new size).
    case resize(Size)
    /// Nothing arrived within the timeout: the loop's clock tick.
    case timeout
    /// A signal that ends the process by default arrived (its number: SIGHUP, SIGTERM, SIGQUIT, ...).
    case signal(Int32)
    /// The terminal is gone (SSH dropped: reads fail with EIO or return at once with nothing).
    case hangup
}
