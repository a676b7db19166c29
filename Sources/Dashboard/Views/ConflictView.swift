import CaseDomain
import ScreenKit

/// The conflict screen: per field, yours, theirs and before, with the choice marked.
enum ConflictView {
    static func lines(_ conflict: ConflictState, ascii: Bool, symbols: Symbols) -> [PaneLine] {
        let moves = ascii ? "Up/Down" : "↑/↓"
        var lines = [
            PaneLine("Someone else saved this case while you edited it. What only one of", .notice),
            PaneLine("you changed is merged; both of you changed the fields below.", .notice),
            PaneLine("y keeps yours  t takes theirs  \(moves) moves  Ctrl-S saves  Esc back to the form", .dim),
        ]
        for (index, field) in conflict.conflicts.enumerated() {
            lines.append(PaneLine(""))
            let choice = conflict.choices[field.path]
            let state: String
            switch choice {
            case .mine?: state = "yours"
            case .theirs?: state = "theirs"
            case nil: state = "choose"
            }
            lines.append(PaneLine([Span((index == conflict.selected ? symbols.selected : " ") + " ", .title),
                                   Span(Formatting.safe(field.label, ascii: ascii), .title)],
                                  right: [Span(state, choice == nil ? .error : .notice)]))
            func value(_ text: String?) -> String { text.map { Formatting.safe($0, ascii: ascii) } ?? "(none)" }
            lines.append(PaneLine([Span(choice == .mine ? "  [x] " : "  [ ] ", .text), Span("yours   ", .dim),
                                   Span(value(field.mine), choice == .mine ? .input : .text)]))
            lines.append(PaneLine([Span(choice == .theirs ? "  [x] " : "  [ ] ", .text), Span("theirs  ", .dim),
                                   Span(value(field.theirs), choice == .theirs ? .input : .text)]))
            lines.append(PaneLine([Span("      before  ", .dim), Span(value(field.base), .dim)]))
        }
        return lines
    }

    static func draw(_ conflict: ConflictState, _ form: FormState, _ state: DashboardState, rect: Rect, symbols: Symbols,
                     into screen: inout Screen) {
        let matter = Formatting.safe(conflict.theirs.matter, ascii: state.ascii)
        Chrome.box(rect, title: [Span("Conflicting changes " + symbols.separator + " " + matter, .title)], focused: true,
                   symbols: symbols, into: &screen)
        let all = lines(conflict, ascii: state.ascii, symbols: symbols)
        let rows = rect.height - 2
        // Keep the selected field's four lines in view.
        let selectedLast = 3 + conflict.selected * 5 + 4
        let top = max(0, min(selectedLast - rows + 1, all.count - rows))
        for (offset, line) in all.dropFirst(top).prefix(rows).enumerated() {
            line.draw(into: &screen, row: rect.y + 1 + offset, column: rect.x + 2, width: rect.width - 4, ellipsis: symbols.ellipsis)
        }
    }
}
