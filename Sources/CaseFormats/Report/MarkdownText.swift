import CaseDomain

/// Makes store text inert inside a Markdown document: it is sanitised by `TextSafety.display` first,
/// then every character that could start structure is backslash-escaped (CommonMark allows escaping any
/// ASCII punctuation), so a name like `# heading`, `| pipe`, `<script>` or `` `code` `` stays text.
public enum MarkdownText {
    /// Always escaped: inline markup, links, HTML, table cells, entities.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "{", "}"]
    /// Escaped at the start of a line only: list markers, setext underlines.
    static let leadingEscaped: Set<Unicode.Scalar> = ["-", "+", "="]
    /// Escaped after leading digits only: ordered-list markers (`1.`, `1)`).
    static let orderedEscaped: Set<Unicode.Scalar> = [".", ")"]

    /// One-line text: line breaks and other controls become visible escapes, markup is escaped.
    public static func inline(_ text: String) -> String {
        escapeLine(TextSafety.display(text))
    }

    /// Multi-line text (notes) as blockquote lines, each escaped on its own.
    public static func block(_ text: String) -> String {
        TextSafety.display(text, keepingLineBreaks: true)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                let trimmed = line.replacingTabs.drop(while: { $0 == " " })
                return trimmed.isEmpty ? ">" : "> " + escapeLine(String(trimmed))
            }
            .joined(separator: "\n")
    }

    static func escapeLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var atStart = true
        var digitsOnly = true
        for scalar in text.unicodeScalars {
            let isDigit = scalar.value >= 48 && scalar.value <= 57
            if alwaysEscaped.contains(scalar) || (leadingEscaped.contains(scalar) && atStart)
                || (orderedEscaped.contains(scalar) && digitsOnly) {
                result.append("\\")
            }
            result.append(scalar)
            if scalar != " " { atStart = false }
            if !isDigit { digitsOnly = false }
        }
        return String(result)
    }
}

private extension Substring {
    var replacingTabs: Substring { Substring(String(self.map { $0 == "\t" ? " " : $0 })) }
}
