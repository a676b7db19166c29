/// Steps over one JSON object without building it: strings (with their escapes) and nesting are followed,
/// lines and columns counted as `LineColumn` counts them. It checks nothing else; a reader that needs the
/// object parses the range found strictly afterwards, and a range the strict parse does not end exactly
/// at is read again the ordinary way. Anything the skipper cannot follow (not an object, the file ending
/// first) answers nil, and the caller reads that value the ordinary way.
struct JSONSkipper {
    /// Where a skipped object ends (just after its `}`), and the line and column there.
    struct End {
        var offset: Int
        var line: Int
        var column: Int
    }

    static func skipObject(_ bytes: UnsafeRawBufferPointer, at start: Int, line: Int, column: Int) -> End? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { return nil }
        var line = line
        var column = column
        var depth = 0
        var inString = false
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                line += 1
                column = 1
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            if inString {
                if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == UInt8(ascii: "\\") {
                    guard index < count else { return nil }
                    let escaped = bytes[index]
                    // An escaped line break is an error the strict parse reports; the count stays exact.
                    if escaped == 0x0A { line += 1; column = 1 } else if escaped & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return End(offset: index, line: line, column: column) }
            default: break
            }
        }
        return nil
    }
}
