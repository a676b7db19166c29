import ScreenKit
import ScreenKitTestSupport
import Testing

@Suite struct DisplayWidthTests {
    @Test("CJK takes two columns, combining marks none, Cyrillic one")
    func widths() {
        #expect(DisplayWidth.of("中文字") == 6)
        #expect(DisplayWidth.of("Кириллица") == 9)
        #expect(DisplayWidth.of("e\u{301}cole") == 5)
        #expect(DisplayWidth.of("👍") == 2)
    }

    @Test("Clipping never splits a wide character and ends with an ellipsis")
    func clipping() {
        #expect(DisplayWidth.clip("123456789中文", to: 10) == "123456789…")
        #expect(DisplayWidth.clip("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.clip("中文中文", to: 4) == "中…")
        #expect(DisplayWidth.clip("e\u{301}e\u{301}e\u{301}", to: 3) == "e\u{301}e\u{301}e\u{301}")
        #expect(DisplayWidth.fit("Иван", to: 6) == "Иван  ")
    }

    @Test("A wide character written over half of another blanks the other half")
    func overwrite() {
        var screen = Screen(size: Size(columns: 6, rows: 1))
        screen.put("中文中", row: 0, column: 0, role: .text)
        screen.put("x", row: 0, column: 1, role: .text)
        #expect(screen.line(row: 0) == " x文中")
    }

    @Test("A cell keeps at most four combining marks of its cluster; the text is not otherwise changed")
    func combiningMarksCapped() {
        let heavy = Character("a" + String(repeating: "\u{301}", count: 1_000))
        #expect(DisplayWidth.capped(heavy) == "a" + String(repeating: "\u{301}", count: 4))
        #expect(DisplayWidth.capped("e\u{301}") == "e\u{301}")
        #expect(DisplayWidth.capped("👨‍👩‍👧") == "👨‍👩‍👧")
        var screen = Screen(size: Size(columns: 4, rows: 1))
        screen.put(String(heavy) + "b", row: 0, column: 0, role: .text)
        #expect(screen[0, 0].text.unicodeScalars.count == 5)
        #expect(screen[0, 1].text == "b")
    }
}
