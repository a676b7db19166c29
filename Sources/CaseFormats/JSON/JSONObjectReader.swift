import CaseDomain

/// Reads the members of one JSON object into typed values, reporting every problem with its path:
/// unknown and duplicate keys, wrong types, values outside a closed set, malformed dates.
struct JSONObjectReader {
    let path: String
    let position: JSONPosition
    /// The accepted members, each key once. Objects have a handful of keys: a linear search over them
    /// costs less than hashing every key into a dictionary (the reader's hot spot at 100,000 cases).
    private let members: [JSONMember]
    private let context: DecodeContext

    /// Nil (after reporting) when `value` is not an object. `keys` are the keys the format defines.
    init?(_ value: JSONValue, path: String, keys: [String], context: DecodeContext) {
        guard case .object(let list) = value.kind else {
            context.report(path, at: value.position, "is \(value.typeName), expected an object")
            return nil
        }
        var members: [JSONMember] = []
        members.reserveCapacity(list.count)
        for member in list {
            if !keys.contains(member.key) {
                context.report(path, at: member.keyPosition,
                               "unknown key \(TextSafety.quoted(member.key)) (not part of this format version)")
            } else if let first = members.first(where: { $0.key == member.key }) {
                context.report(Self.join(path, member.key), at: member.keyPosition,
                               "duplicate key (first given on line \(first.keyPosition.line))")
            } else {
                members.append(member)
            }
        }
        self.path = path
        self.position = value.position
        self.members = members
        self.context = context
    }

    static func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : base + "." + key }

    func field(_ key: String) -> String { Self.join(path, key) }

    /// The value of `key` as written (null included), nil when absent.
    private func member(_ key: String) -> JSONValue? {
        members.first(where: { $0.key == key })?.value
    }

    /// The value of `key`, nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        guard let value = member(key) else { return nil }
        if case .null = value.kind { return nil }
        return value
    }

    func report(_ key: String, at value: JSONValue?, _ message: String) {
        context.report(field(key), at: value?.position ?? position, message)
    }

    func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value.kind else {
            report(key, at: value, "is \(value.typeName), expected a string")
            return nil
        }
        return TextInputNormal.nfc(text)
    }

    /// A string that must be present; reports "is required" when absent or null.
    func requiredString(_ key: String) -> String? {
        guard value(key) != nil else {
            report(key, at: member(key), "is required")
            return nil
        }
        return string(key)
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value.kind else {
            report(key, at: value, "is \(value.typeName), expected true, false or null")
            return nil
        }
        return flag
    }

    /// A whole number: `12` is one, `12.0`, `1e3` and `"12"` are not.
    func integer(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let literal) = value.kind else {
            report(key, at: value, "is \(value.typeName), expected a whole number")
            return nil
        }
        guard let number = Int(literal) else {
            report(key, at: value, "\(TextSafety.quoted(literal)) is not a whole number")
            return nil
        }
        return number
    }

    func date(_ key: String) -> CivilDate? {
        guard let text = string(key) else { return nil }
        guard let date = CivilDate(iso: text) else {
            report(key, at: value(key), "\(TextSafety.quoted(text)) is not a date (YYYY-MM-DD)")
            return nil
        }
        return date
    }

    func time(_ key: String) -> TimeOfDay? {
        guard let text = string(key) else { return nil }
        guard let time = TimeOfDay(text: text) else {
            report(key, at: value(key), "\(TextSafety.quoted(text)) is not a time (HH:MM, 00:00 to 23:59)")
            return nil
        }
        return time
    }

    func aNumber(_ key: String) -> ANumber? {
        guard let text = string(key) else { return nil }
        guard let number = ANumber(parsing: text) else {
            report(key, at: value(key), "\(TextSafety.quoted(text)) is not an A-number (7 to 9 digits)")
            return nil
        }
        return number
    }

    /// A value of a closed set, by its identifier.
    func code<Code: RawRepresentable & CaseIterable>(_ key: String, _ type: Code.Type, what: String) -> Code?
    where Code.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let code = Code(rawValue: text) else {
            report(key, at: value(key), ClosedSetMessage.unknown(text, what: what, type))
            return nil
        }
        return code
    }

    /// The elements of a list with their positions in it; absent or null is an empty list.
    func list(_ key: String) -> [(index: Int, value: JSONValue)] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value.kind else {
            report(key, at: value, "is \(value.typeName), expected a list")
            return []
        }
        return elements.enumerated().map { (index: $0.offset, value: $0.element) }
    }

    /// A list of strings (null elements are errors: a list has no holes).
    func stringList(_ key: String) -> [(index: Int, text: String, value: JSONValue)] {
        list(key).compactMap { element in
            guard case .string(let text) = element.value.kind else {
                context.report(field(key) + "[\(element.index)]", at: element.value.position,
                               "is \(element.value.typeName), expected a string")
                return nil
            }
            return (element.index, TextInputNormal.nfc(text), element.value)
        }
    }

    func reportElement(_ key: String, _ element: (index: Int, text: String, value: JSONValue), _ message: String) {
        context.report(field(key) + "[\(element.index)]", at: element.value.position, message)
    }
}

/// NFC normalisation with an ASCII fast path (most fields are ASCII; the check is far cheaper).
enum TextInputNormal {
    static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return TextSafety.normalized(text)
    }
}

/// The message for an identifier outside a closed set: lists the allowed ones when they are few.
enum ClosedSetMessage {
    static func unknown<Code: RawRepresentable & CaseIterable>(_ text: String, what: String, _ type: Code.Type) -> String
    where Code.RawValue == String {
        let allowed = Code.allCases.map(\.rawValue)
        let list = allowed.count <= 10 ? " (" + allowed.joined(separator: ", ") + ")" : " (see docs/domain.md)"
        return "\(TextSafety.quoted(text)) is not a known \(what)" + list
    }
}

extension JSONObjectReader {
    /// An `id` member under the version's rule: required (`casedesk/2`), or taken when given; reports a
    /// value not of the id form.
    func stableID(_ key: String, rule: CaseFormatVersion.IDRule) -> String? {
        switch rule {
        case .absent: return nil
        case .required:
            guard let text = requiredString(key) else { return nil }
            return checkedID(text, key)
        case .optional:
            return string(key).flatMap { checkedID($0, key) }
        }
    }

    private func checkedID(_ text: String, _ key: String) -> String? {
        guard StableIDText.isValid(text) else {
            report(key, at: value(key), "\(TextSafety.quoted(text)) \(StableIDText.formProblem)")
            return nil
        }
        return text
    }
}
