import Foundation
import CaseDomain

/// Reads a whole JSON document strictly: UTF-8 only, no duplicate keys, bounded depth, nothing after it.
public enum JSONDocument {
    /// The default nesting limit: deep enough for every casedesk format, shallow enough to be safe.
    public static let defaultMaxDepth = 64

    /// Parses `data`; `file` names the input in errors. `readingEscapedNUL` takes `\u0000` as text (a
    /// stored case read keeping the values casedesk refuses); a raw NUL byte stays an error.
    public static func parse(_ data: Data, file: String, maxDepth: Int = defaultMaxDepth,
                             readingEscapedNUL: Bool = false) throws(FormatError) -> JSONValue {
        let outcome: Result<JSONValue, FormatError> = data.withUnsafeBytes { bytes in
            switch TextInput.check(bytes, file: file) {
            case .failure(let error):
                return .failure(error)
            case .success(let start):
                var parser = JSONParser(bytes: bytes, start: start, file: file, maxDepth: maxDepth)
                parser.readsEscapedNUL = readingEscapedNUL
                do throws(FormatError) {
                    let value = try parser.parseValue(depth: 0)
                    try parser.finish()
                    if let duplicate = firstDuplicate(in: value) {
                        return .failure(FormatError(
                            file: file, line: duplicate.keyPosition.line, column: duplicate.keyPosition.column,
                            message: "duplicate key \(TextSafety.quoted(duplicate.key))"))
                    }
                    return .success(value)
                } catch {
                    return .failure(error)
                }
            }
        }
        return try outcome.get()
    }

    /// The first member (in file order) whose key already appeared in the same object.
    static func firstDuplicate(in value: JSONValue) -> JSONMember? {
        switch value.kind {
        case .null, .bool, .number, .string:
            return nil
        case .array(let elements):
            for element in elements {
                if let found = firstDuplicate(in: element) { return found }
            }
            return nil
        case .object(let members):
            // A case's objects have a dozen keys or so: comparing with the earlier keys is cheaper than
            // hashing every key into a set (which was a tenth of `check`'s time); large objects still hash.
            let hashes = members.count > 16
            var seen = Set<String>()
            for (index, member) in members.enumerated() {
                let repeated = hashes ? !seen.insert(member.key).inserted
                    : members[..<index].contains { $0.key == member.key }
                if repeated { return member }
                if let found = firstDuplicate(in: member.value) { return found }
            }
            return nil
        }
    }
}
