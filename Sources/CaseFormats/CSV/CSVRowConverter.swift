import Foundation
import CaseDomain

/// Turns one CSV row into a case: parses each cell, then validates the case and names problems by column.
struct CSVRowConverter {
    let file: String
    let columns: [CSVColumn]
    let collector: ProblemCollector

    func convert(_ record: CSVRecord, registry: inout ImportRegistry) -> CSVCaseRow? {
        var cells: [CSVColumn: String] = [:]
        for (column, value) in zip(columns, record.fields) where !value.isEmpty {
            cells[column] = TextInputNormal.nfc(value)
        }
        var failed = false
        var reported = Set<CSVColumn>()
        func report(_ column: CSVColumn, _ message: String) {
            failed = true
            reported.insert(column)
            collector.add(FormatError(file: file, line: record.line, field: column.rawValue, style: .csvColumn,
                                      message: message))
        }
        func parsed<Value>(_ column: CSVColumn, _ what: String, _ parse: (String) -> Value?) -> Value? {
            guard let text = cells[column] else { return nil }
            guard let value = parse(text) else {
                report(column, "\(TextSafety.quoted(text)) is not \(what)")
                return nil
            }
            return value
        }
        func code<Code: RawRepresentable & CaseIterable>(_ column: CSVColumn, _ type: Code.Type, _ what: String) -> Code?
        where Code.RawValue == String {
            guard let text = cells[column] else { return nil }
            guard let value = Code(rawValue: text) else {
                report(column, ClosedSetMessage.unknown(text, what: what, type))
                return nil
            }
            return value
        }
        if cells[.matter] == nil { report(.matter, "is required") }
        if cells[.name] == nil { report(.name, "is required") }
        // An empty item (`ru;;uk`, a trailing `;`) is a typo or a lost value: said, never dropped silently.
        for column in [CSVColumn.languages, .grounds] where CSVRowConverter.hasEmptyItem(cells[column]) {
            report(column, "\(TextSafety.quoted(cells[column] ?? "")) has an empty item between ';' (write \"ru;uk\")")
        }
        let languages = CSVRowConverter.list(cells[.languages])
        var grounds: [Ground] = []
        for text in CSVRowConverter.list(cells[.grounds]) {
            if let ground = Ground(rawValue: text) { grounds.append(ground) } else {
                report(.grounds, ClosedSetMessage.unknown(text, what: "ground", Ground.self))
            }
        }
        let client = Client(
            name: cells[.name] ?? "", latinName: cells[.latinName],
            aNumber: parsed(.aNumber, "an A-number (7 to 9 digits)") { ANumber(parsing: $0) },
            birthDate: parsed(.birthDate, "a date (YYYY-MM-DD)") { CivilDate(iso: $0) },
            nationality: cells[.nationality], languages: languages)
        var custody: [CustodyPeriod] = []
        let status = code(.custody, CustodyStatus.self, "custody status")
        let custodyFrom = parsed(.custodyFrom, "a date (YYYY-MM-DD)") { CivilDate(iso: $0) }
        if let status {
            if let custodyFrom {
                custody.append(CustodyPeriod(status: status, from: custodyFrom, place: cells[.facility]))
            } else if !reported.contains(.custodyFrom) {
                report(.custodyFrom, "is required when \"custody\" is given")
            }
        } else if cells[.custody] == nil {
            if cells[.custodyFrom] != nil { report(.custodyFrom, "is given without a \"custody\" status") }
            if cells[.facility] != nil { report(.facility, "is given without a \"custody\" status") }
        }
        var events: [TimelineEvent] = []
        if let arrival = parsed(.arrival, "a date (YYYY-MM-DD)", { CivilDate(iso: $0) }) {
            events.append(TimelineEvent(kind: .arrival, date: arrival))
        }
        let caseFile = CaseFile(
            matter: cells[.matter] ?? "", client: client, grounds: grounds,
            track: code(.track, Track.self, "track"), court: cells[.court],
            docket: code(.docket, Docket.self, "docket"), judge: cells[.judge], paralegal: cells[.paralegal],
            attorney: cells[.attorney], custody: custody, events: events)
        var problems = CaseValidation.problems(in: caseFile)
        problems += registry.duplicates(in: caseFile) { _ in "\(file):\(record.line)" }
        for problem in problems {
            let column = CSVRowConverter.column(for: problem.path)
            if !reported.contains(column) { report(column, problem.message) }
        }
        let warnings = CaseValidation.formerlyAccepted(in: caseFile).map { problem in
            FormatError(file: file, line: record.line, field: CSVRowConverter.column(for: problem.path).rawValue,
                        style: .csvColumn, message: problem.message)
        }
        return failed ? nil : CSVCaseRow(line: record.line, file: caseFile, columns: Set(columns), warnings: warnings)
    }

    /// Whether a `;`-separated cell has an item that is empty or only spaces.
    static func hasEmptyItem(_ cell: String?) -> Bool {
        guard let cell else { return false }
        return cell.split(separator: ";", omittingEmptySubsequences: false)
            .contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A `;`-separated cell: items trimmed of spaces (empty items are reported by the converter).
    static func list(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        return cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The column a validation path (relative to the case) comes from.
    static func column(for path: String) -> CSVColumn {
        let head = path.split(separator: ".").first.map(String.init) ?? path
        let name = head.split(separator: "[").first.map(String.init) ?? head
        switch name {
        case "client":
            let field = path.dropFirst("client.".count).split(separator: "[").first.map(String.init) ?? ""
            return CSVColumn(rawValue: field) ?? .name
        case "custody":
            if path.hasSuffix(".place") { return .facility }
            if path.hasSuffix(".from") { return .custodyFrom }
            return .custody
        case "events":
            return .arrival
        default:
            return CSVColumn(rawValue: name) ?? .matter
        }
    }
}
