import CaseDomain
import ScreenKit

/// The case list: matter, the client's short name, and the next deadline (symbol, rule, days).
enum CaseListView {
    /// The lines of the visible cases in `range` (only the rows on screen are ever built).
    static func lines(_ state: DashboardState, range: Range<Int>) -> [PaneLine] {
        let symbols = Symbols.forMode(ascii: state.ascii)
        let matterWidth = state.matterWidth
        return state.visibleCases[range.clamped(to: state.visibleCases.indices)].map { summary in
            let name = Formatting.shortName(Formatting.name(summary.clientName, latin: summary.latinName, ascii: state.ascii))
            let matter = DisplayWidth.fit(Formatting.safe(summary.matter, ascii: state.ascii), to: matterWidth,
                                          ellipsis: symbols.ellipsis)
            var left = [Span(matter + " ", .dim)]
            if summary.isDetained { left.append(Span(symbols.detained, .custodyDetained)) } else { left.append(Span(" ")) }
            left.append(Span(name, summary.isOpen ? .text : .dim))
            var right: [Span] = []
            if let rule = summary.nextDeadlineRule, let days = summary.daysToNextDeadline(from: state.today) {
                right = DeadlinePresentation.compact(rule: rule, daysLeft: days, symbols: symbols)
            } else if !summary.isOpen {
                right = [Span("closed", .dim)]
            }
            return PaneLine(left, right: right)
        }
    }

    /// `Cases 248`, or `Cases 12/248 /ru` while filtered, with the sort order.
    static func title(_ state: DashboardState) -> [Span] {
        let total = state.allCases.count
        var title = "Cases "
        title += state.filter.isEmpty ? "\(total)" : "\(state.visibleCases.count)/\(total)"
        if state.isListPartial { title += "+ loading…" }
        var spans = [Span(title, .title)]
        if !state.filter.isEmpty {
            spans.append(Span(" /" + Formatting.safe(state.filter.query, ascii: state.ascii), .input))
        }
        spans.append(Span(" by " + state.sort.rawValue, .dim))
        return spans
    }
}
