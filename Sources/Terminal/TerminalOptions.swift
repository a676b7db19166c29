/// How to start the terminal.
public struct TerminalOptions: Sendable {
    /// `--ascii` or the config's `ascii`: ASCII borders and symbols even on a UTF-8 terminal.
    public var forceASCII: Bool
    /// The config's `escDelay` in milliseconds; `ESCDELAY` in the environment wins, else 25.
    public var escDelay: Int?
    public var environment: [String: String]

    public init(forceASCII: Bool = false, escDelay: Int? = nil, environment: [String: String]) {
        self.forceASCII = forceASCII
        self.escDelay = escDelay
        self.environment = environment
    }
}

/// Why the terminal could not start.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case cannotStart(term: String)
    /// The terminal cannot move its cursor (`TERM=dumb`, a hard-copy or glass terminal, `TERM` unset).
    case cannotAddressCursor(term: String)

    public var description: String {
        switch self {
        case .notATerminal: "the dashboard needs a terminal (standard input and output are not one)"
        case .cannotStart(let term): "cannot start the terminal (TERM=\(term), and xterm and vt100 failed too)"
        case .cannotAddressCursor(let term):
            "the dashboard cannot run on TERM=\(term.isEmpty ? "(unset)" : term): the terminal cannot move its cursor; "
                + "set TERM to your terminal's type (for example xterm-256color)"
        }
    }
}
