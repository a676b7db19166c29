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

    @Test("The screen never holds a control, a line or paragraph separator or a bidi control, whatever it is handed")
    func controlsNeverReachACell() {
        let values: [UInt32] = [0x00, 0x07, 0x08, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x9D, 0x061C, 0x200E, 0x200F,
                                0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069]
        let hostile = values.compactMap(Unicode.Scalar.init)
        for scalar in hostile {
            var screen = Screen(size: Size(columns: 8, rows: 1))
            let end = screen.put("a" + String(Character(scalar)) + "b", row: 0, column: 0, role: .text)
            #expect(end == 2, "U+\(String(scalar.value, radix: 16)) took a column")
            #expect(screen.line(row: 0) == "ab      ", "U+\(String(scalar.value, radix: 16))")
            let drawn = screen.cells.flatMap { $0.text.unicodeScalars }
            #expect(!drawn.contains(scalar), "U+\(String(scalar.value, radix: 16)) reached a cell")
        }
        #expect(DisplayWidth.of("a\u{2028}b") == 2)
    }
}
