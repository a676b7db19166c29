/// The lines of each pane, shared by `render` (to draw) and `update` (to know how far selection can go).
public enum PaneContent {
    /// A pane's lines in `range` (clamped to what there is).
    static func lines(_ pane: Pane, _ state: DashboardState, range: Range<Int>) -> [PaneLine] {
        if pane == .cases { return CaseListView.lines(state, range: range) }
        let all = lines(pane, state)
        return Array(all[range.clamped(to: all.indices)])
    }

    /// A detail pane's lines (the list is only ever built a window at a time).
    static func lines(_ pane: Pane, _ state: DashboardState) -> [PaneLine] {
        switch pane {
        case .cases: CaseListView.lines(state, range: 0..<state.visibleCases.count)
        case .timeline: TimelineView.lines(state)
        case .custody: CustodyView.lines(state)
        case .evidence: EvidenceView.lines(state)
        }
    }

    /// How many selectable lines a pane has.
    public static func count(_ pane: Pane, _ state: DashboardState) -> Int {
        switch pane {
        case .cases: state.visibleCases.count
        case .timeline: TimelineView.rows(state.detail).count
        case .custody, .evidence: lines(pane, state).count
        }
    }

    /// "Loading…", with three dots on an ASCII screen.
    private static func loading(_ state: DashboardState) -> String { state.ascii ? "Loading..." : "Loading…" }

    /// What an empty pane says instead.
    static func emptyNote(_ pane: Pane, _ state: DashboardState) -> String {
        switch pane {
        case .cases:
            if !state.hasLoadedCases { return loading(state) }
            return state.filter.isEmpty ? "No cases yet" : "No case matches"
        case .timeline, .custody, .evidence:
            if state.selectedID == nil { return "No case selected" }
            if state.detail == nil {
                if let problem = state.detailProblem, problem.id == state.selectedID { return problem.text }
                return loading(state)
            }
            return pane == .timeline ? "No events yet" : ""
        }
    }

    /// The first visible line so that `selected` shows, starting from the remembered `top`.
    static func top(selected: Int, remembered: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var top = min(remembered, max(0, count - rows))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return max(0, top)
    }
}
