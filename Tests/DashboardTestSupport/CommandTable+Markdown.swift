import Dashboard

extension CommandTable {
    /// The README's commands section, generated from the command table (Markdown): a test keeps
    /// README.md equal to it, and `CASEDESK_RECORD_GOLDENS=1` rewrites the README's section from it.
    public static func markdownTable() -> String {
        var lines = ["| Command | What it does |", "| --- | --- |"]
        for spec in commands {
            let also = spec.aliases.isEmpty ? "" : " (also " + spec.aliases.map { "`:" + $0 + "`" }.joined(separator: ", ") + ")"
            let summary = spec.summary + (spec.hint.map { " (" + $0 + ")" } ?? "")
            lines.append("| `" + escapingPipes(spec.usage) + "`" + also + " | " + escapingPipes(summary) + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A `|` in a cell, even in code, ends the cell unless escaped.
    private static func escapingPipes(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
