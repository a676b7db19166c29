import Foundation

/// The one gate for text: what may be stored, and how any text is made inert before people see it.
public enum TextSafety {
    /// One-line fields: at most 256 characters (grapheme clusters).
    public static let lineLimit = 256
    /// `notes`: at most 65,536 characters.
    public static let notesLimit = 65_536

    /// Whether a scalar may never be stored: C0 controls (tab and newline only in notes), DEL, C1,
    /// the bidi embedding/override/isolate characters U+202A–U+202E, U+2066–U+2069, the line and
    /// paragraph separators U+2028–U+2029, and the invisible marks of `isInvisibleFormat`.
    public static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        let value = scalar.value
        if multiline, value == 0x09 || value == 0x0A { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(scalar) || isSeparator(scalar)
            || isInvisibleFormat(scalar)
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line breaks to some programs, so a one-line
    /// value holding one could start a line of its own.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Format characters that draw nothing and join nothing: zero width space U+200B, word joiner and
    /// the invisible operators U+2060–U+2064, zero width no-break space U+FEFF. They make two names that
    /// look the same differ. The joiners U+200C and U+200D (Persian, Indic scripts, emoji) and the
    /// directional marks U+200E, U+200F, U+061C (right-to-left names) stay allowed.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// Checks a value for storage; returns what is wrong, or nil when it may be stored.
    public static func problem(in text: String, multiline: Bool = false) -> TextProblem? {
        for scalar in text.unicodeScalars where isForbidden(scalar, multiline: multiline) {
            return .forbiddenCharacter(scalar)
        }
        let limit = multiline ? notesLimit : lineLimit
        let count = text.count
        if count > limit { return .tooLong(count: count, limit: limit) }
        return nil
    }

    /// Normalises stored text to NFC.
    public static func normalized(_ text: String) -> String {
        isCertainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar lies in a block whose characters are all unchanged by NFC and never combine
    /// with a neighbour (Latin up to U+02FF, Cyrillic letters, Georgian, kana, CJK ideographs): most names,
    /// so Foundation's slow normaliser runs only for text that may need it.
    static func isCertainlyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x10A0...0x10FF, 0x3041...0x3098, 0x30A1...0x30FA,
                 0x4E00...0x9FFF, 0x2010...0x2027:
                true
            default:
                false
            }
        }
    }

    /// Makes any text inert for a terminal or a message: controls and bidi characters become a visible
    /// `\u{…}` form (newline and tab too, unless `keepingLineBreaks`). The only display path for text.
    public static func display(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isForbidden(scalar, multiline: keepingLineBreaks) || scalar.value == 0xFFFD {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isForbidden(scalar, multiline: keepingLineBreaks) {
                result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Sanitised and cut to `limit` characters with an ellipsis: how a message may quote a value.
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        let safe = display(text)
        let cut = safe.count > limit ? String(safe.prefix(limit - 1)) + "…" : safe
        return "\"" + cut + "\""
    }

    static func visibleForm(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u{" + hex + "}"
        }
    }
}

/// Why a piece of text may not be stored.
public enum TextProblem: Hashable, Sendable, CustomStringConvertible {
    case forbiddenCharacter(Unicode.Scalar)
    case tooLong(count: Int, limit: Int)

    public var description: String {
        switch self {
        case .forbiddenCharacter(let scalar):
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let kind = TextSafety.isBidiControl(scalar) ? "a bidi control character"
                : TextSafety.isSeparator(scalar) ? "a line or paragraph separator"
                : TextSafety.isInvisibleFormat(scalar) ? "an invisible formatting character" : "a control character"
            return "contains \(kind) (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
        case .tooLong(let count, let limit):
            return "is \(count) characters long (at most \(limit))"
        }
    }
}
