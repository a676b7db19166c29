import Foundation
import CaseDomain
import ScreenKit

/// The text of the focused field and its cursor (a grapheme index), edited as a shell line is. Used by
/// the forms until the shared `TextEditor` replaces it; same calls.
struct FieldTextEditor: Hashable, Sendable {
    private var characters: [Character]
    private(set) var cursor: Int
    let isMultiline: Bool

    init(text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        isMultiline = multiline
    }

    var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an editing key here.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .backspace: if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"): if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = lineStart
        case .end, .ctrl("e"): cursor = lineEnd
        case .ctrl("u"):
            let start = lineStart
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("k"): characters.removeSubrange(cursor..<lineEnd)
        case .ctrl("w"):
            var start = cursor
            while start > lineStart, characters[start - 1] == " " { start -= 1 }
            while start > lineStart, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .enter where isMultiline: insert("\n")
        default: return false
        }
        return true
    }

    /// Inserts typed or pasted text at the cursor (CR LF and CR become LF).
    mutating func insert(_ text: String) {
        let inserted = Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
    }

    private var lineStart: Int {
        var index = cursor
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private var lineEnd: Int {
        var index = cursor
        while index < characters.count, characters[index] != "\n" { index += 1 }
        return index
    }

    /// The text as `height` lines of `width` columns (inert: control characters shown, never sent), and
    /// where the cursor is among them. One line scrolls sideways to keep the cursor in view.
    func view(width: Int, height: Int) -> FieldTextView {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let before = String(characters[..<cursor])
        let row = before.filter { $0 == "\n" }.count
        let column = DisplayWidth.of(TextSafety.display(String(before.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")))
        let top = max(0, row - max(1, height) + 1)
        let shown = lines.dropFirst(top).prefix(max(1, height)).map { TextSafety.display($0) }
        guard column >= width, width > 0 else {
            return FieldTextView(lines: Array(shown), cursorRow: row - top, cursorColumn: column)
        }
        // Scroll sideways: drop whole characters from the left until the cursor fits.
        let line = TextSafety.display(lines[row])
        var dropped = 0, skipped = 0
        for character in line where column - dropped >= width {
            dropped += DisplayWidth.of(character)
            skipped += 1
        }
        var scrolled = Array(shown)
        scrolled[row - top] = String(line.dropFirst(skipped))
        return FieldTextView(lines: scrolled, cursorRow: row - top, cursorColumn: column - dropped)
    }
}

/// What a field's editor shows: display-safe lines and the cursor's row and display column.
struct FieldTextView: Hashable, Sendable {
    var lines: [String]
    var cursorRow: Int
    var cursorColumn: Int
}
