import CNcursesw
import ScreenKit
import Testing
@testable import Terminal

/// The bytes a paste's bulk read took past its end marker, decoded without ncurses.
@Suite struct BacklogDecoderTests {
    private static let start: Int32 = 0x6000, end: Int32 = 0x6001
    private static let table = KeyTable([
        (Array("\u{1B}[A".utf8), KEY_UP), (Array("\u{1B}OA".utf8), KEY_UP), (Array("\u{1B}[1~".utf8), KEY_HOME),
        (Array("\u{1B}[2~".utf8), KEY_IC), (Array("\u{1B}[200~".utf8), start), (Array("\u{1B}[201~".utf8), end),
    ])

    private func decode(_ text: String, limit: Int = 1 << 20) -> BacklogDecoder.Decoded {
        BacklogDecoder(table: Self.table, pasteCodes: (Self.start, Self.end), pasteLimit: limit).decode(Array(text.utf8)[...])
    }

    @Test("Thousands of keys after a paste are all keys, in order: characters in any script, sequences, Enter")
    func manyKeys() {
        let typed = String(repeating: "jй中😀", count: 500)
        let decoded = decode(typed + "\u{1B}[A\r\u{1B}[1~")
        let expected = typed.unicodeScalars.map { InputEvent.key(.character(Character($0))) }
            + [.key(.up), .key(.enter), .key(.home)]
        #expect(decoded.events == expected)
        #expect(decoded.tail.isEmpty && decoded.openPaste == nil)
    }

    @Test("A paste among them is one paste; one right behind another is the same paste; a stray end marker is nothing")
    func pastes() {
        let decoded = decode("a\u{1B}[200~q:quit\u{1B}[201~\u{1B}[200~ two\u{1B}[201~b\u{1B}[201~c")
        #expect(decoded.events == [.key(.character("a")), .paste("q:quit two"), .key(.character("b")), .key(.character("c"))])
    }

    @Test("A paste whose end is not among the bytes is handed on open, with what it has")
    func openPaste() throws {
        let decoded = decode("x\u{1B}[200~half of it")
        #expect(decoded.events == [.key(.character("x"))])
        let paste = try #require(decoded.openPaste)
        #expect(!paste.isFinished && paste.text == "half of it")
    }

    @Test("A key the read cut short goes back whole: an escape sequence's start, a lone Escape, half a character",
          arguments: ["\u{1B}[", "\u{1B}", "\u{1B}[20"])
    func cutSequence(cut: String) {
        let decoded = decode("k" + cut)
        #expect(decoded.events == [.key(.character("k"))])
        #expect(decoded.tail == Array(cut.utf8))
    }

    @Test("Half a UTF-8 character at the end is handed back; invalid bytes are skipped; an unused key is nothing")
    func characters() {
        var bytes = Array("ok".utf8) + [0xFF] + Array("\u{1B}[2~".utf8) + Array("Ж".utf8).prefix(1)
        var decoded = BacklogDecoder(table: Self.table, pasteCodes: (Self.start, Self.end), pasteLimit: 10).decode(bytes[...])
        #expect(decoded.events == [.key(.character("o")), .key(.character("k"))])
        #expect(decoded.tail == Array(Array("Ж".utf8).prefix(1)))
        bytes = Array("\u{1B}x".utf8)
        decoded = BacklogDecoder(table: Self.table, pasteCodes: (Self.start, Self.end), pasteLimit: 10).decode(bytes[...])
        #expect(decoded.events == [.key(.escape), .key(.character("x"))])
    }
}
