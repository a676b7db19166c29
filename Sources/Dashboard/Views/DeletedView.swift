import ScreenKit

/// The deleted cases: matter, client, when and by whom; the selected one highlighted.
enum DeletedView {
    static func lines(_ state: DashboardState) -> [PaneLine] {
        guard let list = state.deleted else { return [] }
        if let failure = list.failure { return [PaneLine(failure, .error)] }
        guard let cases = list.cases else { return [PaneLine("Reading the audit trail…", .dim)] }
        if cases.isEmpty { return [PaneLine("No deleted cases", .dim)] }
        var lines = cases.enumerated().map { index, gone -> PaneLine in
            let selected = index == list.selected
            let marker = selected ? (state.ascii ? "> " : "▸ ") : "  "
            let client = gone.clientName.map { "  " + Formatting.safe($0, ascii: state.ascii) } ?? ""
            let when = gone.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
            // One run of spans, no right part: the overlay is as wide as its lines' left parts.
            return PaneLine([Span(marker + Formatting.safe(gone.matter, ascii: state.ascii) + client, selected ? .selection : .overlay),
                             Span("  deleted " + when + " by " + Formatting.safe(gone.login, ascii: state.ascii),
                                  selected ? .selection : .dim)])
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine([Span("Enter", .hintKey), Span(" its history (u there brings it back)   ", .overlay),
                               Span("Esc", .hintKey), Span(" close", .overlay)]))
        return lines
    }
}
