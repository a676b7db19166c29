import CaseDomain
import ScreenKit

/// How one grapheme cluster of a field's text is drawn: always visible, never live. Control and bidi
/// characters show as `TextSafety.display` writes them (`\e`, `\u{202E}`), a combining mark with nothing
/// to combine with sits on a dotted circle, and other invisible characters show their code.
struct TextEditorGlyph {
    let shown: String
    /// Display columns of `shown`.
    let width: Int

    init(_ character: Character, ascii: Bool = false) {
        // Printable ASCII, most of any text: itself, one column.
        if let value = character.asciiValue, (0x20..<0x7F).contains(value) {
            shown = String(character)
            width = 1
            return
        }
        let original = String(character)
        let safe = TextSafety.display(original)
        if ascii, !safe.unicodeScalars.allSatisfy(\.isASCII) {
            shown = "?"
            width = 1
        } else if safe != original {
            shown = safe
            width = DisplayWidth.of(safe)
        } else if DisplayWidth.of(character) > 0 {
            shown = original
            width = DisplayWidth.of(character)
        } else if let first = character.unicodeScalars.first, Self.isMark(first) {
            shown = "◌" + original
            width = 1
        } else {
            shown = character.unicodeScalars.map { "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" }.joined()
            width = DisplayWidth.of(shown)
        }
    }

    /// Display columns of a run of characters as the editor draws them.
    static func columns(of characters: some Sequence<Character>, ascii: Bool = false) -> Int {
        characters.reduce(0) { $0 + TextEditorGlyph($1, ascii: ascii).width }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
