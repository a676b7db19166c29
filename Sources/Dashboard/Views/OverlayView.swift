import CaseDomain
import ScreenKit

/// The `?` help (built from the key table), a deadline's explanation, an event's details.
enum OverlayView {
    static func draw(_ overlay: Overlay, _ state: DashboardState, symbols: Symbols, into screen: inout Screen) {
        let (title, lines) = content(overlay, state, symbols: symbols)
        let rect = frame(lines: lines, state)
        Chrome.box(rect, title: [Span(title, .title)], focused: true, symbols: symbols, into: &screen, borderRole: .overlayBorder)
        let rows = rect.height - 2
        let top = max(0, min(state.overlayScroll, lines.count - rows))
        for (offset, line) in lines[top..<min(lines.count, top + rows)].enumerated() {
            line.draw(into: &screen, row: rect.y + 1 + offset, column: rect.x + 2, width: rect.width - 4, ellipsis: symbols.ellipsis)
        }
        // Say so when there is more than fits, on the border where it is.
        let (up, down) = state.ascii ? ("^", "v") : ("↑", "↓")
        if top > 0 { mark(" \(up) more ", on: rect.y, in: rect, into: &screen) }
        if top + rows < lines.count { mark(" \(down) more: j/k ", on: rect.y + rect.height - 1, in: rect, into: &screen) }
    }

    private static func mark(_ text: String, on row: Int, in rect: Rect, into screen: inout Screen) {
        let width = DisplayWidth.of(text)
        guard rect.width - 4 > width else { return }
        _ = screen.put(text, row: row, column: rect.x + rect.width - 2 - width, width: width, role: .overlayBorder)
    }

    /// Where the overlay goes: as wide as its longest line (50 to 84 columns) and as tall as its lines,
    /// centred, leaving two rows and two columns of the panes around it.
    static func frame(lines: [PaneLine], _ state: DashboardState) -> Rect {
        let width = min(state.size.columns - 4, max(50, min(84, (lines.map { DisplayWidth.of($0.left.map(\.text).joined()) }.max() ?? 40) + 4)))
        let height = min(state.size.rows - 4, lines.count + 2)
        return Rect(x: (state.size.columns - width) / 2, y: (state.size.rows - height) / 2, width: width, height: height)
    }

    /// How many lines the open overlay has, and how many it shows at once (its content built once).
    static func measure(_ state: DashboardState) -> (lines: Int, rows: Int) {
        guard let overlay = state.overlay else { return (0, 1) }
        let lines = content(overlay, state, symbols: Symbols.forMode(ascii: state.ascii)).1
        return (lines.count, max(1, frame(lines: lines, state).height - 2))
    }

    static func visibleRows(_ state: DashboardState) -> Int { measure(state).rows }

    static func content(_ overlay: Overlay, _ state: DashboardState, symbols: Symbols) -> (String, [PaneLine]) {
        switch overlay {
        case .help: return ("Keys", helpLines(state))
        case .deadline(let item): return ("Deadline", deadlineLines(item, state))
        case .event(let event): return ("Event", eventLines(event, state))
        case .drafts: return ("Drafts", DraftOfferView.lines(state))
        case .history: return (HistoryView.title(state), HistoryView.lines(state))
        case .deleted: return ("Deleted cases", DeletedView.lines(state))
        case .admin: return (state.admin?.topic.title ?? "", AdminView.lines(state))
        }
    }

    static func helpLines(_ state: DashboardState) -> [PaneLine] {
        var lines: [PaneLine] = []
        for group in KeyGroup.allCases {
            if !lines.isEmpty { lines.append(PaneLine("")) }
            lines.append(PaneLine(group.rawValue, .title))
            for binding in Keymap.bindings where binding.group == group {
                let keys = binding.keys.map { state.ascii ? $0.asciiName : $0.name }.joined(separator: " ")
                let disabled = state.isReadOnly && binding.mutates
                lines.append(PaneLine([Span(DisplayWidth.fit(keys, to: 18), disabled ? .hintDisabled : .hintKey),
                                       Span(binding.summary, disabled ? .hintDisabled : .overlay)]))
            }
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine("Commands (after :)", .title))
        let usageWidth = max(18, (CommandTable.commands.map { DisplayWidth.of($0.usage) }.max() ?? 0) + 2)
        for spec in CommandTable.commands {
            lines.append(PaneLine([Span(DisplayWidth.fit(spec.usage, to: usageWidth), .hintKey), Span(spec.summary, .overlay)]))
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine("Computed deadlines are not legal advice: confirm each with the attorney.", .dim))
        return lines
    }

    static func deadlineLines(_ item: DeadlineItem, _ state: DashboardState) -> [PaneLine] {
        let ascii = state.ascii
        let look = DeadlinePresentation(item, symbols: Symbols.forMode(ascii: ascii))
        let rule = state.detail?.rules[item.rule]
        func row(_ label: String, _ value: String, _ role: Role = .overlay) -> PaneLine {
            PaneLine([Span(DisplayWidth.fit(label, to: 13), .dim), Span(value, role)])
        }
        var lines = [PaneLine(Formatting.safe(item.title, ascii: ascii), .title)]
        lines.append(row("Rule", item.rule.rawValue + (rule.map { " — " + Formatting.safe($0.title, ascii: ascii) } ?? "")))
        if let rule { lines.append(row("Citation", Formatting.safe(rule.citation, ascii: ascii))) }
        lines.append(row("Trigger", item.trigger.iso + (rule.map { " (" + Formatting.safe($0.trigger, ascii: ascii) + ")" } ?? "")))
        if let rule { lines.append(row("Period", Formatting.safe(rule.period, ascii: ascii) + ", " + rule.counting.rawValue)) }
        lines.append(row("Due", Formatting.longDate(item.due) + (item.isCourtSet ? " (set by the court)" : ""), look.role))
        if let unrolled = item.unrolled {
            lines.append(row("Unrolled", Formatting.longDate(unrolled)))
            let why = item.skipped.map { Formatting.shortDate($0.date) + ": " + Formatting.safe($0.reason, ascii: ascii) }
            lines.append(row("Rolled", why.joined(separator: "; ")))
        }
        lines.append(row("State", look.word + " (" + item.state.rawValue + ")", look.role))
        if let on = item.satisfiedOn { lines.append(row("Satisfied", on.iso)) }
        if let rule {
            lines.append(row("Satisfied by", Formatting.safe(rule.satisfiedBy, ascii: ascii)))
            lines.append(PaneLine(""))
            lines.append(PaneLine("Attorney note", .title))
            lines += wrap(Formatting.safe(rule.attorneyNote, ascii: ascii), width: 72).map { PaneLine($0, .overlay) }
        }
        lines.append(PaneLine(""))
        lines.append(PaneLine("Not legal advice: confirm this date with the supervising attorney.", .dim))
        return lines
    }

    static func eventLines(_ event: TimelineEvent, _ state: DashboardState) -> [PaneLine] {
        let ascii = state.ascii
        func row(_ label: String, _ value: String) -> PaneLine {
            PaneLine([Span(DisplayWidth.fit(label, to: 10), .dim), Span(value, .overlay)])
        }
        var lines = [PaneLine(event.kind.label, .title)]
        lines.append(row("Date", Formatting.longDate(event.date) + (event.time.map { " " + $0.text } ?? "")))
        if let title = event.title { lines.append(row("Title", Formatting.safe(title, ascii: ascii))) }
        if let place = event.place { lines.append(row("Place", Formatting.safe(place, ascii: ascii))) }
        if let outcome = event.outcome { lines.append(row("Outcome", outcome.rawValue)) }
        if event.kind.isHearing { lines.append(row("Status", event.hearingStatus.rawValue)) }
        if let hearing = event.hearing { lines.append(row("Hearing", hearing.iso)) }
        if let by = event.recordedBy { lines.append(row("Recorded", Formatting.safe(by, ascii: ascii))) }
        if let notes = event.notes {
            lines.append(PaneLine(""))
            for paragraph in notes.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += wrap(Formatting.safe(String(paragraph), ascii: ascii), width: 72).map { PaneLine($0, .overlay) }
            }
        }
        return lines
    }

    /// Word wrap by display width.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
