import TOMLKit

/// One theme file as written: what it inherits, its palette, and its styles still unresolved.
struct ThemeSource: Sendable {
    struct RawStyle: Sendable {
        var foreground: String?
        var background: String?
        var modifiers: [String]
    }

    var path: String
    var text: String
    var inherits: String?
    var palette: [String: String]
    var styles: [String: RawStyle]
}

/// Reads the helix-like theme format:
///
/// ```toml
/// inherits = "default"
/// "deadline.overdue" = { fg = "red", modifiers = ["bold"] }
/// "ui.dim" = "gray"            # a bare string is the foreground
/// [palette]
/// red = "#d70000"
/// ```
enum ThemeParser {
    static func parse(_ text: String, path: String) throws(ThemeError) -> ThemeSource {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(path: path, line: error.source.begin.line, column: error.source.begin.column,
                             message: error.description)
        } catch {
            throw ThemeError(path: path, message: "not a TOML file")
        }
        var source = ThemeSource(path: path, text: text, inherits: nil, palette: [:], styles: [:])
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            func fail(_ message: String, near needle: String? = nil) -> ThemeError {
                let position = SourcePosition.locate(key: key, needle: needle, in: text)
                return ThemeError(path: path, line: position?.line, column: position?.column, message: message)
            }
            switch key {
            case "inherits":
                guard let name = value.string else { throw fail("inherits: expected a theme name in quotes") }
                source.inherits = name
            case "palette":
                guard let palette = value.table else { throw fail("palette: expected a table of colours") }
                for name in palette.keys {
                    guard let colour = palette[name]?.string else {
                        let position = SourcePosition.locate(key: name, needle: nil, in: text)
                        throw ThemeError(path: path, line: position?.line, column: position?.column,
                                         message: "palette.\(name): expected a colour in quotes")
                    }
                    source.palette[name] = colour
                }
            default:
                guard Theme.knownKeys.contains(key) else {
                    throw fail("unknown style key \"\(key)\" (Themes/README.md lists the keys)")
                }
                source.styles[key] = try rawStyle(value, key: key, fail: fail)
            }
        }
        return source
    }

    private static func rawStyle(_ value: any TOMLValueConvertible, key: String,
                                 fail: (String, String?) -> ThemeError) throws(ThemeError) -> ThemeSource.RawStyle {
        if let colour = value.string { return .init(foreground: colour, background: nil, modifiers: []) }
        guard let table = value.table else {
            throw fail("\(key): expected a colour or { fg, bg, modifiers }", nil)
        }
        var style = ThemeSource.RawStyle(foreground: nil, background: nil, modifiers: [])
        for field in table.keys {
            switch field {
            case "fg", "bg":
                guard let colour = table[field]?.string else { throw fail("\(key).\(field): expected a colour in quotes", field) }
                if field == "fg" { style.foreground = colour } else { style.background = colour }
            case "modifiers":
                guard let list = table[field]?.array else { throw fail("\(key).modifiers: expected a list", field) }
                for item in list {
                    guard let name = item.string else { throw fail("\(key).modifiers: expected names in quotes", field) }
                    style.modifiers.append(name)
                }
            default:
                throw fail("\(key): unknown field \"\(field)\" (fg, bg, modifiers)", field)
            }
        }
        return style
    }
}
