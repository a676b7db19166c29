import CaseDomain

/// One problem found in an input file, located and named for the person who has to fix it.
///
/// Rendered as docs/formats.md asks: `cases.json:57:14: cases[3].client.aNumber: "A12-34" is not an A-number …`
/// for JSON, `intake.csv:12: field "birthDate": "1990-02-30" is not a date` for CSV. The message may
/// quote the offending value (through `TextSafety.quoted`), never any other client data.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How the field is named: a JSON path, or a CSV column.
    public enum FieldStyle: Hashable, Sendable {
        case jsonPath
        case csvColumn
    }

    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column in characters (Unicode scalars), when known.
    public var column: Int?
    /// The JSON path (`cases[3].client.aNumber`) or CSV column (`birthDate`), when the problem has one.
    public var field: String?
    public var style: FieldStyle
    /// What is wrong.
    public var message: String

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil,
                style: FieldStyle = .jsonPath, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.style = style
        self.message = message
    }

    public var description: String {
        var text = TextSafety.display(file) + ":" + String(line)
        if let column { text += ":" + String(column) }
        text += ": "
        if let field {
            switch style {
            case .jsonPath: text += field + ": "
            case .csvColumn: text += "field \"" + field + "\": "
            }
        }
        return text + message
    }
}

/// Every problem of an input, in file order, capped at a limit (docs/formats.md: report them all, up to 100).
public struct FormatErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [FormatError]
    /// More problems were found than the limit allowed to list.
    public var isTruncated: Bool

    public init(errors: [FormatError], isTruncated: Bool = false) {
        self.errors = errors
        self.isTruncated = isTruncated
    }

    public var description: String {
        var lines = errors.map(\.description)
        if isTruncated { lines.append("(more problems not listed)") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems up to a limit; the readers stop early once it is full.
final class ProblemCollector {
    let limit: Int
    private(set) var errors: [FormatError] = []
    private(set) var isTruncated = false

    init(limit: Int) { self.limit = max(1, limit) }

    var isFull: Bool { errors.count >= limit }

    /// The reader stopped with input left unread because the list is full.
    func markTruncated() { isTruncated = true }

    func add(_ error: FormatError) {
        if errors.count < limit { errors.append(error) } else { isTruncated = true }
    }

    /// The problems in file order (line, then column); stable for problems at the same place.
    var result: FormatErrors {
        let ordered = errors.enumerated().sorted { a, b in
            (a.element.line, a.element.column ?? 0, a.offset) < (b.element.line, b.element.column ?? 0, b.offset)
        }
        return FormatErrors(errors: ordered.map(\.element), isTruncated: isTruncated)
    }
}
