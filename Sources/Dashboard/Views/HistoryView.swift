import CaseDomain
import ScreenKit

/// A case's history in the `H` overlay: newest first, each change with when, who (the account and the
/// staff name) and what it changed, field by field (old → new); the selected change highlighted.
enum HistoryView {
    /// Lines above the first entry.
    static let headerLines = 2

    /// The audit actions that create a case (docs/formats.md, the audit trail).
    static let creations: Set<String> = ["create-case", "import-case", "generate-case"]

    static func title(_ state: DashboardState) -> String {
        "History · " + Formatting.safe(state.history?.matter ?? "", ascii: state.ascii)
    }

    static func lines(_ state: DashboardState) -> [PaneLine] {
        guard let browser = state.history else { return [] }
        var lines = [PaneLine("Newest first. Every change is kept; a restore is a new change.", .dim), PaneLine("")]
        if let failure = browser.failure { return lines + [PaneLine(failure, .error)] }
        guard let entries = browser.entries else { return lines + [PaneLine("Reading the history…", .dim)] }
        if entries.isEmpty { return lines + [PaneLine("No changes recorded", .dim)] }
        for (index, entry) in entries.enumerated() {
            lines += entryLines(entry, selected: index == browser.selected, ascii: state.ascii)
        }
        lines.append(footer(browser))
        return lines
    }

    /// The overlay line an entry starts on (`entries.count` gives the footer's).
    static func firstLine(of index: Int, in browser: HistoryBrowser, ascii: Bool) -> Int {
        guard let entries = browser.entries else { return headerLines }
        return headerLines + entries.prefix(max(0, index)).reduce(0) { $0 + entryLines($1, selected: false, ascii: ascii).count }
    }

    static func entryLines(_ entry: HistoryEntry, selected: Bool, ascii: Bool) -> [PaneLine] {
        let marker = selected ? (ascii ? "> " : "▸ ") : "  "
        let when = entry.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        let who = Formatting.safe(entry.login, ascii: ascii) + (entry.staffName.map { " (" + Formatting.safe($0, ascii: ascii) + ")" } ?? "")
        var lines = [PaneLine([Span(marker + Formatting.safe(when, ascii: ascii) + "  " + who, selected ? .selection : .overlay)],
                              right: [Span(Formatting.safe(entry.action, ascii: ascii), selected ? .selection : .dim)])]
        if let detail = entry.detail { lines.append(PaneLine("    " + Formatting.safe(detail, ascii: ascii), .dim)) }
        if entry.isDeletion { lines.append(PaneLine("    the case was deleted", .error)) }
        let arrow = ascii ? " -> " : " → "
        for change in entry.changes {
            let label = Formatting.safe(change.label, ascii: ascii)
            switch (change.old, change.new) {
            case (nil, let new?):
                lines.append(PaneLine([Span("    + " + label + ": ", .dim), Span(Formatting.safe(new, ascii: ascii), .overlay)]))
            case (let old?, nil):
                lines.append(PaneLine([Span("    - " + label + ": ", .dim), Span(Formatting.safe(old, ascii: ascii), .overlay)]))
            case (let old?, let new?):
                lines.append(PaneLine([Span("    " + label + ": ", .dim), Span(Formatting.safe(old, ascii: ascii), .overlay),
                                       Span(arrow, .dim), Span(Formatting.safe(new, ascii: ascii), .overlay)]))
            case (nil, nil):
                lines.append(PaneLine("    " + label, .dim))
            }
        }
        if entry.changes.isEmpty, !entry.isDeletion {
            // A creation lists no fields (every one would be "added"): it says what it was instead.
            if Self.creations.contains(entry.action) {
                if entry.detail == nil { lines.append(PaneLine("    the case was created", .dim)) }
            } else if entry.detail == nil {
                lines.append(PaneLine("    no field changed", .dim))
            }
        }
        lines.append(PaneLine(""))
        return lines
    }

    static func footer(_ browser: HistoryBrowser) -> PaneLine {
        if browser.isConfirming, let entry = browser.current {
            let what = entry.isDeletion ? "Bring the deleted case back" : "Put the case back as it was before this change"
            return PaneLine([Span(what + "? ", .notice), Span("y", .hintKey), Span(" restores, any other key keeps it as it is", .notice)])
        }
        return PaneLine([Span("u", .hintKey), Span(" restore the case as it was before the selected change   ", .overlay),
                         Span("j/k", .hintKey), Span(" move   ", .overlay), Span("Esc", .hintKey), Span(" close", .overlay)])
    }
}
