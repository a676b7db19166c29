/// Deterministic JSON text: the byte rules of DATA.md (2-space indentation, UTF-8 rather than `\u`
/// escapes except for what JSON requires, `/` not escaped, LF).
struct JSONOutput {
    var bytes: [UInt8] = []
    /// No whitespace, and null values and empty lists left out (absent means null on reading): the store's
    /// form of a case object, about a third of the export's size.
    var isCompact = false

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func newline(indent: Int) {
        guard !isCompact else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }

    /// A quoted string: only `"`, `\` and C0 controls are escaped.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        // Most values need no escape at all: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0x00..<0x20:
                let hex = String(byte, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}

/// Writes one object's members in order with commas and indentation, so each value is one call.
struct JSONObjectOutput {
    private var first = true
    let indent: Int

    /// Opens an object at `indent` (the indentation of its members is `indent + 2`).
    init(_ output: inout JSONOutput, indent: Int) {
        self.indent = indent
        output.raw("{")
    }

    mutating func key(_ name: String, _ output: inout JSONOutput) {
        if !first { output.raw(",") }
        first = false
        output.newline(indent: indent + 2)
        output.string(name)
        output.raw(output.isCompact ? ":" : ": ")
    }

    mutating func string(_ name: String, _ value: String?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        if let value { output.string(value) } else { output.raw("null") }
    }

    mutating func integer(_ name: String, _ value: Int?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        output.raw(value.map { String($0) } ?? "null")
    }

    mutating func bool(_ name: String, _ value: Bool?, _ output: inout JSONOutput) {
        if value == nil, output.isCompact { return }
        key(name, &output)
        output.raw(value.map { $0 ? "true" : "false" } ?? "null")
    }

    /// A list of strings on one line (`["ru", "uk"]`), `[]` when empty.
    mutating func strings(_ name: String, _ values: [String], _ output: inout JSONOutput) {
        if values.isEmpty, output.isCompact { return }
        key(name, &output)
        output.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { output.raw(output.isCompact ? "," : ", ") }
            output.string(value)
        }
        output.raw("]")
    }

    /// A list of objects, one per line block, `[]` when empty.
    mutating func objects<Element>(_ name: String, _ values: [Element], _ output: inout JSONOutput,
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

    func close(_ output: inout JSONOutput) {
        output.newline(indent: indent)
        output.raw("}")
    }
}
