import CaseDomain

/// The row of a pane that a review item is about, in the lines that pane draws.
enum ReviewTargetRow {
    static func row(for target: ReviewTarget, _ detail: CaseDetail, state: DashboardState) -> Int? {
        switch target {
        case .hearing(let appointment):
            return TimelineView.rows(detail).firstIndex {
                if case .event(let event) = $0 { return event.kind == appointment.kind && event.date == appointment.date }
                return false
            }
        case .deadline(let rule, let due):
            return TimelineView.rows(detail).firstIndex {
                if case .deadline(let item) = $0 { return item.rule == rule && item.due == due }
                return false
            }
        case .lastChange(let date):
            // The last thing recorded on or before the day the case last changed.
            return TimelineView.rows(detail).lastIndex { $0.date <= date }
        case .custody:
            return 0
        case .checkIn:
            return CustodyView.lines(state).firstIndex { line in
                line.left.contains { $0.text.hasPrefix("  Next ICE check-in") }
            }
        case .evidence:
            // The evidence pane lists a due line, then each category's heading before its items.
            var row = EvidenceView.dueLine(detail, today: state.today) == nil ? 0 : 1
            var category: EvidenceCategory?
            for item in detail.file.evidence.ordered {
                if item.category != category {
                    category = item.category
                    row += 1
                }
                if !item.status.isComplete || item.isAwaitingTranslation { return row }
                row += 1
            }
            return nil
        }
    }
}
