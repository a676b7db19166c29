import CaseDomain
import Foundation

/// One case read from a CSV row, with the columns the file had (so `import --update` changes only those).
public struct CSVCaseRow: Hashable, Sendable {
    /// The line the row starts on.
    public var line: Int
    public var file: CaseFile
    /// The columns present in the file's header.
    public var columns: Set<CSVColumn>
    /// Values an earlier version accepted and this one would refuse in a form: the row imports, with these
    /// as warnings.
    public var warnings: [FormatError]

    public init(line: Int, file: CaseFile, columns: Set<CSVColumn>, warnings: [FormatError] = []) {
        self.line = line
        self.file = file
        self.columns = columns
        self.warnings = warnings
    }
}

/// Reads a case list from a spreadsheet's CSV (docs/formats.md): strict RFC 4180, a header naming known columns
/// once each, every row as wide as the header. Reports every problem (up to `errorLimit`) as
/// `intake.csv:12: field "birthDate": "1990-02-30" is not a date (YYYY-MM-DD)`. An empty cell is no value.
public struct CaseCSVReader: Sendable {
    public var errorLimit: Int

    public init(errorLimit: Int = 100) {
        self.errorLimit = errorLimit
    }

    public func read(_ data: Data, file: String) throws(FormatErrors) -> [CSVCaseRow] {
        var registry = ImportRegistry()
        return try read(data, file: file, registry: &registry)
    }

    /// The rows of the file, or every problem in it; `registry` spans the files of one import.
    public func read(_ data: Data, file: String, registry: inout ImportRegistry) throws(FormatErrors) -> [CSVCaseRow] {
        let collector = ProblemCollector(limit: errorLimit)
        let parsed: Result<[CSVRecord], FormatError> = data.withUnsafeBytes { bytes in
            switch TextInput.check(bytes, file: file) {
            case .failure(let error):
                return .failure(error)
            case .success(let start):
                var parser = CSVParser(bytes: bytes, start: start, file: file)
                do throws(FormatError) {
                    return .success(try parser.records())
                } catch {
                    return .failure(error)
                }
            }
        }
        let records: [CSVRecord]
        switch parsed {
        case .failure(let error):
            var located = error
            located.style = .csvColumn
            throw FormatErrors(errors: [located])
        case .success(let list):
            records = list
        }
        guard let header = records.first else {
            throw FormatErrors(errors: [FormatError(file: file, line: 1, style: .csvColumn,
                                                    message: "the file is empty (a header row is required)")])
        }
        guard let columns = readHeader(header, file: file, collector: collector) else { throw collector.result }
        var rows: [CSVCaseRow] = []
        let converter = CSVRowConverter(file: file, columns: columns, collector: collector)
        for record in records.dropFirst() {
            if collector.isFull {
                collector.markTruncated()
                break
            }
            guard record.fields.count == columns.count else {
                collector.add(FormatError(
                    file: file, line: record.line, style: .csvColumn,
                    message: "the row has \(record.fields.count) fields but the header has \(columns.count)"))
                continue
            }
            if let row = converter.convert(record, registry: &registry) { rows.append(row) }
        }
        guard collector.errors.isEmpty else { throw collector.result }
        return rows
    }

    /// The header's columns in order; nil (after reporting) when a header is unknown, repeated or missing.
    private func readHeader(_ header: CSVRecord, file: String, collector: ProblemCollector) -> [CSVColumn]? {
        var columns: [CSVColumn] = []
        var ok = true
        for (index, name) in header.fields.enumerated() {
            guard let column = CSVColumn(rawValue: name) else {
                let known = CSVColumn.allCases.map(\.rawValue).joined(separator: ", ")
                collector.add(FormatError(file: file, line: header.line, style: .csvColumn,
                                          message: "column \(index + 1): unknown header \(TextSafety.quoted(name)) (known: \(known))"))
                ok = false
                continue
            }
            if columns.contains(column) {
                collector.add(FormatError(file: file, line: header.line, style: .csvColumn,
                                          message: "column \(index + 1): header \"\(name)\" appears twice"))
                ok = false
            }
            columns.append(column)
        }
        for column in CSVColumn.required where !columns.contains(column) {
            collector.add(FormatError(file: file, line: header.line, style: .csvColumn,
                                      message: "the header has no \"\(column.rawValue)\" column (required)"))
            ok = false
        }
        return ok ? columns : nil
    }
}
