import ScreenKit

/// The three pages' bodies.
enum KioskPages {
    /// One table: a header row, then rows spaced out when the screen has room (legible across a room).
    static func table(_ headings: [String], _ rows: [[(String, Role)]], widths: [Int], in lines: Range<Int>,
                      emptyNote: String, state: KioskState, into screen: inout Screen) {
        guard lines.count >= 2 else { return }
        var x = 2
        for (index, heading) in headings.enumerated() {
            screen.put(heading, row: lines.lowerBound, column: x, width: widths[index], role: .dim, ellipsis: "")
            x += widths[index] + 2
        }
        if rows.isEmpty {
            screen.put(emptyNote, row: lines.lowerBound + 2, column: 2, width: state.size.columns - 4, role: .dim, ellipsis: "")
            return
        }
        let available = lines.count - 1
        let step = rows.count * 2 <= available && state.size.rows >= 30 ? 2 : 1
        let fits = rows.count * step <= available ? rows.count : max(0, available / step - 1)
        for (index, cells) in rows.prefix(fits).enumerated() {
            let row = lines.lowerBound + 1 + index * step + (step - 1)
            var column = 2
            for (cell, (text, role)) in cells.enumerated() {
                screen.put(text, row: row, column: column, width: widths[cell], role: role, ellipsis: state.ascii ? "~" : "…")
                column += widths[cell] + 2
            }
        }
        if fits < rows.count {
            screen.put("+ \(rows.count - fits) more", row: lines.upperBound - 1, column: 2, width: 20, role: .dim, ellipsis: "")
        }
    }

    /// Column widths that share the screen: fixed ones, and the rest to the flexible column.
    static func widths(_ fixed: [Int?], total: Int) -> [Int] {
        let used = fixed.compactMap { $0 }.reduce(0, +) + 2 * (fixed.count - 1) + 4
        return fixed.map { $0 ?? max(8, total - used) }
    }

    static func hearings(_ view: BoardView, rows lines: Range<Int>, _ state: KioskState, into screen: inout Screen) {
        let wide = state.size.columns >= KioskRenderer.largeSize.columns
        let codeWidth = max(4, view.hearings.map { $0.hearing.code.count }.max() ?? 4)
        let staffWidth = max(5, view.hearings.map { $0.hearing.staff.count }.max() ?? 5)
        let widths = widths([wide ? 14 : 10, 5, wide ? 12 : 9, nil, codeWidth, staffWidth, wide ? 14 : 5],
                            total: state.size.columns)
        let rows = view.hearings.map { item -> [(String, Role)] in
            let hearing = item.hearing
            var evidence = "\(hearing.evidenceComplete)/\(hearing.evidenceTotal)"
            if wide, hearing.evidenceTotal > 0 { evidence += " \(hearing.evidenceComplete * 100 / hearing.evidenceTotal)%" }
            return [(item.date.short, .text), (hearing.time ?? "", .text),
                    (view.countdown(item.date), item.date == view.today ? .deadlineSoon : .eventHearing),
                    (hearing.event, .text), (hearing.code, .bannerMatter), (hearing.staff, .text), (evidence, .text)]
        }
        table(["DATE", "TIME", "WHEN", "EVENT", "CASE", "STAFF", wide ? "EVIDENCE" : "EVID."], rows, widths: widths,
              in: lines, emptyNote: "No hearings this week", state: state, into: &screen)
    }

    static func deadlines(_ view: BoardView, rows lines: Range<Int>, _ state: KioskState, into screen: inout Screen) {
        let wide = state.size.columns >= KioskRenderer.largeSize.columns
        let codeWidth = max(4, view.deadlines.map { $0.deadline.code.count }.max() ?? 4)
        let staffWidth = max(5, view.deadlines.map { $0.deadline.staff.count }.max() ?? 5)
        let widths = widths([wide ? 14 : 10, wide ? 18 : 15, nil, codeWidth, staffWidth], total: state.size.columns)
        let rows = view.deadlines.map { item -> [(String, Role)] in
            let days = view.today.days(until: item.due)
            let role: Role = days < 0 ? .deadlineOverdue : (days <= 3 ? .deadlineSoon : .deadlineUpcoming)
            return [(item.due.short, .text), (view.countdown(item.due), role), (item.deadline.deadline, .text),
                    (item.deadline.code, .bannerMatter), (item.deadline.staff, .text)]
        }
        table(["DUE", "WHEN", "DEADLINE", "CASE", "STAFF"], rows, widths: widths, in: lines,
              emptyNote: "Nothing overdue or due within 14 days", state: state, into: &screen)
    }

    static func summary(_ view: BoardView, rows lines: Range<Int>, large: Bool, _ state: KioskState,
                        into screen: inout Screen) {
        let tiles = [("Hearings this week", view.hearings.count, Role.eventHearing),
                     ("Overdue deadlines", view.overdue.count, view.overdue.isEmpty ? Role.deadlineMet : .deadlineOverdue),
                     ("Clients detained", view.board.summary.detained, Role.text)]
        let w = state.size.columns
        let tileWidth = max(20, (w - 4) / tiles.count)
        var row = lines.lowerBound
        for (index, tile) in tiles.enumerated() {
            let x = 2 + index * tileWidth
            screen.put(tile.0, row: row, column: x, width: tileWidth - 2, role: .dim, ellipsis: "")
            if large {
                BlockDigits.draw(String(tile.1), row: row + 2, column: x, role: tile.2, ascii: state.ascii, into: &screen)
            } else {
                screen.put(String(tile.1), row: row + 1, column: x, width: tileWidth - 2, role: tile.2, ellipsis: "")
            }
        }
        row += large ? BlockDigits.rows + 4 : 4
        guard row < lines.upperBound else { return }
        screen.put("Open cases by paralegal", row: row, column: 2, width: w - 4, role: .dim, ellipsis: "")
        row += large ? 2 : 1
        let counts = view.board.summary.openCases
        if counts.isEmpty {
            screen.put("none", row: row, column: 2, width: 10, role: .dim, ellipsis: "")
            return
        }
        let cell = large ? 16 : 12
        let perLine = max(1, (w - 4) / cell)
        for (index, count) in counts.enumerated() {
            let line = row + (index / perLine) * (large ? 2 : 1)
            guard line < lines.upperBound else { break }
            screen.put(count.staff + " " + String(count.open), row: line, column: 2 + (index % perLine) * cell,
                       width: cell - 1, role: .text, ellipsis: "")
        }
    }
}
