import Foundation
import CaseDomain

/// One row of `export --format csv`: a case and the computed columns the store adds.
public struct CSVExportRow: Hashable, Sendable {
    public var file: CaseFile
    public var nextDeadline: CivilDate?
    public var nextDeadlineRule: RuleID?
    public var nextHearing: CivilDate?

    public init(file: CaseFile, nextDeadline: CivilDate? = nil, nextDeadlineRule: RuleID? = nil,
                nextHearing: CivilDate? = nil) {
        self.file = file
        self.nextDeadline = nextDeadline
        self.nextDeadlineRule = nextDeadlineRule
        self.nextHearing = nextHearing
    }
}

/// Writes the CSV case list: docs/formats.md's columns, then `nextDeadline, nextDeadlineRule, nextHearing`;
/// CRLF line ends (RFC 4180); fields quoted when they hold a comma, quote or line break; a field that
/// begins with `=`, `+`, `-`, `@`, tab or CR prefixed with `'` so spreadsheets do not run it as a formula.
public struct CaseCSVWriter {
    /// The header row's names, in order.
    public static let header = CSVColumn.allCases.map(\.rawValue) + CSVExportColumn.allCases.map(\.rawValue)

    private let sink: ([UInt8]) throws -> Void
    private var buffer: [UInt8] = []
    private var started = false

    public init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
    }

    public mutating func write(_ row: CSVExportRow) throws {
        if !started { append(record: Self.header) }
        started = true
        append(record: Self.fields(of: row))
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes the header when there were no rows, and hands the rest to the sink.
    public mutating func finish() throws {
        if !started { append(record: Self.header) }
        started = true
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(record: [String]) {
        for (index, field) in record.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: Self.encode(field).utf8)
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
    }

    /// The whole file for `rows`, in the given order.
    public static func text(for rows: [CSVExportRow]) throws -> String {
        var bytes: [UInt8] = []
        var writer = CaseCSVWriter { bytes.append(contentsOf: $0) }
        for row in rows { try writer.write(row) }
        try writer.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A field neutralised against formulas, then quoted if needed.
    public static func encode(_ field: String) -> String {
        var text = field
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func fields(of row: CSVExportRow) -> [String] {
        let file = row.file
        let current = file.custody.current
        let arrival = file.events.filter { $0.kind == .arrival }.map(\.date).max()
        var values: [String] = []
        for column in CSVColumn.allCases {
            switch column {
            case .matter: values.append(file.matter)
            case .name: values.append(file.client.name)
            case .latinName: values.append(file.client.latinName ?? "")
            case .aNumber: values.append(file.client.aNumber?.digits ?? "")
            case .birthDate: values.append(file.client.birthDate?.iso ?? "")
            case .nationality: values.append(file.client.nationality ?? "")
            case .languages: values.append(file.client.languages.joined(separator: ";"))
            case .grounds: values.append(file.grounds.map(\.rawValue).joined(separator: ";"))
            case .track: values.append(file.track?.rawValue ?? "")
            case .court: values.append(file.court ?? "")
            case .docket: values.append(file.docket?.rawValue ?? "")
            case .judge: values.append(file.judge ?? "")
            case .paralegal: values.append(file.paralegal ?? "")
            case .attorney: values.append(file.attorney ?? "")
            case .arrival: values.append(arrival?.iso ?? "")
            case .custody: values.append(current?.status.rawValue ?? "")
            case .facility: values.append(current?.place ?? "")
            case .custodyFrom: values.append(current?.from.iso ?? "")
            }
        }
        values.append(row.nextDeadline?.iso ?? "")
        values.append(row.nextDeadlineRule?.rawValue ?? "")
        values.append(row.nextHearing?.iso ?? "")
        return values
    }
}
