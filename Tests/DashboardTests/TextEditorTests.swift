import ScreenKit
import Testing
@testable import Dashboard

/// The text fields' editor: grapheme-cluster cursor, display columns, a shell's editing keys.
@Suite struct TextEditorTests {
    /// An editor after `keys`, starting from `text` with the cursor at its end.
    private func edited(_ text: String = "", multiline: Bool = false, _ keys: [Key]) -> TextEditor {
        var editor = TextEditor(text: text, multiline: multiline)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    private func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("A new editor holds its text with the cursor at the end; typing inserts at the cursor")
    func typesAtCursor() {
        let editor = TextEditor(text: "Иван")
        #expect(editor.text == "Иван" && editor.cursor == 4 && !editor.isMultiline)
        #expect(edited("Иван", [.left, .left] + typed("ов")).text == "Ивован")
        #expect(edited("Иван", [.left, .left] + typed("ов")).cursor == 4)
        #expect(edited("", [.character("q"), .character(":")]).text == "q:")
    }

    @Test("Cyrillic: each letter one step and one column")
    func cyrillic() {
        let editor = edited("Дмитрий", [.home, .right, .right])
        #expect(editor.cursor == 2)
        #expect(editor.view(width: 20, height: 1) == TextEditorView(lines: ["Дмитрий"], cursorRow: 0, cursorColumn: 2))
        #expect(edited("Дмитрий", [.backspace]).text == "Дмитри")
    }

    @Test("A combining mark is one cluster with its letter: one step, one Backspace, one column")
    func combiningMarks() {
        let decomposed = "Jose\u{301} Nu\u{303}n\u{303}ez"
        var editor = TextEditor(text: decomposed)
        #expect(editor.text.count == 10)
        _ = editor.handle(.home)
        for _ in 0..<4 { _ = editor.handle(.right) }
        #expect(editor.view(width: 30, height: 1).cursorColumn == 4)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Jos Nu\u{303}n\u{303}ez")
        // A mark typed after its letter joins it; the cursor stays after the joined cluster.
        let joined = edited("", [.character("e"), .character("\u{301}"), .character("x")])
        #expect(joined.text == "e\u{301}x" && joined.cursor == 2)
    }

    @Test("CJK takes two columns: the cursor column counts them, the step is one character")
    func cjk() {
        let editor = edited("李明 ok", [.home, .right, .right])
        #expect(editor.cursor == 2)
        #expect(editor.view(width: 20, height: 1).cursorColumn == 4)
        #expect(edited("李明", [.delete]).text == "李明")
        #expect(edited("李明", [.home, .delete]).text == "明")
    }

    @Test("An emoji ZWJ family, a flag and a skin tone are one step and one Backspace each")
    func emoji() {
        let text = "a👨‍👩‍👧b🇺🇦c👍🏽"
        #expect(TextEditor(text: text).text.count == 6)
        #expect(edited(text, [.backspace]).text == "a👨‍👩‍👧b🇺🇦c")
        let family = edited(text, [.home, .right, .right])
        #expect(family.cursor == 2)
        #expect(family.view(width: 20, height: 1).cursorColumn == 3)
        #expect(edited(text, [.home, .right, .delete]).text == "ab🇺🇦c👍🏽")
    }

    @Test("Home/End and Ctrl-A/Ctrl-E go to the ends; Left and Right stop at them")
    func movement() {
        #expect(edited("abc", [.home]).cursor == 0)
        #expect(edited("abc", [.ctrl("a"), .ctrl("e")]).cursor == 3)
        #expect(edited("abc", [.home, .end]).cursor == 3)
        #expect(edited("abc", [.home, .left, .left]).cursor == 0)
        #expect(edited("abc", [.right, .right]).cursor == 3)
        #expect(edited("abc", [.home, .backspace]).text == "abc")
        #expect(edited("abc", [.delete]).text == "abc")
    }

    @Test("Ctrl-U deletes to the start, Ctrl-K to the end of the line")
    func killLine() {
        let start = edited("Иван Петров", [.home, .right, .right, .right, .right, .ctrl("u")])
        #expect(start.text == " Петров" && start.cursor == 0)
        let end = edited("Иван Петров", [.home, .right, .right, .right, .right, .ctrl("k")])
        #expect(end.text == "Иван" && end.cursor == 4)
    }

    @Test("Ctrl-W deletes the word before the cursor and the blanks after it, as in a shell")
    func deleteWord() {
        #expect(edited("sort name", [.ctrl("w")]).text == "sort ")
        #expect(edited("sort name  ", [.ctrl("w")]).text == "sort ")
        #expect(edited("goto 2026-0142", [.ctrl("w")]).text == "goto ")
        #expect(edited("a/b.c d", [.ctrl("w"), .ctrl("w")]).text == "")
        #expect(edited("Иван Петров", [.left, .left, .ctrl("w")]).text == "Иван ов")
        #expect(edited("李明 中文", [.ctrl("w")]).text == "李明 ")
        #expect(edited("", [.ctrl("w")]).text == "")
    }

    @Test("Keys the editor does not take are left to the field's owner")
    func declined() {
        var editor = TextEditor(text: "x")
        for key in [Key.enter, .up, .down, .tab, .backTab, .escape, .pageUp, .function(1), .ctrl("g"), .ctrl("s")] {
            let taken = editor.handle(key)
            #expect(!taken, "\(key) was taken")
        }
        #expect(editor.text == "x")
        for key in [Key.left, .right, .home, .end, .backspace, .delete, .ctrl("a"), .ctrl("e"), .ctrl("u"),
                    .ctrl("w"), .ctrl("k"), .character("y")] {
            let taken = editor.handle(key)
            #expect(taken, "\(key) was not taken")
        }
    }

    @Test("insert: pasted text at the cursor, CRLF and CR as LF, control characters kept as given")
    func insert() {
        var editor = TextEditor(text: "ab")
        _ = editor.handle(.left)
        editor.insert("1\r\n2\r3\u{1B}[A")
        #expect(editor.text == "a1\n2\n3\u{1B}[Ab")
        #expect(editor.cursor == 9)
        editor.insert("")
        #expect(editor.cursor == 9)
    }
}

/// Multi-line editing: Enter, Up/Down by display column, line-wise Home/End and kills.
@Suite struct TextEditorMultilineTests {
    @Test("Enter makes a new line; Up and Down keep the display column across a short line")
    func upDown() {
        var editor = TextEditor(text: "中文字符\nab\nЖЖЖЖЖЖ", multiline: true)
        #expect(editor.isMultiline)
        _ = editor.handle(.left)  // before the last Ж: column 5
        var moved = editor.handle(.up)
        #expect(moved)
        #expect(editor.cursor == 7 && editor.view(width: 20, height: 5).cursorColumn == 2)  // end of "ab"
        moved = editor.handle(.up)
        #expect(moved)
        // Column 5 lands inside 字 (columns 4-5): the cursor goes before it.
        #expect(editor.cursor == 2)
        moved = editor.handle(.up)
        #expect(!moved)
        moved = editor.handle(.down) && editor.handle(.down)
        #expect(moved)
        #expect(editor.cursor == 13)
        moved = editor.handle(.down)
        #expect(!moved)
        _ = editor.handle(.enter)
        #expect(editor.text == "中文字符\nab\nЖЖЖЖЖ\nЖ")
    }

    @Test("Home, End, Ctrl-U and Ctrl-K work on the cursor's line; Backspace at a line's start joins lines")
    func lineWise() {
        var editor = TextEditor(text: "one\ntwo three\nfour", multiline: true)
        _ = editor.handle(.up)
        #expect(editor.cursor == 8)
        _ = editor.handle(.home)
        #expect(editor.cursor == 4)
        _ = editor.handle(.end)
        #expect(editor.cursor == 13)
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "one\n\nfour")
        _ = editor.handle(.backspace)
        #expect(editor.text == "one\nfour" && editor.cursor == 3)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "one\nfour")
        _ = editor.handle(.delete)
        #expect(editor.text == "onefour")
    }

    @Test("Ctrl-W goes back over a line break as over a blank")
    func deleteWordAcrossLines() {
        var editor = TextEditor(text: "one two\n", multiline: true)
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "one ")
    }
}
