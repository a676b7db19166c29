/// What the daily review needs of one candidate case.
public struct ReviewCase: Hashable, Sendable {
    /// The case's stable id (nil for a case made outside a store: tests).
    public var id: CaseID?
    public var matter: String
    public var paralegal: String?
    /// The attorney's login: a user's queue holds the cases where they are the paralegal or the attorney.
    public var attorney: String?
    public var clientName: String
    public var latinName: String?
    public var isOpen: Bool
    public var lastChange: CivilDate
    /// From the store, its pending deadlines are only those the review lists on its date.
    public var digest: CaseDigest

    public init(matter: String, paralegal: String?, clientName: String, latinName: String?, isOpen: Bool,
                lastChange: CivilDate, digest: CaseDigest, id: CaseID? = nil, attorney: String? = nil) {
        self.id = id
        self.attorney = attorney
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
                  digest: summary.digest, id: summary.id, attorney: summary.attorney)
    }
}

extension ReviewCase {
    /// Whether `user` is the case's paralegal or its attorney (whose queue it is in).
    public func isWorked(by user: String?) -> Bool {
        guard let user else { return false }
        return paralegal == user || attorney == user
    }
}
