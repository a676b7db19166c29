import CaseDomain
import Testing

@Suite("Text safety")
struct TextSafetyTests {
    @Test("Controls, DEL, C1 and bidi controls may not be stored", arguments: [
        "\u{1B}[31m", "a\u{00}b", "a\u{7F}", "a\u{85}", "a\u{9B}", "\u{202A}", "\u{202E}x", "\u{2066}", "\u{2069}",
        "line\rbreak", "a\u{2028}b", "a\u{2029}b", "zero\u{200B}width", "\u{2060}", "\u{FEFF}name",
    ])
    func forbidden(text: String) {
        #expect(TextSafety.problem(in: text) != nil)
        #expect(TextSafety.problem(in: text, multiline: true) != nil)
    }

    @Test("Tab and newline only in notes")
    func lineBreaks() {
        #expect(TextSafety.problem(in: "a\tb") != nil)
        #expect(TextSafety.problem(in: "a\nb") != nil)
        #expect(TextSafety.problem(in: "a\tb\nc", multiline: true) == nil)
        #expect(TextSafety.problem(in: "Дмитрий Иванов ‏עברית") == nil)
        // The joiners Persian and Indic scripts need are letters' business, not formatting.
        #expect(TextSafety.problem(in: "می\u{200C}خواهم") == nil && TextSafety.problem(in: "क्\u{200D}ष") == nil)
        #expect(TextSafety.problem(in: "a\u{200B}b")?.description == "contains an invisible formatting character (U+200B)")
        #expect(TextSafety.problem(in: "a\u{2028}b")?.description == "contains a line or paragraph separator (U+2028)")
    }

    @Test("Display makes escapes visible")
    func display() {
        #expect(TextSafety.display("\u{1B}[2J") == "\\e[2J")
        #expect(TextSafety.display("a\nb") == "a\\nb")
        #expect(TextSafety.display("a\nb", keepingLineBreaks: true) == "a\nb")
        #expect(TextSafety.display("\u{202E}abc") == "\\u{202E}abc")
        #expect(TextSafety.display("\u{9B}") == "\\u{9B}")
        #expect(TextSafety.display("plain") == "plain")
    }

    @Test("Limits count grapheme clusters")
    func limits() {
        let family = "👨‍👩‍👧‍👦"
        #expect(TextSafety.problem(in: String(repeating: family, count: 256)) == nil)
        #expect(TextSafety.problem(in: String(repeating: "e\u{301}", count: 257)) == .tooLong(count: 257, limit: 256))
        #expect(TextSafety.problem(in: String(repeating: "x", count: 65_536), multiline: true) == nil)
        #expect(TextSafety.problem(in: String(repeating: "x", count: 65_537), multiline: true) != nil)
    }

    @Test("Quoting a value sanitises and cuts it")
    func quoted() {
        #expect(TextSafety.quoted("\u{1B}x") == "\"\\ex\"")
        #expect(TextSafety.quoted(String(repeating: "a", count: 50), limit: 10) == "\"aaaaaaaaa…\"")
    }
}
