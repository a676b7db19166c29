import CaseDomain
import ScreenKit

/// An open form over the panes: its notices (the case changed elsewhere, likely duplicate clients, why a
/// save did not happen), then one line per field (notes three) with the label, the value and, beside
/// it, the field's problem or how a date was read. A form taller than the screen scrolls to its focus.
enum FormView {
    /// Where a field sits among the form's rows (its section heading, if any, is the row before).
    struct Placement: Hashable {
        var field: Int
        var row: Int
        var height: Int
    }

    static let notesHeight = 3

    static func rect(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.columns, height: max(3, size.rows - 2)) }

    /// Every field's place, and the rows the fields take in all.
    static func placements(_ form: FormState) -> (placements: [Placement], rows: Int) {
        var row = 0
        var placements: [Placement] = []
        for (index, field) in form.fields.enumerated() {
            if field.section != nil { row += index == 0 ? 1 : 2 }
            let height = field.kind.isMultiline ? notesHeight : 1
            placements.append(Placement(field: index, row: row, height: height))
            row += height
        }
        return (placements, row)
    }

    /// The rows left for fields under the notices (and above the focused field's problem in full).
    static func fieldRows(_ form: FormState, size: Size) -> Int {
        max(1, rect(size).height - 2 - notices(form, ascii: false).count - (focusedProblem(form) == nil ? 0 : 1))
    }

    /// The focused field's problem, shown whole on the form's last line (beside the field it may be cut).
    static func focusedProblem(_ form: FormState) -> String? {
        guard let field = form.focusedField, let problem = form.problems[field.key],
              !CodeChecks.isBlank(form.values[field.key] ?? "") || form.attemptedSave else { return nil }
        return field.label + ": " + problem
    }

    /// The first row shown so that the focused field shows, starting from the remembered one.
    static func scroll(for form: FormState, size: Size) -> Int {
        let (placements, rows) = placements(form)
        guard placements.indices.contains(form.focus) else { return 0 }
        let place = placements[form.focus]
        let visible = fieldRows(form, size: size)
        // The section heading above the focused field comes into view with it.
        let first = form.fields[form.focus].section != nil ? max(0, place.row - 1) : place.row
        var top = min(form.scroll, max(0, rows - visible))
        if first < top { top = first }
        if place.row + place.height > top + visible { top = place.row + place.height - visible }
        return max(0, top)
    }

    static func notices(_ form: FormState, ascii: Bool) -> [PaneLine] {
        var lines: [PaneLine] = []
        if form.changedElsewhere {
            lines.append(PaneLine("Someone else changed this case since the form opened: saving merges their changes", .notice))
        }
        for duplicate in form.duplicates.prefix(2) {
            let why = duplicate.reason == .sameANumber ? "same A-number" : "same name and birth date"
            lines.append(PaneLine("Possible duplicate client: " + Formatting.safe(duplicate.matter, ascii: ascii) + " "
                                  + Formatting.safe(duplicate.clientName, ascii: ascii) + " (" + why + ")", .error))
        }
        if form.duplicates.count > 2 { lines.append(PaneLine("… and \(form.duplicates.count - 2) more possible duplicates", .error)) }
        if let problem = form.saveProblem { lines.append(PaneLine(Formatting.safe(problem, ascii: ascii), .error)) }
        if let problem = form.formProblem, form.problems.isEmpty {
            lines.append(PaneLine("Not valid yet: " + Formatting.safe(problem, ascii: ascii), .error))
        }
        return lines
    }

    /// Draws the form; returns where the cursor goes (in the focused text field).
    static func draw(_ form: FormState, _ state: DashboardState, symbols: Symbols, into screen: inout Screen) -> (row: Int, column: Int)? {
        let box = rect(state.size)
        if let conflict = form.conflict {
            ConflictView.draw(conflict, form, state, rect: box, symbols: symbols, into: &screen)
            return nil
        }
        var title = form.kind.title
        if let matter = form.base?.matter { title += " " + symbols.separator + " " + Formatting.safe(matter, ascii: state.ascii) }
        Chrome.box(box, title: [Span(title, .title)], focused: true, symbols: symbols, into: &screen)
        let inner = box.width - 4, left = box.x + 2
        var y = box.y + 1
        for line in notices(form, ascii: state.ascii) {
            line.draw(into: &screen, row: y, column: left, width: inner, ellipsis: symbols.ellipsis)
            y += 1
        }
        let labelWidth = min(24, max(12, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 3))
        let valueWidth = min(60, max(16, (inner - labelWidth - 2) / 2))
        let messageX = left + labelWidth + valueWidth + 2
        let visible = fieldRows(form, size: state.size)
        let top = min(form.scroll, max(0, placements(form).rows - visible))
        var cursor: (row: Int, column: Int)?
        for place in placements(form).placements {
            let field = form.fields[place.field]
            let row = y + place.row - top
            if let section = field.section, (y..<(y + visible)).contains(row - 1) {
                screen.put(section, row: row - 1, column: left, width: inner, role: .title, ellipsis: symbols.ellipsis)
            }
            guard row >= y, row + place.height <= y + visible else { continue }
            let focused = place.field == form.focus
            let label = field.label + (isRequired(field.kind) ? "*" : "")
            screen.put(label, row: row, column: left, width: labelWidth - 1, role: focused ? .titleFocused : .dim,
                       ellipsis: symbols.ellipsis)
            let valueX = left + labelWidth
            if focused { for r in row..<(row + place.height) { screen.fill(" ", row: r, column: valueX, count: valueWidth, role: .input) } }
            let role: Role = focused ? .input : .text
            if focused, field.kind.isText {
                let view = form.editor.view(width: valueWidth, height: place.height)
                for (offset, line) in view.lines.enumerated() {
                    screen.put(Formatting.safe(line, ascii: state.ascii), row: row + offset, column: valueX, width: valueWidth,
                               role: role, ellipsis: "")
                }
                cursor = (row + view.cursorRow, valueX + min(valueWidth - 1, view.cursorColumn))
            } else {
                for (offset, line) in shown(form.values[field.key] ?? "", field.kind, ascii: state.ascii, rows: place.height).enumerated() {
                    screen.put(line, row: row + offset, column: valueX, width: valueWidth, role: role, ellipsis: symbols.ellipsis)
                }
            }
            if let (text, role) = note(for: field, form, focused: focused, symbols: symbols) {
                screen.put(text, row: row, column: messageX, width: max(0, box.x + box.width - 2 - messageX), role: role,
                           ellipsis: symbols.ellipsis)
            }
        }
        if let problem = focusedProblem(form) {
            screen.put(Formatting.safe(problem, ascii: state.ascii), row: box.y + box.height - 2, column: left, width: inner,
                       role: .error, ellipsis: symbols.ellipsis)
        }
        let (up, down) = state.ascii ? ("^", "v") : ("↑", "↓")
        if top > 0 { screen.put(" \(up) more ", row: box.y, column: box.x + box.width - 12, role: .border) }
        if top + visible < placements(form).rows {
            screen.put(" \(down) more ", row: box.y + box.height - 1, column: box.x + box.width - 12, role: .border)
        }
        return cursor
    }

    /// A value as the field shows it when it does not have the focus.
    static func shown(_ value: String, _ kind: FieldKind, ascii: Bool, rows: Int) -> [String] {
        switch kind {
        case .toggle: return [value == Toggle.yes ? "[x] yes" : "[ ] no"]
        case .choice: return [value.isEmpty ? "-" : Formatting.safe(value, ascii: ascii)]
        case .notes:
            return value.split(separator: "\n", omittingEmptySubsequences: false).prefix(rows).map { Formatting.safe(String($0), ascii: ascii) }
        case .line, .date, .time, .choices, .aNumber, .login, .number, .nationality, .languages:
            return [Formatting.safe(value, ascii: ascii)]
        }
    }

    /// Beside a field: its problem, else how a date was read (with its weekday), else, on a focused
    /// choice, how to choose.
    static func note(for field: FieldSpec, _ form: FormState, focused: Bool, symbols: Symbols) -> (String, Role)? {
        let value = form.values[field.key] ?? ""
        if let problem = form.problems[field.key], !CodeChecks.isBlank(value) || form.attemptedSave {
            return (problem, .error)
        }
        switch field.kind {
        case .date(let yearless, _):
            guard !CodeChecks.isBlank(value), case .success(let date) = DateInput.parse(value, today: form.today, yearless: yearless) else {
                return focused ? ("2026-12-03, +30, tomorrow, dec 3", .dim) : nil
            }
            return (symbols.arrow + " " + Formatting.longDate(date), .notice)
        case .choice(let options, _):
            return focused ? ("Space/" + (symbols == .ascii ? "Left/Right" : "←/→") + ": " + options.joined(separator: " "), .dim) : nil
        case .choices(let options):
            return focused ? ("comma-separated: " + options.joined(separator: " "), .dim) : nil
        case .toggle:
            return focused ? ("Space: yes or no", .dim) : nil
        case .line, .notes, .time, .aNumber, .login, .number, .nationality, .languages:
            return nil
        }
    }

    static func isRequired(_ kind: FieldKind) -> Bool {
        switch kind {
        case .line(let required), .date(_, let required), .choice(_, let required), .number(_, let required): required
        case .notes, .time, .choices, .aNumber, .login, .nationality, .languages, .toggle: false
        }
    }
}
