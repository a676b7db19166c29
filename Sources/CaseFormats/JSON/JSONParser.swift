import CaseDomain

/// A strict JSON (RFC 8259) reader over UTF-8 bytes that were already checked by `TextInput`.
///
/// Foundation's `JSONDecoder` keeps the first of two duplicate keys and reports no positions, so the
/// formats read JSON with this instead. It exposes token-level steps (`beginObject`, `nextKey`, …) so a
/// reader can walk a large top-level list one element at a time, and `parseValue` for whole subtrees.
/// Depth is bounded, so hostile nesting is an error rather than a stack overflow.
struct JSONParser {
    let bytes: UnsafeRawBufferPointer
    let file: String
    let maxDepth: Int
    var index: Int
    private var lines = LineColumn()
    /// Where the value being read sits (`cases`, 3, `client`, `name`), so a lexical error inside a string
    /// names its field as a decoding error would.
    private var path: [JSONPathStep] = []
    /// Reads the escape `\u0000` as a NUL character instead of refusing it: only for a stored case, whose
    /// text another tool may have written, so that validation names the field and the case still opens.
    var readsEscapedNUL = false

    init(bytes: UnsafeRawBufferPointer, start: Int, file: String, maxDepth: Int) {
        self.bytes = bytes
        self.index = start
        self.file = file
        self.maxDepth = maxDepth
    }

    /// A parser for one value that starts at `start`, whose position (`line`, `column`) is known, with the
    /// path its errors name (`cases`, 3): it reads that value exactly as a parser of the whole file would.
    init(bytes: UnsafeRawBufferPointer, valueAt start: Int, line: Int, column: Int, file: String, maxDepth: Int,
         path: [JSONPathStep]) {
        self.init(bytes: bytes, start: start, file: file, maxDepth: maxDepth)
        lines = LineColumn(line: line, column: column, at: start)
        self.path = path
    }

    /// Moves past a value that `JSONSkipper` stepped over, to `offset` at (`line`, `column`).
    mutating func skip(to offset: Int, line: Int, column: Int) {
        index = offset
        lines = LineColumn(line: line, column: column, at: offset)
    }

    /// The steps of the path to the value being read.
    var currentPath: [JSONPathStep] { path }

    // MARK: - Positions and errors

    mutating func position(of offset: Int) -> JSONPosition {
        let found = lines.position(of: offset, in: bytes)
        return JSONPosition(line: found.line, column: found.column)
    }

    mutating func error(at offset: Int, _ message: String) -> FormatError {
        let found = position(of: offset)
        return FormatError(file: file, line: found.line, column: found.column,
                           field: path.isEmpty ? nil : JSONPathStep.render(path), message: message)
    }

    /// Reads a value with `step` added to the path its errors name.
    mutating func within<T>(_ step: JSONPathStep, _ body: (inout JSONParser) throws(FormatError) -> T) throws(FormatError) -> T {
        path.append(step)
        defer { path.removeLast() }
        return try body(&self)
    }

    private mutating func unexpected(_ expectation: String) -> FormatError {
        guard index < bytes.count else {
            return error(at: index, "the file ends early (truncated?): expected \(expectation)")
        }
        return error(at: index, "expected \(expectation), found \(describe(at: index))")
    }

    private func describe(at offset: Int) -> String {
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'" + String(UnicodeScalar(byte)) + "'" }
        return "character 0x" + String(byte, radix: 16, uppercase: true)
    }

    // MARK: - Structure

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The next significant byte, without consuming it.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    /// Consumes `{` and returns where the object starts.
    mutating func beginObject() throws(FormatError) -> JSONPosition {
        guard peek() == UInt8(ascii: "{") else { throw unexpected("an object ('{')") }
        defer { index += 1 }
        return position(of: index)
    }

    /// The next key of the object being read (and consumes its `:`), or nil after the closing `}`.
    mutating func nextKey(first: inout Bool) throws(FormatError) -> (key: String, position: JSONPosition)? {
        let byte = peek()
        if byte == UInt8(ascii: "}") { index += 1; return nil }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw unexpected("',' or '}' after a member") }
            index += 1
            guard peek() == UInt8(ascii: "\"") else { throw unexpected("a key (a string) after ','") }
        } else if byte != UInt8(ascii: "\"") {
            throw unexpected("a key (a string) or '}'")
        }
        first = false
        let keyPosition = position(of: index)
        let key = try parseString()
        guard peek() == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
        index += 1
        return (key, keyPosition)
    }

    /// Consumes `[` and returns where the list starts.
    mutating func beginArray() throws(FormatError) -> JSONPosition {
        guard peek() == UInt8(ascii: "[") else { throw unexpected("a list ('[')") }
        defer { index += 1 }
        return position(of: index)
    }

    /// Whether another element follows (its value is next); false after the closing `]`.
    mutating func nextElement(first: inout Bool) throws(FormatError) -> Bool {
        let byte = peek()
        if byte == UInt8(ascii: "]") { index += 1; return false }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw unexpected("',' or ']' after a list element") }
            index += 1
            if peek() == UInt8(ascii: "]") { throw unexpected("a value after ',' (no trailing commas)") }
        }
        first = false
        return true
    }

    /// Only white space may follow the document.
    mutating func finish() throws(FormatError) {
        if peek() != nil { throw error(at: index, "unexpected text after the end of the JSON document") }
    }

    // MARK: - Values

    /// One complete value; `depth` is the nesting level of the value's container.
    mutating func parseValue(depth: Int) throws(FormatError) -> JSONValue {
        guard let byte = peek() else { throw unexpected("a value") }
        let start = position(of: index)
        switch byte {
        case UInt8(ascii: "{"):
            guard depth < maxDepth else { throw error(at: index, "nesting is deeper than \(maxDepth) levels") }
            _ = try beginObject()
            var members: [JSONMember] = []
            var first = true
            while let (key, keyPosition) = try nextKey(first: &first) {
                let value = try within(.key(key)) { (parser) throws(FormatError) in try parser.parseValue(depth: depth + 1) }
                members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            }
            return JSONValue(.object(members), at: start)
        case UInt8(ascii: "["):
            guard depth < maxDepth else { throw error(at: index, "nesting is deeper than \(maxDepth) levels") }
            _ = try beginArray()
            var elements: [JSONValue] = []
            var first = true
            while try nextElement(first: &first) {
                let value = try within(.index(elements.count)) { (parser) throws(FormatError) in
                    try parser.parseValue(depth: depth + 1)
                }
                elements.append(value)
            }
            return JSONValue(.array(elements), at: start)
        case UInt8(ascii: "\""):
            return JSONValue(.string(try parseString()), at: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONValue(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONValue(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONValue(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), at: start)
        default:
            throw unexpected("a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(FormatError) {
        let start = index
        let length = word.utf8CodeUnitCount
        let matches = index + length <= bytes.count
            && (0..<length).allSatisfy { bytes[start + $0] == word.utf8Start[$0] }
        guard matches else { throw error(at: start, "unknown word (expected \(word))") }
        index += length
    }

    private mutating func parseNumber() throws(FormatError) -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw error(at: start, "malformed number")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw error(at: start, "malformed number") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw error(at: start, "malformed number") }
        }
        if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            throw error(at: start, "malformed number (leading zero)")
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
}

/// One step of the path to a JSON value: a member's key or a list element's index.
enum JSONPathStep {
    case key(String)
    case index(Int)

    /// `cases[3].client.name`, as decoding errors name fields; a hostile nesting is cut after a few steps.
    static func render(_ steps: [JSONPathStep]) -> String {
        var text = ""
        for step in steps.prefix(8) {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + TextSafety.display(key)
            case .index(let index): text += "[" + String(index) + "]"
            }
        }
        return steps.count > 8 ? text + "…" : text
    }
}
