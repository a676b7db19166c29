/// A problem in a theme file, reported as `Themes/x.toml:4:18: message` like a compiler would.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if let line, line > 0, let column { location += ":\(column)" }
        return location + ": " + message
    }
}

/// Finds where a key or value sits in a TOML text, for messages about things the parser accepted but
/// the theme does not (TOMLKit keeps no positions for values).
enum SourcePosition {
    /// Line and column (1-based) of `needle` on the first line that defines `key` (bare or quoted).
    static func locate(key: String, needle: String?, in source: String) -> (line: Int, column: Int)? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let defines = ["\"" + key + "\"", key].contains { candidate in
                guard trimmed.hasPrefix(candidate) else { return false }
                let rest = trimmed.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                return rest.hasPrefix("=") || (rest.hasPrefix("]") && trimmed.hasPrefix("["))
            } || trimmed.hasPrefix("[" + key + "]") || trimmed.hasPrefix("[\"" + key + "\"]")
            guard defines else { continue }
            let text = String(line)
            if let needle, let range = text.range(of: needle) {
                return (index + 1, text.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
            let indent = text.count - trimmed.count
            return (index + 1, indent + 1)
        }
        return nil
    }
}
