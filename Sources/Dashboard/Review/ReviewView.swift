import CaseDomain
import ScreenKit

/// The review queue drawn over the panes: one box from the header to the hint bar, its sections with
/// counts, each item with its case and why it is there, and the progress in the title.
enum ReviewView {
    /// The box the queue is drawn in.
    static func rect(_ state: DashboardState) -> Rect {
        Rect(x: 0, y: 1, width: state.size.columns, height: state.size.rows - 2)
    }

    /// Rows of items the box holds.
    static func itemRows(_ state: DashboardState) -> Int { max(1, rect(state).height - 2) }

    /// Lines of the queue: each section's heading, then its items (or "nothing").
    static func lineCount(_ items: [ReviewItem]) -> Int {
        ReviewSection.allCases.reduce(0) { total, section in
            let count = items.lazy.filter { $0.section == section }.count
            return total + 1 + max(1, count)
        }
    }

    /// The line the item at `index` is drawn on (items are in section order).
    static func lineIndex(ofItem index: Int, _ items: [ReviewItem]) -> Int {
        guard items.indices.contains(index) else { return 0 }
        var line = 0
        for section in ReviewSection.allCases {
            let count = items.lazy.filter { $0.section == section }.count
            if section == items[index].section {
                let before = items[..<index].lazy.filter { $0.section == section }.count
                return line + 1 + before
            }
            line += 1 + max(1, count)
        }
        return line
    }

    /// `7/12 reviewed`, with whose queue it is.
    static func progress(_ screen: ReviewScreen) -> String {
        guard let queue = screen.queue else { return "loading…" }
        let whose: String
        switch queue.scope {
        case .user: whose = "your cases"
        case .everyone: whose = "everyone"
        case .firm: whose = "the firm's queue (no cases of your own)"
        }
        return "\(whose) · \(queue.reviewedCount)/\(queue.items.count) reviewed"
    }

    static func draw(_ state: DashboardState, _ screen: ReviewScreen, symbols: Symbols, into grid: inout Screen) {
        let box = rect(state)
        let title = [Span("Review " + Formatting.shortDate(state.today) + " ", .title),
                     Span(screen.showsTeam ? "team progress" : progress(screen), .notice)]
        Chrome.box(box, title: title, focused: true, symbols: symbols, into: &grid)
        let width = box.width - 2, rows = box.height - 2
        if screen.showsTeam {
            drawTeam(state, screen, rect: box, into: &grid)
            return
        }
        guard screen.queue != nil else {
            grid.put(" Loading the review…", row: box.y + 1, column: box.x + 1, width: width, role: .dim)
            return
        }
        let lines = ReviewLines.lines(state, screen, symbols: symbols)
        let selectedLine = lineIndex(ofItem: screen.selected, screen.items)
        let top = PaneContent.top(selected: selectedLine, remembered: screen.scroll, rows: rows, count: lines.count)
        for (offset, line) in lines[top..<min(lines.count, top + rows)].enumerated() {
            let row = box.y + 1 + offset
            line.draw(into: &grid, row: row, column: box.x + 1, width: width, ellipsis: symbols.ellipsis)
            if top + offset == selectedLine, !screen.items.isEmpty {
                grid.restyle(row: row, column: box.x + 1, count: width, role: .selection)
            }
        }
    }

    static func drawTeam(_ state: DashboardState, _ screen: ReviewScreen, rect box: Rect, into grid: inout Screen) {
        let width = box.width - 2
        guard let team = screen.queue?.team, !team.isEmpty else {
            let note = screen.queue == nil ? " Loading the review…" : " No paralegal has a queue today"
            grid.put(note, row: box.y + 1, column: box.x + 1, width: width, role: .dim)
            return
        }
        let loginWidth = team.map { DisplayWidth.of($0.login) }.max() ?? 0
        for (index, person) in team.prefix(box.height - 2).enumerated() {
            let login = Formatting.safe(person.login, ascii: state.ascii)
            let padded = login + String(repeating: " ", count: max(0, loginWidth - DisplayWidth.of(login)))
            let done = person.total > 0 && person.reviewed == person.total
            let line = PaneLine([Span(" " + padded + "  "),
                                 Span(person.fraction + " reviewed", done ? .deadlineMet : .text)])
            line.draw(into: &grid, row: box.y + 1 + index, column: box.x + 1, width: width, ellipsis: "…")
        }
    }
}
