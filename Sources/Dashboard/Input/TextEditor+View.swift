import ScreenKit

/// What a text field shows: its visible lines (display-safe) and where the cursor goes among them.
public struct TextEditorView: Hashable, Sendable {
    /// The lines in view, top to bottom, each at most the view's width in display columns.
    public var lines: [String]
    /// The cursor's line within `lines`.
    public var cursorRow: Int
    /// The cursor's display column within its line (a CJK character before it counts two).
    public var cursorColumn: Int
}

extension TextEditor {
    /// The part of the text a field `width` columns wide and `height` lines high shows, and the cursor
    /// in it. One line scrolls sideways and several lines scroll down, by half a view at a time, so the
    /// cursor is always in view; long lines of a multi-line field wrap. With `ascii`, characters outside
    /// ASCII show as `?` (a terminal without UTF-8).
    public func view(width: Int, height: Int, ascii: Bool = false) -> TextEditorView {
        let width = max(1, width), height = max(1, height)
        let characters = Array(text)
        let glyphs = characters.map { TextEditorGlyph($0, ascii: ascii) }
        guard isMultiline else { return oneLine(glyphs, width: width) }
        let (rows, cursorRow, cursorColumn) = wrapped(glyphs, lineBreaks: characters.map { $0 == "\n" }, width: width)
        let top = Self.scrollStart(toShow: cursorRow, in: height)
        return TextEditorView(lines: Array(rows[top..<min(rows.count, top + height)]),
                              cursorRow: cursorRow - top, cursorColumn: cursorColumn)
    }

    /// The first of `size` positions to show so that `position` is in view, moving in steps of half
    /// the size (a view that jumps now and then rather than sliding with every key).
    static func scrollStart(toShow position: Int, in size: Int) -> Int {
        let beyond = position - (size - 1)
        guard beyond > 0 else { return 0 }
        let step = max(1, size / 2)
        return (beyond + step - 1) / step * step
    }

    private func oneLine(_ glyphs: [TextEditorGlyph], width: Int) -> TextEditorView {
        let cursorColumn = glyphs[..<cursor].reduce(0) { $0 + $1.width }
        let start = Self.scrollStart(toShow: cursorColumn, in: width)
        var line = "", column = 0
        for glyph in glyphs {
            defer { column += glyph.width }
            if column >= start + width { break }
            if column < start {
                // A wide character cut by the left edge: its visible half as blank.
                if column + glyph.width > start { line += String(repeating: " ", count: column + glyph.width - start) }
                continue
            }
            if column + glyph.width > start + width { break }
            line += glyph.shown
        }
        return TextEditorView(lines: [line], cursorRow: 0, cursorColumn: cursorColumn - start)
    }

    /// Every line wrapped to `width`, and the cursor's row and column among them. The cursor at the end
    /// of a line that fills its row starts a row of its own.
    private func wrapped(_ glyphs: [TextEditorGlyph], lineBreaks: [Bool], width: Int)
        -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        var rows: [String] = [], row = "", used = 0
        var cursorAt = (row: 0, column: 0)
        for (offset, glyph) in glyphs.enumerated() {
            if lineBreaks[offset] {
                if offset == cursor { cursorAt = placeAtEnd(&rows, &row, &used, width: width) }
                rows.append(row)
                row = ""
                used = 0
                continue
            }
            if used > 0, used + glyph.width > width {
                rows.append(row)
                row = ""
                used = 0
            }
            if offset == cursor { cursorAt = (rows.count, used) }
            row += glyph.shown
            used += glyph.width
        }
        if cursor >= glyphs.count { cursorAt = placeAtEnd(&rows, &row, &used, width: width) }
        rows.append(row)
        return (rows, cursorAt.row, cursorAt.column)
    }

    /// The cursor after the last character of a line: on its row, or on a new one when the row is full.
    private func placeAtEnd(_ rows: inout [String], _ row: inout String, _ used: inout Int, width: Int)
        -> (row: Int, column: Int) {
        if used >= width {
            rows.append(row)
            row = ""
            used = 0
        }
        return (rows.count, used)
    }
}
