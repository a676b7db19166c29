/// RFC 5545's text rules: TEXT escaping and line folding.
public enum ICalendarText {
    /// Folds a content line so no line exceeds 75 octets (excluding CRLF): continuation lines begin with
    /// one space. A UTF-8 sequence is never split. Returns the lines joined with CRLF, without a final one.
    public static func fold(_ line: String, limit: Int = 75) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > limit else { return line }
        var output: [UInt8] = []
        var start = 0
        var budget = limit
        while start < bytes.count {
            var end = min(start + budget, bytes.count)
            // Back up to the start of a scalar: a continuation byte (10xxxxxx) may not begin a line.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { output.append(contentsOf: [0x0D, 0x0A, 0x20]) }
            output.append(contentsOf: bytes[start..<end])
            start = end
            budget = limit - 1  // the leading space counts
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
