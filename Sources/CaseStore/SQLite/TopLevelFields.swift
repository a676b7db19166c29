/// The members of a JSON object as the raw text of each value, found without parsing the values. Two
/// documents the same writer wrote give the same text for the same value, so an audit row's diff parses
/// only the fields whose texts differ (`CaseCodec.changedFields`): Foundation's parser and writer took
/// 17 ms a save reading and writing back every field of both documents.
enum TopLevelFields {
    /// Each key with its value's bytes as written; nil when the text is not an object split plainly here
    /// (an escaped key, a key given twice, anything unexpected), for the caller to parse whole.
    static func split(_ text: String) -> [String: ArraySlice<UInt8>]? {
        let bytes = Array(text.utf8)
        var index = skipSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index = skipSpace(bytes, index + 1)
        var members: [String: ArraySlice<UInt8>] = [:]
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return skipSpace(bytes, index + 1) == bytes.count ? members : nil }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""),
                  let keyEnd = stringEnd(bytes, index), !bytes[(index + 1)..<(keyEnd - 1)].contains(UInt8(ascii: "\\")) else {
                return nil
            }
            let key = String(decoding: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self)
            index = skipSpace(bytes, keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipSpace(bytes, index + 1)
            guard let valueEnd = valueEnd(bytes, index), members[key] == nil else { return nil }
            members[key] = bytes[index..<valueEnd]
            index = skipSpace(bytes, valueEnd)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index = skipSpace(bytes, index + 1)
            } else if bytes[index] == UInt8(ascii: "}") {
                return skipSpace(bytes, index + 1) == bytes.count ? members : nil
            } else {
                return nil
            }
        }
    }

    private static func skipSpace(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// Just after the string starting at `start` (its opening quote).
    private static func stringEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// Just after the value starting at `start`: a string, an object or array (strings inside skipped
    /// whole, so their brackets do not count), or a number or literal.
    private static func valueEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0, index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = stringEnd(bytes, index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D]
                .contains(bytes[index]) {
                index += 1
            }
            return index > start ? index : nil
        }
    }
}
