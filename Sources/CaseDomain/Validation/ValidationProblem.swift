/// One thing wrong with a case, found before it is written.
///
/// `path` is relative to the case, in JSON-path style (`client.aNumber`, `events[2].title`); importers
/// prefix it (`cases[3].`) or map it to a column. `message` may quote the offending value (sanitised and
/// cut by `TextSafety.quoted`) and nothing else.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path + ": " + message }
}

/// Builds JSON-path strings without repeating the punctuation rules at every call.
enum ProblemPath {
    static func member(_ base: String, _ key: String) -> String {
        base.isEmpty ? key : base + "." + key
    }

    static func element(_ base: String, _ index: Int) -> String {
        base + "[" + String(index) + "]"
    }
}
