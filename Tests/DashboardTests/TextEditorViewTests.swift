import ScreenKit
import Testing
@testable import Dashboard

/// What a text field draws: inert text, horizontal scrolling, multi-line wrapping and the cursor.
@Suite struct TextEditorViewTests {
    private func view(_ text: String, cursor: Int? = nil, width: Int, height: Int = 1,
                      multiline: Bool = false) -> TextEditorView {
        var editor = TextEditor(text: text, multiline: multiline)
        if let cursor { editor.cursor = cursor }
        return editor.view(width: width, height: height)
    }

    @Test("Control and bidi characters show inert, and the cursor counts their visible form")
    func inert() {
        let shown = view("a\u{1B}[31mb\u{202E}c\td", width: 40)
        #expect(shown.lines == ["a\\e[31mb\\u{202E}c\\td"])
        #expect(shown.cursorColumn == DisplayWidth.of("a\\e[31mb\\u{202E}c\\td"))
        #expect(view("a\nb", width: 10).lines == ["a\\nb"])
        // A mark with nothing to combine with sits on a dotted circle; an invisible one shows its code.
        #expect(view("\u{301}x", width: 10).lines == ["◌\u{301}x"])
        #expect(view("\u{200B}x", width: 20).lines == ["\\u{200B}x"])
        for line in view("\u{7}\u{9B}\u{2066}x", width: 40).lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2066}" })
        }
    }

    @Test("A line that fits shows whole, the cursor after it; a CJK query is not cut short")
    func fits() {
        #expect(view("李明 中文", width: 20) == TextEditorView(lines: ["李明 中文"], cursorRow: 0, cursorColumn: 9))
        #expect(view("Иванов", cursor: 0, width: 20).cursorColumn == 0)
    }

    @Test("A long line scrolls sideways by half the width: the cursor is always in view")
    func scrolling() {
        let text = "0123456789abcdefghij"
        let atEnd = view(text, width: 10)
        #expect(atEnd.lines == ["fghij"] && atEnd.cursorColumn == 5)
        #expect(view(text, cursor: 0, width: 10).lines == ["0123456789"])
        #expect(view(text, cursor: 9, width: 10) == TextEditorView(lines: ["0123456789"], cursorRow: 0, cursorColumn: 9))
        #expect(view(text, cursor: 10, width: 10) == TextEditorView(lines: ["56789abcde"], cursorRow: 0, cursorColumn: 5))
        for width in 1...12 {
            for cursor in 0...text.count {
                let shown = view(text, cursor: cursor, width: width)
                #expect((0..<width).contains(shown.cursorColumn), "width \(width), cursor \(cursor)")
                #expect(DisplayWidth.of(shown.lines[0]) <= width)
            }
        }
    }

    @Test("Scrolling through wide characters never splits one; the text each side of the cursor is the text's own")
    func scrollingWide() {
        let text = "中文字符测试一二三四"
        for width in 2...9 {
            for cursor in 0...text.count {
                let shown = view(text, cursor: cursor, width: width)
                let line = shown.lines[0]
                #expect(DisplayWidth.of(line) <= width, "width \(width), cursor \(cursor)")
                #expect((0..<width).contains(shown.cursorColumn), "width \(width), cursor \(cursor)")
                let (left, right) = split(line, atColumn: shown.cursorColumn)
                // A wide character the left edge cuts shows as a blank.
                let leftText = String(left.drop { $0 == " " })
                #expect(String(text.prefix(cursor)).hasSuffix(leftText), "width \(width), cursor \(cursor)")
                #expect(String(text.dropFirst(cursor)).hasPrefix(right), "width \(width), cursor \(cursor)")
            }
        }
        #expect(view("ab中文", cursor: 4, width: 3).lines == ["文"])
        #expect(view("a中文", cursor: 3, width: 4) == TextEditorView(lines: [" 文"], cursorRow: 0, cursorColumn: 3))
    }

    /// `line` cut at a display column.
    private func split(_ line: String, atColumn column: Int) -> (String, String) {
        var left = "", used = 0
        var rest = Substring(line)
        while let first = rest.first, used + DisplayWidth.of(first) <= column {
            left.append(first)
            used += DisplayWidth.of(first)
            rest = rest.dropFirst()
        }
        return (left, String(rest))
    }

    @Test("Multi-line: lines break at LF and wrap at the width; the cursor row and column follow")
    func multiline() {
        let shown = view("ab\nЖЖЖЖЖ\n中文", cursor: 7, width: 4, height: 5, multiline: true)
        #expect(shown.lines == ["ab", "ЖЖЖЖ", "Ж", "中文"])
        #expect(shown.cursorRow == 2 && shown.cursorColumn == 0)
        // The end of a row that fills the width puts the cursor on a row of its own.
        let full = view("abcd", width: 4, height: 3, multiline: true)
        #expect(full.lines == ["abcd", ""] && full.cursorRow == 1 && full.cursorColumn == 0)
        // A wide character that does not fit moves to the next row whole.
        #expect(view("abc中", cursor: 0, width: 4, height: 3, multiline: true).lines == ["abc", "中"])
        #expect(view("", width: 4, height: 3, multiline: true) == TextEditorView(lines: [""], cursorRow: 0, cursorColumn: 0))
    }

    @Test("Multi-line scrolls down by half the height to keep the cursor's row in view")
    func verticalScroll() {
        let text = (1...10).map(String.init).joined(separator: "\n")
        let end = view(text, width: 5, height: 4, multiline: true)
        #expect(end.lines == ["7", "8", "9", "10"] && end.cursorRow == 3 && end.cursorColumn == 2)
        let top = view(text, cursor: 0, width: 5, height: 4, multiline: true)
        #expect(top.lines == ["1", "2", "3", "4"] && top.cursorRow == 0)
        for cursor in 0...text.count {
            let shown = view(text, cursor: cursor, width: 5, height: 3, multiline: true)
            #expect((0..<3).contains(shown.cursorRow) && shown.lines.count <= 3)
        }
    }

    @Test("In ASCII mode other characters show as ? one column each, and the cursor counts so")
    func ascii() {
        var editor = TextEditor(text: "李明 ok")
        editor.cursor = 2
        #expect(editor.view(width: 10, height: 1, ascii: true) == TextEditorView(lines: ["?? ok"], cursorRow: 0, cursorColumn: 2))
    }
}
