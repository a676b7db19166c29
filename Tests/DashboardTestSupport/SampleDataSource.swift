import CaseDomain
import Dashboard

/// An in-memory data source over the samples, with their hand-computed deadlines. The samples never
/// change: the feed stays where it is.
public struct SampleDataSource: DashboardDataSource {
    public var storeName = "sample"
    public var isReadOnly = false
    public var files: [CaseFile]
    /// The writes made through it (shared by its copies).
    public let writes: SampleWrites
    /// Who its writes are made as.
    public var user = "mreyes"

    public init(files: [CaseFile] = SampleCases.files, writes: SampleWrites = SampleWrites()) {
        self.files = files
        self.writes = writes
    }

    public func today() throws -> CivilDate { SampleCases.today }

    public func caseRows() throws -> [CaseRow] {
        SampleCases.rows.filter { row in files.contains { $0.matter == row.matter } && !writes.isDeleted(row.id) }
            + writes.createdRows(today: SampleCases.today)
    }

    public func loadCase(id: CaseID) throws -> CaseFile? { try loadVersionedCase(id: id)?.file }

    public func deadlines(for file: CaseFile, today: CivilDate) -> [DeadlineItem] { SampleCases.deadlines[file.matter] ?? [] }

    public func rule(_ id: RuleID) -> DeadlineRule? { SampleCases.rules[id] }

    public func changeToken() throws -> FeedToken { FeedToken(0) }

    public func changes(since token: FeedToken) throws -> FeedChanges { FeedChanges(token: token) }

    public func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? { ReviewProgress(reviewed: 1, total: 4) }
}

extension SampleCases {
    /// A sample's id: the one its list row has (the files carry none, as a `casedesk/1` file would not).
    public static func id(of file: CaseFile) -> CaseID {
        file.id ?? CaseIdentity.derivedCaseID(matter: file.matter)
    }

    /// The id of the sample with this matter number.
    public static func id(_ matter: String) -> CaseID {
        CaseIdentity.derivedCaseID(matter: matter)
    }
}

extension Effect {
    /// Loading the case with this matter number, as tests write it (a case made without a store has
    /// the id a `casedesk/1` file would get).
    public static func loadCase(matter: String) -> Effect {
        .loadCase(id: CaseIdentity.derivedCaseID(matter: matter))
    }
}
