/// A JSON value whose object keys keep the order they were written in, as the public formats require.
indirect enum OrderedJSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    static func optional(_ text: String?) -> OrderedJSON { text.map(OrderedJSON.string) ?? .null }

    /// Two-space indented text with a final newline; non-ASCII written as UTF-8, `/` not escaped.
    func rendered() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): OrderedJSON.writeString(text, into: &out)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                out.append(contentsOf: repeatElement(0x20, count: indent + 2))
                item.write(into: &out, indent: indent + 2)
                out.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: repeatElement(0x20, count: indent))
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                out.append(contentsOf: repeatElement(0x20, count: indent + 2))
                OrderedJSON.writeString(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 2)
                out.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: repeatElement(0x20, count: indent))
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: quotes, backslashes and controls escaped (C1 controls and U+2028/9 too, so the text
    /// is safe to paste into a script or a terminal).
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most text needs no escape: printable ASCII and any non-ASCII except C1 controls and U+2028/9 (whose
        // UTF-8 starts with C2 and E2); such text is copied as its bytes.
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(0x22)
            return
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x20..<0x7F: out.append(UInt8(value))
            case 0..<0x20, 0x7F...0x9F, 0x2028...0x2029:
                let hex = String(value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(0x22)
    }
}

/// Objects written member by member into bytes, in the same layout as `OrderedJSON.rendered()`.
struct FlatJSON {
    var bytes: [UInt8] = []
    /// Where full chunks go (stdout for the review); nil keeps everything in `bytes`.
    var sink: (([UInt8]) -> Void)?

    /// Hands the rest to the sink.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll()
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends bytes written elsewhere (a chunk written on another thread), passing them to the sink when large.
    mutating func append(_ chunk: [UInt8]) {
        if let sink, bytes.count + chunk.count >= 1 << 16 {
            if !bytes.isEmpty { sink(bytes) }
            bytes.removeAll(keepingCapacity: true)
            sink(chunk)
        } else {
            bytes += chunk
        }
    }

    mutating func comma(_ needed: Bool) { if needed { bytes.append(UInt8(ascii: ",")) } }

    mutating func open(_ bracket: String, indent: Int) {
        if indent > 0 { newline(indent: indent) }
        raw(bracket)
    }

    mutating func close(_ bracket: String, indent: Int) {
        newline(indent: indent)
        raw(bracket)
    }

    mutating func key(_ name: String, indent: Int) {
        newline(indent: indent)
        OrderedJSON.writeString(name, into: &bytes)
        raw(": ")
    }

    mutating func string(_ name: String, _ value: String, indent: Int) {
        key(name, indent: indent)
        OrderedJSON.writeString(value, into: &bytes)
    }

    mutating func int(_ name: String, _ value: Int, indent: Int) {
        key(name, indent: indent)
        raw(String(value))
    }

    /// A member whose value is a scalar (strings, numbers, booleans, null).
    mutating func member(_ name: String, _ value: OrderedJSON, indent: Int) {
        key(name, indent: indent)
        switch value {
        case .string(let text): OrderedJSON.writeString(text, into: &bytes)
        case .int(let number): raw(String(number))
        case .bool(let flag): raw(flag ? "true" : "false")
        case .null, .array, .object: raw("null")
        }
    }

    private mutating func newline(indent: Int) {
        bytes.append(0x0A)
        if indent <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<indent])) }
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)
}
