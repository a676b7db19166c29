/// Where a JSON value starts: 1-based line and column (columns count Unicode scalars).
public struct JSONPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { String(line) + ":" + String(column) }
}

/// A parsed JSON value that remembers where it was written. Objects keep every member in file order,
/// duplicates included, so that readers can name a duplicate key instead of silently keeping one.
public struct JSONValue: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case null
        case bool(Bool)
        /// The number's literal text, exactly as written (`12`, `-3`, `1.5e3`).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public var kind: Kind
    public var position: JSONPosition

    public init(_ kind: Kind, at position: JSONPosition) {
        self.kind = kind
        self.position = position
    }

    /// The name of the value's type, for messages ("a string", "an object").
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// One `"key": value` of an object, with the key's own position.
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var keyPosition: JSONPosition
    public var value: JSONValue

    public init(key: String, keyPosition: JSONPosition, value: JSONValue) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
