import ScreenKit

extension TextEditor {
    /// The grapheme offset where the cursor's line begins (0 on one line).
    var lineStart: Int {
        let characters = Array(text)
        var offset = min(cursor, characters.count)
        while offset > 0, characters[offset - 1] != "\n" { offset -= 1 }
        return offset
    }

    /// The grapheme offset where the cursor's line ends (before its line break).
    var lineEnd: Int {
        let characters = Array(text)
        var offset = min(cursor, characters.count)
        while offset < characters.count, characters[offset] != "\n" { offset += 1 }
        return offset
    }

    /// Up or Down one line, to the display column aimed for (or the nearest before it); false on the
    /// first line going up or the last going down.
    mutating func moveVertically(down: Bool) -> Bool {
        let characters = Array(text)
        let start = lineStart, end = lineEnd
        let column = goalColumn ?? TextEditorGlyph.columns(of: characters[start..<cursor])
        let target: (start: Int, end: Int)
        if down {
            guard end < characters.count else { return false }
            let next = end + 1
            var last = next
            while last < characters.count, characters[last] != "\n" { last += 1 }
            target = (next, last)
        } else {
            guard start > 0 else { return false }
            let previousEnd = start - 1
            var first = previousEnd
            while first > 0, characters[first - 1] != "\n" { first -= 1 }
            target = (first, previousEnd)
        }
        var offset = target.start, used = 0
        while offset < target.end {
            let width = TextEditorGlyph(characters[offset]).width
            if used + width > column { break }
            used += width
            offset += 1
        }
        cursor = offset
        goalColumn = column
        return true
    }
}

/// Where Ctrl-W stops, as in a shell (readline's unix-word-rubout): back over the blanks before the
/// cursor, then over everything up to the previous blank. Line breaks count as blanks.
enum TextEditorWords {
    static func start(ofWordBefore cursor: Int, in characters: [Character]) -> Int {
        var offset = min(cursor, characters.count)
        while offset > 0, characters[offset - 1].isWhitespace { offset -= 1 }
        while offset > 0, !characters[offset - 1].isWhitespace { offset -= 1 }
        return offset
    }
}
