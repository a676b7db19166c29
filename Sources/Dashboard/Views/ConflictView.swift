import CaseDomain
import ScreenKit

/// The conflict screen: per field, yours, theirs and before, with the choice marked.
enum ConflictView {
    static func lines(_ conflict: ConflictState, ascii: Bool, symbols: Symbols) -> [PaneLine] {
        var lines = [
            PaneLine("Someone else saved this case while you edited it. Fields only one of you changed are merged.", .notice),
            PaneLine("These fields both of you changed: y keeps yours, t takes theirs, ↑/↓ moves, Ctrl-S saves.", .dim),
        ]
        if ascii { lines[1] = PaneLine("These fields both of you changed: y keeps yours, t takes theirs, Up/Down moves, Ctrl-S saves.", .dim) }
        for (index, row) in conflict.rows.enumerated() {
            lines.append(PaneLine(""))
            let choice = conflict.choices[index]
            let state = choice == nil ? "choose" : (choice == .yours ? "yours" : "theirs")
            lines.append(PaneLine([Span((index == conflict.selected ? symbols.selected : " ") + " ", .title),
                                   Span(Formatting.safe(row.label, ascii: ascii), .title)],
                                  right: [Span(state, choice == nil ? .error : .notice)]))
            func value(_ text: String?) -> String { text.map { Formatting.safe($0, ascii: ascii) } ?? "(none)" }
            lines.append(PaneLine([Span(choice == .yours ? "  [x] " : "  [ ] ", .text), Span("yours   ", .dim),
                                   Span(value(row.yours), choice == .yours ? .input : .text)]))
            lines.append(PaneLine([Span(choice == .theirs ? "  [x] " : "  [ ] ", .text), Span("theirs  ", .dim),
                                   Span(value(row.theirs), choice == .theirs ? .input : .text)]))
            lines.append(PaneLine([Span("      before  ", .dim), Span(value(row.before), .dim)]))
        }
        return lines
    }

    static func draw(_ conflict: ConflictState, _ form: FormState, _ state: DashboardState, rect: Rect, symbols: Symbols,
                     into screen: inout Screen) {
        let title = "Conflicting changes " + symbols.separator + " " + Formatting.safe(form.base?.matter ?? "", ascii: state.ascii)
        Chrome.box(rect, title: [Span(title, .title)], focused: true, symbols: symbols, into: &screen)
        let all = lines(conflict, ascii: state.ascii, symbols: symbols)
        let rows = rect.height - 2
        // Keep the selected field (its four lines) in view.
        let selectedLast = 2 + conflict.selected * 5 + 4
        let top = max(0, min(selectedLast - rows + 1, all.count - rows))
        for (offset, line) in all.dropFirst(top).prefix(rows).enumerated() {
            line.draw(into: &screen, row: rect.y + 1 + offset, column: rect.x + 2, width: rect.width - 4, ellipsis: symbols.ellipsis)
        }
    }
}
