import ScreenKit

/// What one wait on the terminal gives the run loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Text the user pasted (bracketed paste): one event, never keys.
    case paste(String)
    /// The terminal changed size.
    case resize(Size)
    /// Some of the descriptors the loop asked to be woken on became readable.
    case ready(Set<Int32>)
    /// Nothing for the loop: the timeout passed, or a signal cut the wait short.
    case timeout
    /// The terminal is gone (the SSH connection dropped).
    case hangup
}

/// The little the run loop needs of a terminal. The ncurses session implements it in the executable;
/// tests implement it with a scripted terminal, so the real loop runs without a terminal at all.
public protocol TerminalBackend: AnyObject {
    /// The current size.
    var size: Size { get }
    /// Whether text must be drawn in ASCII only.
    var isASCII: Bool { get }
    /// Whether Ctrl-Z may stop the program (a job-control shell started it and will resume it).
    var maySuspend: Bool { get }
    /// Draws in a theme's palette from the next frame on.
    func setPalette(_ palette: Palette)
    /// Shows a whole frame.
    func draw(_ screen: Screen)
    /// Waits at most `timeoutMilliseconds` for a key, a paste, a resize, the terminal going away, or one of
    /// `descriptors` becoming readable, and says which came first. Returns at once when a key is
    /// already waiting. Must not spin: a dead terminal is `.hangup`, not an endless stream of timeouts.
    func nextEvent(timeoutMilliseconds: Int, wakingOn descriptors: [Int32]) -> TerminalEvent
    /// Stops like a shell job and takes the terminal back on `fg`.
    func suspend()
}
