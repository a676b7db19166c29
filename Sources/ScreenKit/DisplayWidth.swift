/// Column widths of text as a terminal draws it, without asking the C library (whose answer depends on
/// the process locale). A grapheme cluster is the unit: a base character and its combining marks take
/// the base's width; East Asian wide and fullwidth characters and emoji take two columns.
public enum DisplayWidth {
    /// Columns a grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F, width == 1 { return 2 }  // emoji presentation selector widens
            let w = of(scalar)
            if width == 0 { width = w }
        }
        return width
    }

    /// Columns a string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns a single scalar occupies on its own: 0 for controls, combining marks, format characters and
    /// the line and paragraph separators.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }  // Hangul medial vowels, ZWSP
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15, as in Markus Kuhn's wcwidth).
    static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The longest prefix of `text` that fits in `columns`, ending in `…` when something was cut.
    /// A wide character that would straddle the limit is dropped, never split.
    public static func clip(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let room = columns - of(ellipsis)
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return room >= 0 ? result + ellipsis : ""
    }

    /// Combining marks a cell keeps after its base: enough for any real script's stacked diacritics.
    public static let combiningMarkLimit = 4

    /// The cluster as a cell draws it: with at most `combiningMarkLimit` combining marks. A cluster of a
    /// thousand marks (stored by another tool) would otherwise reach the terminal whole, where some
    /// terminals stall or misdraw (xterm's CVE-2021-27135); the stored text keeps them all.
    /// It never carries a control or a bidirectional control either, whatever a view hands the screen: views
    /// make text inert before drawing it, and this is the second line behind them.
    public static func capped(_ character: Character) -> String {
        var marks = 0
        var kept = String.UnicodeScalarView()
        for scalar in character.unicodeScalars {
            if isNeverDrawn(scalar) { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                marks += 1
                if marks > combiningMarkLimit { continue }
            default:
                break
            }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls (embeddings,
    /// overrides, isolates and marks): a terminal acts on these rather than showing them.
    static func isNeverDrawn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` clipped to `columns` and padded with spaces to exactly that width.
    public static func fit(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let clipped = clip(text, to: columns, ellipsis: ellipsis)
        return clipped + String(repeating: " ", count: max(0, columns - of(clipped)))
    }
}
