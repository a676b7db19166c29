/// A text attribute a style may add.
public enum Modifier: String, CaseIterable, Sendable, Hashable {
    case bold, dim, reverse, underline, italic
}

/// How cells of a role look: colours (nil = the terminal's default) and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var modifiers: Set<Modifier>

    public init(foreground: Color? = nil, background: Color? = nil, modifiers: Set<Modifier> = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }

    public static let plain = Style()
}
