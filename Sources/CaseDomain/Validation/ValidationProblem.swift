/// One thing wrong with a case, found before it is written.
///
/// `path` is relative to the case, in JSON-path style (`client.aNumber`, `events[2].title`); importers
/// prefix it (`cases[3].`) or map it to a column. `message` may quote the offending value (sanitised and
/// cut by `TextSafety.quoted`) and nothing else.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// How a problem weighs on a value that is already written somewhere (docs/formats.md).
    public enum Severity: Hashable, Sendable {
        /// The value is refused everywhere: forms, imports, the store.
        case error
        /// The value passed an earlier version's checks but not this one's (a nationality `XX` of the right
        /// shape that is no assigned country code). Forms refuse it; a stored case holding it still opens
        /// and exports, and an import of it goes ahead with a warning naming the case and field.
        case formerlyAccepted
    }

    public var path: String
    public var message: String
    public var severity: Severity

    public init(path: String, message: String, severity: Severity = .error) {
        self.path = path
        self.message = message
        self.severity = severity
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
