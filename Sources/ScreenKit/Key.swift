/// A key press as the terminal layer reports it, with no terminal types in it.
public enum Key: Hashable, Sendable {
    /// A printable character (any script).
    case character(Character)
    /// Ctrl plus a letter, lower case (`ctrl("c")`); raw mode delivers Ctrl-C, Ctrl-S, Ctrl-\ and Ctrl-Z
    /// as keys instead of signals. Ctrl-\ arrives as `ctrl("\\")`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// The key's name in the help, the hint bar and the README (`Ctrl-C`, `PgDn`, `g`).
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    /// The name with ASCII arrows, for terminals without Unicode.
    public var asciiName: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .character, .ctrl, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace,
             .delete, .function: name
        }
    }
}
