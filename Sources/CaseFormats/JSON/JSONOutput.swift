/// Deterministic JSON text, the one writer of every JSON the program emits (the export, the store's case
/// objects, the review and the deadline calculator): 2-space indentation, LF, `/` not escaped, and text
/// as UTF-8 rather than `\u` escapes except for the control characters (docs/formats.md).
public struct JSONOutput: Sendable {
    /// The text written so far.
    public var bytes: [UInt8] = []
    /// No whitespace, and null values and empty lists left out (absent means null on reading): the store's
    /// form of a case object, about a third of the export's size.
    public var isCompact = false

    public init(isCompact: Bool = false) {
        self.isCompact = isCompact
    }

    /// Appends text as it is (punctuation, numbers, literals).
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends bytes written by another output (a chunk written on another thread).
    public mutating func append(_ chunk: [UInt8]) { bytes.append(contentsOf: chunk) }

    /// Hands the bytes written so far to `sink` once there are at least `size` of them.
    public mutating func flush(ifAtLeast size: Int = 0, to sink: ([UInt8]) throws -> Void) rethrows {
        guard !bytes.isEmpty, bytes.count >= size else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// A line break and `indent` spaces (nothing when compact).
    public mutating func newline(indent: Int) {
        guard !isCompact else { return }
        bytes.append(0x0A)
        if indent <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<indent])) }
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)

    /// A quoted string. Escaped: `"`, `\` and the control characters — C0 (`\n`, `\r`, `\t`, `\b`, `\f`,
    /// the others as `\u00XX`), DEL and C1 (`\u007f`, `\u0080`…`\u009f`), so no control reaches a terminal
    /// that shows the output. Everything else is its UTF-8, U+2028 and U+2029 included; `/` is not escaped.
    public mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Most values need no escape at all: copy them whole. C1 controls are encoded C2 80…C2 9F, so
            // only text with a C2 byte (U+0080…U+00BF) is looked at closely.
            if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
                bytes.append(contentsOf: utf8)
            } else {
                appendEscaped(utf8)
            }
        }
        bytes.append(0x22)
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0x00..<0x20, 0x7F: appendUnicodeEscape(byte)
            case 0xC2 where index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]):
                // U+0080…U+009F: the scalar's value is the second byte.
                index += 1
                appendUnicodeEscape(utf8[index])
            default: bytes.append(byte)
            }
            index += 1
        }
    }

    /// `\u00XX` in lower-case hexadecimal.
    private mutating func appendUnicodeEscape(_ value: UInt8) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(value >> 4)], hex[Int(value & 0x0F)]])
    }
}

/// Writes one object's members in order with commas and indentation, so each value is one call.
public struct JSONObjectOutput {
    private var first = true
    /// The indentation of the object's braces (its members are indented by 2 more).
    public let indent: Int

    /// Opens an object at `indent` (the indentation of its members is `indent + 2`).
    public init(_ output: inout JSONOutput, indent: Int) {
        self.indent = indent
        output.raw("{")
    }

    /// The next member's key; its value follows through `output`.
    public mutating func key(_ name: String, _ output: inout JSONOutput) {
        if !first { output.raw(",") }
        first = false
        output.newline(indent: indent + 2)
        output.string(name)
        output.raw(output.isCompact ? ":" : ": ")
    }

    /// A string member, `null` when nil (left out when compact).
    public mutating func string(_ name: String, _ value: String?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        if let value { output.string(value) } else { output.raw("null") }
    }

    /// A number member, `null` when nil (left out when compact).
    public mutating func integer(_ name: String, _ value: Int?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        output.raw(value.map { String($0) } ?? "null")
    }

    /// A boolean member, `null` when nil (left out when compact).
    public mutating func bool(_ name: String, _ value: Bool?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        output.raw(value.map { $0 ? "true" : "false" } ?? "null")
    }

    /// A list of strings on one line (`["ru", "uk"]`), `[]` when empty.
    public mutating func strings(_ name: String, _ values: [String], _ output: inout JSONOutput) {
        if values.isEmpty, output.isCompact { return }
        key(name, &output)
        output.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { output.raw(output.isCompact ? "," : ", ") }
            output.string(value)
        }
        output.raw("]")
    }

    /// A list of objects, one per line block, `[]` when empty; `write` gets each element's indentation.
    public mutating func objects<Element>(_ name: String, _ values: [Element], _ output: inout JSONOutput,
                                          write: (Element, inout JSONOutput, Int) -> Void) {
        if values.isEmpty, output.isCompact { return }
        key(name, &output)
        output.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { output.raw(",") }
            output.newline(indent: indent + 4)
            write(value, &output, indent + 4)
        }
        if !values.isEmpty { output.newline(indent: indent + 2) }
        output.raw("]")
    }

    /// Closes the object on its own line at `indent`.
    public func close(_ output: inout JSONOutput) {
        output.newline(indent: indent)
        output.raw("}")
    }
}
