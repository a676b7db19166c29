import CaseFormats
import Foundation
import Testing

@Suite("JSON escaping")
struct JSONEscapingTests {
    private func written(_ text: String) -> String {
        var output = JSONOutput()
        output.string(text)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test("Quotes, backslashes and every control character are escaped; C0 with JSON's short forms where it has one")
    func controls() {
        #expect(written("say \"hi\" \\ bye") == #""say \"hi\" \\ bye""#)
        #expect(written("a\nb\rc\td\u{8}e\u{C}f") == #""a\nb\rc\td\be\ff""#)
        #expect(written("\u{0}\u{1}\u{1B}[31m\u{1F}") == #""\u0000\u0001\u001b[31m\u001f""#)
        #expect(written("del\u{7F}") == #""del\u007f""#)
        #expect(written("c1\u{80}\u{85}\u{9B}\u{9F}") == #""c1\u0080\u0085\u009b\u009f""#)
    }

    @Test("Non-ASCII text is written as UTF-8, U+2028 and U+2029 included; `/` is not escaped")
    func utf8() {
        #expect(written("a/b</script>") == #""a/b</script>""#)
        #expect(written("Дмитрий Иванов · 語 · é · 🇺🇦") == "\"Дмитрий Иванов · 語 · é · 🇺🇦\"")
        // U+00A0…U+00BF share the lead byte C2 with the C1 controls and stay as they are.
        #expect(written("\u{A0}§«»¿") == "\"\u{A0}§«»¿\"")
        #expect(written("line\u{2028}paragraph\u{2029}end") == "\"line\u{2028}paragraph\u{2029}end\"")
        #expect(Array(written("\u{2028}").utf8) == [0x22, 0xE2, 0x80, 0xA8, 0x22])
    }

    @Test("What the writer escapes, the strict reader reads back unchanged")
    func readsBack() throws {
        let samples = ["plain", "a\"b\\c/d", "\n\t\r\u{8}\u{C}\u{1}\u{1F}", "\u{7F}\u{80}\u{9F}\u{A0}", "Ж\u{2028}語\u{2029}🇺🇦", ""]
        for sample in samples {
            var output = JSONOutput()
            var object = JSONObjectOutput(&output, indent: 0)
            object.string("text", sample, &output)
            object.close(&output)
            let value = try JSONDocument.parse(Data(output.bytes), file: "escapes.json")
            guard case .object(let members) = value.kind, case .string(let read)? = members.first?.value.kind else {
                Issue.record("not an object with a string: \(written(sample))")
                continue
            }
            #expect(Array(read.unicodeScalars) == Array(sample.unicodeScalars))
        }
    }
}
