import Dashboard
import ScreenKit

extension Keymap {
    /// The README's keys section, generated from the key table (Markdown): a test keeps README.md equal
    /// to it, and `CASEDESK_RECORD_GOLDENS=1` rewrites the README's section from it.
    public static func markdownTable() -> String {
        var lines = ["| Keys | What they do |", "| --- | --- |"]
        for group in KeyGroup.allCases {
            for binding in bindings where binding.group == group {
                let keys = binding.keys.map { "`" + markdownEscaped($0.name) + "`" }.joined(separator: " ")
                lines.append("| " + keys + " | " + binding.summary.replacingPipes() + (binding.mutates ? " (not in read-only sessions)" : "") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdownEscaped(_ text: String) -> String {
        text == "|" ? "\\|" : text
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
