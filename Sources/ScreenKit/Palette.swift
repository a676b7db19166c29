/// How every role looks on screen: what the terminal layer needs to draw a frame, and nothing of where
/// it came from (the dashboard resolves a theme file into one; docs/themes.md).
public struct Palette: Hashable, Sendable {
    /// The style of each role; a role left out is drawn plain (the terminal's own colours).
    public var styles: [Role: Style]

    public init(styles: [Role: Style] = [:]) {
        self.styles = styles
    }

    /// The style cells of `role` are drawn in.
    public func style(for role: Role) -> Style {
        styles[role] ?? .plain
    }

    /// The same palette with every colour removed: what `NO_COLOR` and colourless terminals get.
    /// Meaning survives because every role also carries a symbol or a word, and attributes stay.
    public var withoutColour: Palette {
        Palette(styles: styles.mapValues { Style(modifiers: $0.modifiers) })
    }
}
