/// The columns of docs/formats.md's CSV case list (import and export), by header name.
public enum CSVColumn: String, CaseIterable, Sendable, Hashable {
    case matter, name, latinName, aNumber, birthDate, nationality, languages, grounds, track, court, docket
    case judge, paralegal, attorney, arrival, custody, facility, custodyFrom

    /// Headers a file must have.
    public static let required: [CSVColumn] = [.matter, .name]
}

/// The extra columns `export --format csv` writes after the case columns.
public enum CSVExportColumn: String, CaseIterable, Sendable {
    case nextDeadline, nextDeadlineRule, nextHearing
}
