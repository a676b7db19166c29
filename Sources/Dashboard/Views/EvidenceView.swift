import CaseDomain
import ScreenKit

/// The evidence pane: the due date the next individual hearing implies, then the items grouped by
/// category, each with its status and translation marker. The completeness meter is in the title.
enum EvidenceView {
    static func look(_ status: EvidenceStatus, _ symbols: Symbols) -> (symbol: String, role: Role) {
        switch status {
        case .filed: (symbols.filed, .evidenceDone)
        case .unavailable: (symbols.unavailable, .evidenceDone)
        case .received, .translated: (symbols.inProgress, .evidenceProgress)
        case .requested: (symbols.requested, .evidenceMissing)
        case .needed: (symbols.needed, .evidenceMissing)
        }
    }

    /// `7/12 ▰▰▰▰▰▰▰▱▱▱▱▱`.
    static func meter(_ items: [EvidenceItem], symbols: Symbols, cells: Int = 12) -> [Span] {
        let done = items.completeCount
        let filled = items.isEmpty ? 0 : Int((Double(done) / Double(items.count) * Double(cells)).rounded())
        return [Span("\(done)/\(items.count) ", .title),
                Span(String(repeating: symbols.meterFilled, count: filled), .meterFilled),
                Span(String(repeating: symbols.meterEmpty, count: cells - filled), .meterEmpty)]
    }

    /// The filing date for the next scheduled individual hearing, and how it was set.
    static func dueLine(_ detail: CaseDetail, today: CivilDate) -> PaneLine? {
        let hearing = detail.file.events.chronological.first {
            $0.kind == .individualHearing && $0.isScheduledAppointment && $0.date >= today
        }
        guard let hearing else { return nil }
        if let item = detail.deadlines.first(where: { $0.rule == .prehearingIndividual && $0.hearing == hearing.date }) {
            let days = today.days(until: item.due)
            let role: Role = days < 0 ? .deadlineOverdue : (days <= 7 ? .deadlineSoon : .deadlineUpcoming)
            return PaneLine([Span("Due " + item.due.iso + " for the hearing of " + hearing.date.iso, role)],
                            right: [Span(Formatting.relative(days), role)])
        }
        if detail.file.docket == .detained {
            return PaneLine("Hearing " + hearing.date.iso + ": court sets filing date", .deadlineUpcoming)
        }
        return PaneLine("Individual hearing " + hearing.date.iso, .deadlineUpcoming)
    }

    static func lines(_ state: DashboardState) -> [PaneLine] {
        guard let detail = state.detail else { return [] }
        let symbols = Symbols.forMode(ascii: state.ascii)
        var lines: [PaneLine] = []
        if let due = dueLine(detail, today: state.today) { lines.append(due) }
        let items = detail.file.evidence.ordered
        if items.isEmpty { lines.append(PaneLine("No evidence items", .dim)) }
        var category: EvidenceCategory?
        for item in items {
            if item.category != category {
                category = item.category
                lines.append(PaneLine(item.category.label, .title))
            }
            let (symbol, role) = look(item.status, symbols)
            var right: [Span] = []
            if item.isAwaitingTranslation {
                right.append(Span("needs transl. ", .evidenceTranslation))
            }
            right.append(Span(item.status.rawValue, role))
            var title = Formatting.safe(item.title, ascii: state.ascii)
            if item.status == .unavailable, let reason = item.unavailableReason {
                title += " (" + Formatting.safe(reason, ascii: state.ascii) + ")"
            }
            lines.append(PaneLine([Span(" " + symbol + " ", role), Span(title)], right: right))
        }
        return lines
    }
}

extension EvidenceView {
    /// The item on each line of the pane (nil on the due line, a category's heading, the empty note),
    /// in step with `lines`, so a key on the selected line finds its item.
    static func lineItems(_ state: DashboardState) -> [EvidenceItem?] {
        guard let detail = state.detail else { return [] }
        var items: [EvidenceItem?] = dueLine(detail, today: state.today) == nil ? [] : [nil]
        let ordered = detail.file.evidence.ordered
        if ordered.isEmpty { items.append(nil) }
        var category: EvidenceCategory?
        for item in ordered {
            if item.category != category {
                category = item.category
                items.append(nil)
            }
            items.append(item)
        }
        return items
    }
}
