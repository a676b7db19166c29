import CaseDomain
import ScreenKit

/// Draws a state into a cell grid. Pure: the same state always gives the same screen, nothing here
/// throws, and no stored text reaches the grid without `TextSafety.display`.
public enum Renderer {
    /// Renders `state` at its own size (or `size`, when given).
    public static func render(_ state: DashboardState, size: Size? = nil) -> Screen {
        var state = state
        if let size { state.size = size }
        var screen = Screen(size: state.size)
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            drawTooSmall(state, into: &screen)
            return screen
        }
        Chrome.header(state, into: &screen)
        if state.isLocked {
            PrivacyView.draw(state, into: &screen)
            return screen
        }
        let symbols = Symbols.forMode(ascii: state.ascii)
        if let review = state.reviewScreen, state.isReviewShown {
            ReviewView.draw(state, review, symbols: symbols, into: &screen)
            if let overlay = state.overlay { OverlayView.draw(overlay, state, symbols: symbols, into: &screen) }
            _ = Chrome.hintBar(state, into: &screen)
            return screen
        }
        var cursor: (row: Int, column: Int)?
        for pane in Pane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            if layout.mode == .tabbed, pane.isDetail, pane != state.detailTab { continue }
            let title = layout.mode == .tabbed && pane.isDetail ? tabs(state) : paneTitle(pane, state, symbols)
            let focused = state.focus == pane || (layout.mode == .tabbed && pane.isDetail && state.focus.isDetail)
            Chrome.box(rect, title: title, focused: focused, symbols: symbols, into: &screen)
            if let row = drawLines(pane, state, rect: rect, focused: focused, symbols: symbols, into: &screen), focused {
                cursor = (row, rect.x + 1)
            }
        }
        BannerView.draw(state, rect: layout.banner, symbols: symbols, into: &screen)
        if let overlay = state.overlay {
            OverlayView.draw(overlay, state, symbols: symbols, into: &screen)
            cursor = nil
        }
        screen.cursor = cursor
        if let form = state.form, let formCursor = FormView.draw(form, state, symbols: symbols, into: &screen) {
            // The focused field's cursor, shown where the typing happens.
            screen.cursor = formCursor
            screen.showsCursor = true
        } else if state.form != nil {
            screen.cursor = nil
        }
        if let inputCursor = Chrome.hintBar(state, into: &screen) {
            screen.cursor = inputCursor
            screen.showsCursor = true
        }
        return screen
    }

    static func paneTitle(_ pane: Pane, _ state: DashboardState, _ symbols: Symbols) -> [Span] {
        switch pane {
        case .cases: return CaseListView.title(state)
        case .timeline, .custody: return [Span(pane.title, .title)]
        case .evidence:
            guard let items = state.detail?.file.evidence else { return [Span(pane.title, .title)] }
            return [Span(pane.title + " ", .title)] + EvidenceView.meter(items, symbols: symbols)
        }
    }

    /// `Timeline │ Custody │ Evidence` with the shown one marked, for the tabbed layout.
    static func tabs(_ state: DashboardState) -> [Span] {
        var spans: [Span] = []
        for pane in [Pane.timeline, .custody, .evidence] {
            if !spans.isEmpty { spans.append(Span(" ", .border)) }
            let shown = pane == state.detailTab
            spans.append(Span(shown ? "[\(pane.rawValue) \(pane.title)]" : " \(pane.rawValue) \(pane.title) ",
                              shown ? .title : .dim))
        }
        if state.detailTab == .evidence, let items = state.detail?.file.evidence {
            spans.append(Span(" ", .border))
            spans += EvidenceView.meter(items, symbols: Symbols.forMode(ascii: state.ascii), cells: 8)
        }
        return spans
    }

    /// Draws a pane's visible lines; returns the selected line's row.
    static func drawLines(_ pane: Pane, _ state: DashboardState, rect: Rect, focused: Bool, symbols: Symbols,
                          into screen: inout Screen) -> Int? {
        let rows = rect.height - 2, width = rect.width - 2
        let count = PaneContent.count(pane, state)
        guard count > 0 else {
            screen.put(" " + PaneContent.emptyNote(pane, state), row: rect.y + 1, column: rect.x + 1, width: width, role: .dim)
            return focused ? rect.y + 1 : nil
        }
        let selected = pane == .cases ? (state.selectedCaseIndex ?? 0) : min(state.selection[pane] ?? 0, count - 1)
        let top = PaneContent.top(selected: selected, remembered: state.scroll[pane] ?? 0, rows: rows, count: count)
        for (offset, line) in PaneContent.lines(pane, state, range: top..<min(count, top + max(0, rows))).enumerated() {
            let row = rect.y + 1 + offset
            let index = top + offset
            let isSelected = index == selected && (pane == .cases || focused)
            if pane == .cases {
                screen.put(isSelected ? symbols.selected : " ", row: row, column: rect.x + 1, role: .text)
                line.draw(into: &screen, row: row, column: rect.x + 2, width: width - 1, ellipsis: symbols.ellipsis)
            } else {
                line.draw(into: &screen, row: row, column: rect.x + 1, width: width, ellipsis: symbols.ellipsis)
            }
            if isSelected {
                screen.restyle(row: row, column: rect.x + 1, count: width, role: focused ? .selection : .selectionUnfocused)
            }
        }
        return rect.y + 1 + selected - top
    }

    static func drawTooSmall(_ state: DashboardState, into screen: inout Screen) {
        let times = state.ascii ? "x" : "×"
        let lines = [
            "casedesk needs \(Layout.minimum.columns)\(times)\(Layout.minimum.rows),",
            "has \(state.size.columns)\(times)\(state.size.rows).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (state.size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.size.columns - DisplayWidth.of(line)) / 2)
            screen.put(line, row: top + index, column: x, role: index == 2 ? .dim : .error, ellipsis: "")
        }
    }
}
