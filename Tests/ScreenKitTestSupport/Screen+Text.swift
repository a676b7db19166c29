import ScreenKit

extension Screen {
    /// The frame as plain text, one line per row, trailing spaces kept.
    public var text: String {
        (0..<size.rows).map { line(row: $0) }.joined(separator: "\n")
    }

    /// One row as text (continuation cells contribute nothing).
    public func line(row: Int) -> String {
        var result = ""
        for column in 0..<size.columns { result += self[row, column].text }
        return result
    }

    /// The roles of the frame, the companion of its text golden: one letter per cell (`RoleLetter`), so
    /// column for column it lies under the text, then a blank line and the legend of the letters used.
    /// A wide character's two cells both show its role.
    public var rolePlane: String {
        var used = Set<Role>()
        var lines: [String] = []
        for row in 0..<size.rows {
            var line = ""
            for column in 0..<size.columns {
                let role = self[row, column].role
                used.insert(role)
                line.append(RoleLetter.of(role))
            }
            lines.append(line)
        }
        lines.append("")
        for role in Role.allCases where used.contains(role) { lines.append("\(RoleLetter.of(role)) \(role.rawValue)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
