import CaseDomain
import ScreenKit

/// The drafts offered at the start: for each, its case (matter and client) or "new case", the form's
/// kind, when it was saved and what it changed; the selected one highlighted.
enum DraftOfferView {
    /// Lines above the first draft.
    static let headerLines = 2
    /// Lines each draft takes (three of text, one blank).
    static let linesPerDraft = 4

    static func lines(_ state: DashboardState) -> [PaneLine] {
        guard let offer = state.draftOffer else { return [PaneLine("No drafts to restore", .dim)] }
        var lines = [PaneLine("Unsaved forms from an earlier session (nothing of them is in the store):", .overlay),
                     PaneLine("")]
        for (index, draft) in offer.drafts.enumerated() {
            let selected = index == offer.selected
            let role: Role = selected ? .selection : .overlay
            let marker = selected ? (state.ascii ? "> " : "▸ ") : "  "
            lines.append(PaneLine([Span(marker + caseText(draft, state), role)],
                                  right: [Span(draft.kindLabel, selected ? .selection : .dim)]))
            lines.append(PaneLine([Span("  " + detailText(draft, state), .dim)]))
            lines.append(PaneLine([Span("  " + typedText(draft, state), .overlay)]))
            lines.append(PaneLine(""))
        }
        lines.append(PaneLine([Span("r", .hintKey), Span(" or Enter restore   ", .overlay), Span("x", .hintKey),
                               Span(" discard   ", .overlay), Span("Esc", .hintKey),
                               Span(" later (:drafts offers them again)", .overlay)]))
        return lines
    }

    /// `2024-0117 Иван Петров`, `new case`, or the case's id when it was deleted.
    static func caseText(_ draft: FormDraft, _ state: DashboardState) -> String {
        switch state.draftCase(draft) {
        case .newCase:
            return "new case" + (draft.values["client.name"].map { " " + Formatting.safe($0, ascii: state.ascii) } ?? "")
        case .present(let row):
            return Formatting.safe(row.matter, ascii: state.ascii) + "  "
                + Formatting.name(row.clientName, latin: row.latinName, ascii: state.ascii)
        case .deleted:
            return "case deleted since: restores as a new case"
        case .unknown:
            return "case " + Formatting.safe(draft.caseID ?? "", ascii: state.ascii) + " (loading…)"
        }
    }

    /// `saved 2026-12-01 14:03:00 UTC · 2 fields changed: client.name, notes`.
    static func detailText(_ draft: FormDraft, _ state: DashboardState) -> String {
        let when = draft.savedAt.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        let changed = draft.changedKeys
        let what: String
        switch changed.count {
        case 0: what = "nothing changed"
        case 1: what = "1 field changed: " + changed[0]
        default: what = "\(changed.count) fields changed: " + changed.prefix(4).joined(separator: ", ")
            + (changed.count > 4 ? ", …" : "")
        }
        return "saved " + Formatting.safe(when, ascii: state.ascii) + " · " + Formatting.safe(what, ascii: state.ascii)
    }

    /// The longest value typed (most likely the text someone would miss), on one line: it tells one draft
    /// from another.
    static func typedText(_ draft: FormDraft, _ state: DashboardState) -> String {
        let longest = draft.changedKeys.compactMap { draft.values[$0] }.max { $0.count < $1.count } ?? ""
        let oneLine = longest.replacingOccurrences(of: "\n", with: " ")
        return oneLine.isEmpty ? "" : "“" + Formatting.safe(oneLine, ascii: state.ascii) + "”"
    }

    /// The overlay's first line shown so the selected draft is on screen.
    static func scroll(keeping selected: Int, remembered: Int, rows: Int) -> Int {
        let top = headerLines + selected * linesPerDraft
        if top < remembered { return top == headerLines ? 0 : top }
        if top + linesPerDraft - 1 >= remembered + rows { return max(0, top + linesPerDraft - rows) }
        return remembered
    }
}
