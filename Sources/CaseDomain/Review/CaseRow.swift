/// One line of the case list: the light facts the list, its filter and its orders need, and nothing
/// more. The store reads them from indexed columns without decoding any digest, so a list of 100,000
/// cases loads quickly; the selected case is loaded whole when it is opened.
public struct CaseRow: Hashable, Sendable {
    public var id: CaseID
    // A changed name or matter changes the keys (`didSet` does not run in `init`).
    public var matter: String { didSet { computeKeys() } }
    public var clientName: String { didSet { computeKeys() } }
    public var latinName: String? { didSet { computeKeys() } }
    public var aNumber: ANumber?
    public var nationality: String?
    public var paralegal: String?
    public var isOpen: Bool
    /// The case's version: a changed version means the open case must be reloaded.
    public var version: Int
    /// The due date and rule of the earliest pending deadline, when there is one.
    public var nextDeadlineDue: CivilDate?
    public var nextDeadlineRule: RuleID?
    public var isDetained: Bool
    /// What the filter searches (`NameSearch.keys`): the store keeps it, so no name is folded while typing.
    public private(set) var searchKeys: String
    /// What `:sort name` orders by (`NameSearch.sortKey`).
    public private(set) var sortKey: String

    public init(matter: String, clientName: String, latinName: String?, aNumber: ANumber?, nationality: String?,
                paralegal: String?, isOpen: Bool, version: Int, nextDeadlineDue: CivilDate?,
                nextDeadlineRule: RuleID?, isDetained: Bool, id: CaseID? = nil, searchKeys: String? = nil,
                sortKey: String? = nil) {
        // A row made without the store (tests) has the id a `casedesk/1` file would get.
        self.id = id ?? CaseIdentity.derivedCaseID(matter: matter)
        self.matter = matter
        self.clientName = clientName
        self.latinName = latinName
        self.aNumber = aNumber
        self.nationality = nationality
        self.paralegal = paralegal
        self.isOpen = isOpen
        self.version = version
        self.nextDeadlineDue = nextDeadlineDue
        self.nextDeadlineRule = nextDeadlineRule
        self.isDetained = isDetained
        // A row made without the store's keys (tests, an in-memory source) computes them.
        self.searchKeys = searchKeys ?? NameSearch.keys(matter: matter, clientName: clientName, latinName: latinName)
        self.sortKey = sortKey ?? NameSearch.sortKey(clientName: clientName, latinName: latinName)
    }

    private mutating func computeKeys() {
        searchKeys = NameSearch.keys(matter: matter, clientName: clientName, latinName: latinName)
        sortKey = NameSearch.sortKey(clientName: clientName, latinName: latinName)
    }

    /// The row of a full summary: what a store writes to its list columns from the digest.
    public init(summary: CaseSummary) {
        let next = summary.digest.nextDeadline
        self.init(matter: summary.matter, clientName: summary.clientName, latinName: summary.latinName,
                  aNumber: summary.aNumber, nationality: summary.nationality, paralegal: summary.paralegal,
                  isOpen: summary.isOpen, version: summary.version, nextDeadlineDue: next?.due,
                  nextDeadlineRule: next?.rule, isDetained: summary.digest.isDetained, id: summary.id)
    }
}
