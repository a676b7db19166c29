import ScreenKit

/// The text of one field being typed: the filter, the command line, a form's fields. A value: keys go in
/// through `handle`, typed or pasted text through `insert`, and `view` says what to draw and where the
/// cursor goes. The cursor moves by grapheme cluster (`é` made of two scalars, an emoji family, a
/// flag are one step each); the view measures by display columns (a CJK character is two).
///
/// Editing follows a shell's line editor: Backspace, Del, Left/Right, Home/End, Ctrl-A/E (start and end
/// of the line), Ctrl-U/K (delete to the start or the end of the line), Ctrl-W (delete the word before
/// the cursor). In multi-line mode Enter starts a new line and Up/Down move between lines.
public struct TextEditor: Hashable, Sendable {
    /// The text, as typed or pasted (control characters included: the field's validation refuses them,
    /// the view shows them inert).
    public private(set) var text: String
    /// Whether Enter makes a new line (notes) rather than being left to the field's owner.
    public let isMultiline: Bool
    /// The cursor, as a count of grapheme clusters from the start (0 … `text.count`).
    public internal(set) var cursor: Int
    /// The display column Up and Down aim for, kept across a run of them (a short line in between
    /// does not lose it).
    var goalColumn: Int?

    /// An editor holding `text` (line breaks as LF), the cursor at its end.
    public init(text: String = "", multiline: Bool = false) {
        self.text = Self.unifiedLineBreaks(text)
        isMultiline = multiline
        cursor = self.text.count
    }

    /// Applies an editing key; returns whether the editor took it. Keys it does not take (Enter and
    /// Up/Down on one line, Tab, Esc, Ctrl-letters without an editing meaning, function keys) are left to
    /// the field's owner. In multi-line mode Up on the first line and Down on the last are not taken
    /// either, so a form may move on.
    public mutating func handle(_ key: Key) -> Bool {
        let keepsGoal = key == .up || key == .down
        defer { if !keepsGoal { goalColumn = nil } }
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = lineStart
        case .end: cursor = lineEnd
        case .enter:
            guard isMultiline else { return false }
            insert("\n")
        case .up, .down:
            guard isMultiline else { return false }
            return moveVertically(down: key == .down)
        case .ctrl(let letter):
            return handleControl(letter)
        case .escape, .tab, .backTab, .pageUp, .pageDown, .function:
            return false
        }
        return true
    }

    /// Inserts typed or pasted text at the cursor and puts the cursor after it. CRLF and CR become LF;
    /// nothing else is changed.
    public mutating func insert(_ inserted: String) {
        goalColumn = nil
        let added = Self.unifiedLineBreaks(inserted)
        guard !added.isEmpty else { return }
        let split = index(at: cursor)
        let before = String(text[..<split]) + added
        replace(before: before, after: text[split...])
    }

    /// Ctrl-A/E/U/W/K; other Ctrl-letters are not the editor's.
    private mutating func handleControl(_ letter: Character) -> Bool {
        switch letter {
        case "a": cursor = lineStart
        case "e": cursor = lineEnd
        case "u": delete(from: lineStart, to: cursor)
        case "k": delete(from: cursor, to: lineEnd)
        case "w": delete(from: TextEditorWords.start(ofWordBefore: cursor, in: Array(text)), to: cursor)
        default: return false
        }
        return true
    }

    // MARK: Editing primitives

    private mutating func deleteBackward() {
        guard cursor > 0 else { return }
        delete(from: cursor - 1, to: cursor)
    }

    private mutating func deleteForward() {
        guard cursor < text.count else { return }
        delete(from: cursor, to: cursor + 1)
    }

    /// Removes the grapheme clusters `start ..< end`; the cursor ends at `start`.
    private mutating func delete(from start: Int, to end: Int) {
        guard start < end else {
            cursor = min(cursor, start)
            return
        }
        let low = index(at: start), high = index(at: end)
        replace(before: String(text[..<low]), after: text[high...])
    }

    /// Makes the text `before + after` with the cursor between them. When the two join into one cluster
    /// (a combining mark after a letter), the cursor goes after the joined cluster.
    private mutating func replace(before: String, after: Substring) {
        text = before + after
        cursor = min(before.count, text.count)
    }

    /// The string index of grapheme `offset` (clamped to the text).
    func index(at offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, min(offset, text.count)))
    }

    /// CRLF and lone CR as LF.
    static func unifiedLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
            } else if !(scalar == "\n" && afterCR) {
                result.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        return String(result)
    }
}
