import ScreenKit

/// Draws the kiosk into a cell grid. Pure: the same state gives the same screen. It sees only a
/// `KioskBoard`, whose fields hold nothing confidential (docs/formats.md, Board JSON).
public enum KioskRenderer {
    /// From this size up, the clock and the counts are drawn in block digits.
    public static let largeSize = Size(columns: 120, rows: 40)

    public static func render(_ state: KioskState) -> Screen {
        var screen = Screen(size: state.size)
        let w = state.size.columns, h = state.size.rows
        guard w >= 20, h >= 5 else {
            screen.put("casedesk", row: 0, column: 0, width: w, role: .dim, ellipsis: "")
            return screen
        }
        header(state, into: &screen)
        footer(state, into: &screen)
        guard let board = state.board, !state.isUnavailable else {
            // Nothing about why: a wall screen names no path, store or error.
            centered("Data unavailable, retrying", row: h / 2, role: .notice, into: &screen)
            return screen
        }
        let large = w >= largeSize.columns && h >= largeSize.rows
        var top = 2
        if large {
            BlockDigits.draw(state.clock.text, row: 2, column: w - 2 - BlockDigits.width(state.clock.text),
                             role: .title, ascii: state.ascii, into: &screen)
        }
        let view = BoardView(board: board, today: state.clock.date)
        switch state.page {
        case .hearings:
            top = bigCount(view.hearings.count, "hearings today through " + view.today.adding(days: 7).short,
                           large: large, row: top, state, into: &screen)
            KioskPages.hearings(view, rows: top..<(h - 2), state, into: &screen)
        case .deadlines:
            top = bigCount(view.overdue.count, "overdue  ·  \(view.dueSoon.count) due within 14 days",
                           large: large, row: top, state, into: &screen)
            KioskPages.deadlines(view, rows: top..<(h - 2), state, into: &screen)
        case .summary:
            // Below the clock's digits: the tiles use the whole width.
            if large { top += BlockDigits.rows + 1 }
            KioskPages.summary(view, rows: top..<(h - 2), large: large, state, into: &screen)
        }
        return screen
    }

    /// A page's headline number: block digits with a label on a large screen, one line otherwise.
    /// Returns the first row below it.
    static func bigCount(_ count: Int, _ label: String, large: Bool, row: Int, _ state: KioskState,
                         into screen: inout Screen) -> Int {
        if large {
            BlockDigits.draw(String(count), row: row, column: 2, role: .title, ascii: state.ascii, into: &screen)
            screen.put(label, row: row + 2, column: 4 + BlockDigits.width(String(count)),
                       width: state.size.columns / 2, role: .text)
            return row + BlockDigits.rows + 2
        }
        screen.put(" \(count) " + label, row: row, column: 1, width: state.size.columns - 2, role: .title)
        return row + 2
    }

    static func header(_ state: KioskState, into screen: inout Screen) {
        let w = state.size.columns
        screen.fill(" ", row: 0, column: 0, count: w, role: .header)
        let index = "\(state.page.rawValue + 1)/\(KioskPage.allCases.count)"
        let right = state.clock.date.short + " " + String(state.clock.date.parts.year) + "  " + state.clock.text + " "
        screen.put(" " + state.page.title + "  " + index, row: 0, column: 0,
                   width: max(0, w - right.count - 1), role: .header, ellipsis: state.ascii ? "~" : "…")
        screen.put(right, row: 0, column: max(0, w - right.count), role: .headerBadge)
    }

    static func footer(_ state: KioskState, into screen: inout Screen) {
        let row = state.size.rows - 1, w = state.size.columns
        screen.fill(" ", row: row, column: 0, count: w, role: .hint)
        if let notice = state.notice {
            screen.put(" " + notice, row: row, column: 0, width: w, role: .notice, ellipsis: "")
            return
        }
        let arrows = state.ascii ? "Left/Right" : "←/→"
        let refreshed = state.lastRefresh.map { "Updated " + $0 + "  ·  " } ?? ""
        screen.put(" " + refreshed + "Pages turn every \(state.rotateSeconds) s  ·  " + arrows + " pages",
                   row: row, column: 0, width: w, role: .hint, ellipsis: "")
    }

    static func centered(_ text: String, row: Int, role: Role, into screen: inout Screen) {
        let x = max(0, (screen.size.columns - DisplayWidth.of(text)) / 2)
        screen.put(text, row: row, column: x, width: screen.size.columns - x, role: role, ellipsis: "")
    }
}
