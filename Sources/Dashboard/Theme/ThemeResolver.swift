import ScreenKit

/// Turns theme sources into a `Theme`: follows `inherits` (parents first, cycles refused), merges
/// palettes and styles, and checks every colour and modifier.
enum ThemeResolver {
    /// Resolves `source`, asking `lookup` for the parents it names.
    static func resolve(_ source: ThemeSource, name: String,
                        lookup: (String) throws(ThemeError) -> ThemeSource) throws(ThemeError) -> Theme {
        var chain = [source]
        var seen: Set<String> = [source.path]
        var current = source
        while let parentName = current.inherits {
            let parent = try lookup(parentName)
            guard seen.insert(parent.path).inserted else {
                let position = SourcePosition.locate(key: "inherits", needle: "\"" + parentName + "\"", in: current.text)
                throw ThemeError(path: current.path, line: position?.line, column: position?.column,
                                 message: "inherits \"\(parentName)\" makes a cycle")
            }
            chain.append(parent)
            current = parent
        }
        var palette: [String: String] = [:]
        for layer in chain.reversed() { palette.merge(layer.palette) { _, new in new } }
        var styles: [String: Style] = [:]
        for layer in chain.reversed() {
            for (key, raw) in layer.styles {
                styles[key] = try style(raw, key: key, palette: palette, in: layer)
            }
        }
        return Theme(name: name, styles: styles)
    }

    private static func style(_ raw: ThemeSource.RawStyle, key: String, palette: [String: String],
                              in source: ThemeSource) throws(ThemeError) -> Style {
        func colour(_ text: String?) throws(ThemeError) -> Color? {
            guard let text else { return nil }
            let resolved = palette[text] ?? text
            if let colour = Color(parsing: resolved) { return colour }
            let position = SourcePosition.locate(key: key, needle: "\"" + text + "\"", in: source.text)
            throw ThemeError(path: source.path, line: position?.line, column: position?.column,
                             message: "\(key): \"\(text)\" is not a colour (a name, #rrggbb, 0–255, default, or a palette entry)")
        }
        var modifiers = Set<Modifier>()
        for name in raw.modifiers {
            guard let modifier = Modifier(rawValue: name) else {
                let position = SourcePosition.locate(key: key, needle: "\"" + name + "\"", in: source.text)
                throw ThemeError(path: source.path, line: position?.line, column: position?.column,
                                 message: "\(key): unknown modifier \"\(name)\" (bold, dim, reverse, underline, italic)")
            }
            modifiers.insert(modifier)
        }
        return Style(foreground: try colour(raw.foreground), background: try colour(raw.background),
                     modifiers: modifiers)
    }
}
