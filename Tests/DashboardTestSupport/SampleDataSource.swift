import CaseDomain
import Dashboard

/// An in-memory data source over the samples, with their hand-computed deadlines.
public struct SampleDataSource: DashboardDataSource {
    public var storeName = "sample"
    public var isReadOnly = false
    public var files: [CaseFile]

    public init(files: [CaseFile] = SampleCases.files) {
        self.files = files
    }

    public func caseRows() throws -> [CaseRow] {
        SampleCases.rows.filter { row in files.contains { $0.matter == row.matter } }
    }

    public func loadCase(matter: String) throws -> CaseFile? { files.first { $0.matter == matter } }

    public func deadlines(for file: CaseFile, today: CivilDate) -> [DeadlineItem] { SampleCases.deadlines[file.matter] ?? [] }

    public func rule(_ id: RuleID) -> DeadlineRule? { SampleCases.rules[id] }

    public func hasExternalChanges() -> Bool { false }

    public func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? { ReviewProgress(reviewed: 1, total: 4) }
}
