import Testing
@testable import Terminal

/// The paste's bytes as they arrive after `ESC [ 200 ~`, without ncurses.
@Suite struct PasteCollectorTests {
    private func collect(_ bytes: [UInt8], limit: Int = PasteCollector.defaultLimit) -> PasteCollector {
        var collector = PasteCollector(limit: limit)
        for byte in bytes { collector.take(byte) }
        return collector
    }

    private func collect(_ text: String, limit: Int = PasteCollector.defaultLimit) -> PasteCollector {
        collect(Array(text.utf8), limit: limit)
    }

    @Test("The text up to the end marker, whatever script, and nothing after it")
    func endsAtMarker() {
        let collector = collect("Іван 中文 😀 q:quit\u{1B}[201~after")
        #expect(collector.isFinished)
        #expect(collector.text == "Іван 中文 😀 q:quit")
    }

    @Test("Escape sequences inside a paste, and the beginnings of the end marker, are text")
    func escapesAreText() {
        let collector = collect("a\u{1B}[A\u{1B}[20\u{1B}[201x\u{1B}\u{1B}[201~")
        #expect(collector.isFinished)
        #expect(collector.text == "a\u{1B}[A\u{1B}[20\u{1B}[201x\u{1B}")
    }

    @Test("Invalid UTF-8 becomes U+FFFD, the rest is kept")
    func lossyDecoding() {
        let collector = collect([0x61, 0xFF, 0x62, 0xC3] + Array("\u{1B}[201~".utf8))
        #expect(collector.text == "a\u{FFFD}b\u{FFFD}")
    }

    @Test("Without its end marker, what came is the paste, a held ESC [ 2 included")
    func noEndMarker() {
        let collector = collect("abc\u{1B}[2")
        #expect(!collector.isFinished)
        #expect(collector.text == "abc\u{1B}[2")
    }

    @Test("Past the limit bytes are dropped, never kept, and a character the limit cuts is dropped whole")
    func limit() {
        let collector = collect("abcdefgh\u{1B}[201~", limit: 5)
        #expect(collector.isFinished)
        #expect(collector.text == "abcde")
        #expect(collector.droppedCount == 3)
        // "ab" then "中" (three bytes) with a limit of 4: the cut character goes.
        #expect(collect("ab中cd\u{1B}[201~", limit: 4).text == "ab")
        #expect(collect("ab中\u{1B}[201~", limit: 5).text == "ab中")
        #expect(PasteCollector.defaultLimit == 1_048_576)
    }
}
