extension JSONParser {
    /// A string value; the opening quote is at `index`. Raw control characters and NUL (raw or
    /// escaped) are errors; escapes are decoded, surrogate pairs joined, lone surrogates rejected.
    mutating func parseString() throws(FormatError) -> String {
        let open = index
        index += 1
        var chunkStart = index
        var decoded: [UInt8]? = nil
        while true {
            guard index < bytes.count else {
                throw error(at: open, "the file ends inside this string (truncated or unterminated)")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let chunk = UnsafeRawBufferPointer(rebasing: bytes[chunkStart..<index])
                index += 1
                guard var result = decoded else { return String(decoding: chunk, as: UTF8.self) }
                result.append(contentsOf: chunk)
                return String(decoding: result, as: UTF8.self)
            }
            if byte < 0x20 {
                let what = byte == 0 ? "a NUL character" : "a raw control character (0x\(String(byte, radix: 16, uppercase: true)))"
                throw error(at: index, "\(what) inside a string; line breaks and tabs must be written \\n and \\t")
            }
            if byte == UInt8(ascii: "\\") {
                var result = decoded ?? []
                result.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[chunkStart..<index]))
                try appendEscape(to: &result)
                decoded = result
                chunkStart = index
                continue
            }
            index += 1
        }
    }

    /// Decodes the escape at `index` (a backslash) and moves past it.
    private mutating func appendEscape(to result: inout [UInt8]) throws(FormatError) {
        let start = index
        guard index + 1 < bytes.count else { throw error(at: start, "the file ends inside an escape") }
        let code = bytes[index + 1]
        index += 2
        let simple: UInt8?
        switch code {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw error(at: start, "unknown escape \\\(String(UnicodeScalar(code)))")
        }
        if let simple {
            result.append(simple)
            return
        }
        var value = try hex4(escapeStart: start)
        if (0xD800...0xDBFF).contains(value) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw error(at: start, "a lone surrogate escape (\\u\(String(value, radix: 16, uppercase: true)))") }
            index += 2
            let low = try hex4(escapeStart: start)
            guard (0xDC00...0xDFFF).contains(low) else { throw error(at: start, "a broken surrogate pair escape") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
            throw error(at: start, "a lone surrogate escape (\\u\(String(value, radix: 16, uppercase: true)))")
        }
        guard value != 0 || readsEscapedNUL, let scalar = Unicode.Scalar(value) else {
            throw error(at: start, "a NUL character (\\u0000) inside a string")
        }
        result.append(contentsOf: Array(String(scalar).utf8))
    }

    private mutating func hex4(escapeStart: Int) throws(FormatError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(at: escapeStart, "the file ends inside an escape") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error(at: escapeStart, "malformed \\u escape (four hex digits expected)")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}
