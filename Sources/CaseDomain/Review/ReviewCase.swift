/// What the daily review needs of one candidate case.
public struct ReviewCase: Hashable, Sendable {
    public var matter: String
    public var paralegal: String?
    public var clientName: String
    public var latinName: String?
    public var isOpen: Bool
    public var lastChange: CivilDate
    /// From the store, its pending deadlines are only those the review lists on its date.
    public var digest: CaseDigest

    public init(matter: String, paralegal: String?, clientName: String, latinName: String?, isOpen: Bool,
                lastChange: CivilDate, digest: CaseDigest) {
        self.matter = matter
        self.paralegal = paralegal
        self.clientName = clientName
        self.latinName = latinName
        self.isOpen = isOpen
        self.lastChange = lastChange
        self.digest = digest
    }

    public init(summary: CaseSummary) {
        self.init(matter: summary.matter, paralegal: summary.paralegal, clientName: summary.clientName,
                  latinName: summary.latinName, isOpen: summary.isOpen, lastChange: summary.lastChange,
                  digest: summary.digest)
    }
}
