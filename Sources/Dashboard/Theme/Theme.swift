import ScreenKit

/// A resolved theme: a style for every dotted key it defines, looked up with fallback along the dots.
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// Styles by dotted key, inheritance already applied.
    public var styles: [String: Style]

    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role: its own key, else its parent's (`deadline.overdue` → `deadline`), else `default`.
    public func style(for role: Role) -> Style {
        var key: String? = role.rawValue
        while let current = key {
            if let style = styles[current] { return style }
            if let dot = current.lastIndex(of: ".") {
                key = String(current[..<dot])
            } else {
                key = current == Role.text.rawValue ? nil : Role.text.rawValue
            }
        }
        return .plain
    }

    /// What the terminal draws with: every role's style, the fallback already followed.
    public var palette: Palette {
        Palette(styles: Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, style(for: $0)) }))
    }

    /// The keys a theme may define: every role and every prefix of one.
    public static let knownKeys: Set<String> = {
        var keys = Set<String>()
        for role in Role.allCases {
            var key = role.rawValue
            keys.insert(key)
            while let dot = key.lastIndex(of: ".") {
                key = String(key[..<dot])
                keys.insert(key)
            }
        }
        return keys
    }()
}
