import CaseDomain
import ScreenKit

/// The header, the hint bar and pane boxes.
enum Chrome {
    static func header(_ state: DashboardState, into screen: inout Screen) {
        let w = screen.size.columns
        screen.fill(" ", row: 0, column: 0, count: w, role: .header)
        let symbols = Symbols.forMode(ascii: state.ascii)
        let sep = " " + symbols.separator + " "
        let left = " casedesk" + sep + Formatting.safe(state.storeName, ascii: state.ascii) + sep
            + Formatting.safe(state.user, ascii: state.ascii) + sep + Formatting.longDate(state.today)
        let badge = state.isReadOnly ? " RO " : " RW "
        var right = ""
        if let review = state.review {
            right = (review.isFirm ? "firm review " : "review ") + "\(review.reviewed)/\(review.total) today  "
        }
        let rightWidth = DisplayWidth.of(right) + DisplayWidth.of(badge)
        screen.put(left, row: 0, column: 0, width: max(0, w - rightWidth - 1), role: .header, ellipsis: symbols.ellipsis)
        let x = w - rightWidth
        screen.put(right, row: 0, column: x, role: .headerBadge)
        screen.put(badge, row: 0, column: x + DisplayWidth.of(right), role: state.isReadOnly ? .headerReadOnly : .headerBadge)
    }

    static func hintBar(_ state: DashboardState, into screen: inout Screen) -> (row: Int, column: Int)? {
        let row = screen.size.rows - 1
        let w = screen.size.columns
        let symbols = Symbols.forMode(ascii: state.ascii)
        screen.fill(" ", row: row, column: 0, count: w, role: .hint)
        if let input = state.input {
            let prompt = input.purpose == .filter ? "/" : ":"
            var x = screen.put(" " + prompt, row: row, column: 0, role: .hintKey)
            // The editor's view scrolls sideways to keep the cursor in it; its text is display-safe.
            let room = max(1, w - x - 24)
            let view = input.editor.view(width: room, height: 1, ascii: state.ascii)
            let cursor = (row, x + view.cursorColumn)
            x = screen.put(view.lines.first ?? "", row: row, column: x, width: room, role: .input, ellipsis: "")
            // On the command line a message is what Tab found (the choices, or that nothing matched).
            if input.purpose == .command, let message = state.message {
                screen.put("  " + message.text, row: row, column: x, role: message.isError ? .error : .notice,
                           ellipsis: symbols.ellipsis)
                return cursor
            }
            let help = input.purpose == .filter
                ? "  \(state.visibleCases.count) of \(state.allCases.count)  Enter keep  Esc clear"
                : "  Tab complete  Enter run  Esc cancel"
            screen.put(help, row: row, column: x, role: .hint, ellipsis: symbols.ellipsis)
            return cursor
        }
        if let question = state.question {
            screen.put(" " + question, row: row, column: 0, role: .notice, ellipsis: symbols.ellipsis)
            return nil
        }
        if let message = state.message {
            screen.put(" " + message.text, row: row, column: 0, role: message.isError ? .error : .notice,
                       ellipsis: symbols.ellipsis)
            return nil
        }
        var x = 1
        for hint in Keymap.hints(in: state.keyContext, readOnly: state.isReadOnly, ascii: state.ascii) {
            let width = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            guard x + width <= w else { break }
            x = screen.put(hint.key, row: row, column: x, role: hint.disabled ? .hintDisabled : .hintKey)
            x = screen.put(" " + hint.label + "  ", row: row, column: x, role: hint.disabled ? .hintDisabled : .hint)
        }
        return nil
    }

    /// A box with a title in its top border.
    static func box(_ rect: Rect, title: [Span], focused: Bool, symbols: Symbols, into screen: inout Screen,
                    borderRole: Role? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = borderRole ?? (focused ? .borderFocused : .border)
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        screen.put(symbols.topLeft, row: rect.y, column: rect.x, role: border)
        screen.fill(Character(symbols.horizontal), row: rect.y, column: rect.x + 1, count: rect.width - 2, role: border)
        screen.put(symbols.topRight, row: rect.y, column: right, role: border)
        for y in (rect.y + 1)..<bottom {
            screen.put(symbols.vertical, row: y, column: rect.x, role: border)
            screen.fill(" ", row: y, column: rect.x + 1, count: rect.width - 2, role: .text)
            screen.put(symbols.vertical, row: y, column: right, role: border)
        }
        screen.put(symbols.bottomLeft, row: bottom, column: rect.x, role: border)
        screen.fill(Character(symbols.horizontal), row: bottom, column: rect.x + 1, count: rect.width - 2, role: border)
        screen.put(symbols.bottomRight, row: bottom, column: right, role: border)
        var x = rect.x + 1
        let limit = right - 1
        x = screen.put(" ", row: rect.y, column: x, width: limit - x, role: border)
        for span in title where x < limit {
            let role: Role = span.role == .title && focused ? .titleFocused : span.role
            x = screen.put(span.text, row: rect.y, column: x, width: limit - x, role: role, ellipsis: symbols.ellipsis)
        }
        if x < limit { screen.put(" ", row: rect.y, column: x, role: border) }
    }
}
