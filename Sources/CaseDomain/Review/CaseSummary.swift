/// One row of the case list: what the list, the filter and the review need of a case, without its parts.
public struct CaseSummary: Hashable, Sendable {
    public var id: CaseID
    public var matter: String
    public var clientName: String
    public var latinName: String?
    public var aNumber: ANumber?
    public var nationality: String?
    public var paralegal: String?
    public var attorney: String?
    public var isOpen: Bool
    /// The case's version: a write based on an older one is a conflict.
    public var version: Int
    /// The date of the last recorded change.
    public var lastChange: CivilDate
    public var digest: CaseDigest

    public init(matter: String, clientName: String, latinName: String?, aNumber: ANumber?, nationality: String?,
                paralegal: String?, attorney: String?, isOpen: Bool, version: Int, lastChange: CivilDate,
                digest: CaseDigest, id: CaseID? = nil) {
        // A summary made without the store (tests, the demo) has the id a `casedesk/1` file would get.
        self.id = id ?? CaseIdentity.derivedCaseID(matter: matter)
        self.matter = matter
        self.clientName = clientName
        self.latinName = latinName
        self.aNumber = aNumber
        self.nationality = nationality
        self.paralegal = paralegal
        self.attorney = attorney
        self.isOpen = isOpen
        self.version = version
        self.lastChange = lastChange
        self.digest = digest
    }

    /// A summary computed straight from a case (tests, small stores, the demo).
    public init(file: CaseFile, version: Int = 1, lastChange: CivilDate, today: CivilDate, engine: DeadlineEngine) {
        self.init(matter: file.matter, clientName: file.client.name, latinName: file.client.latinName,
                  aNumber: file.client.aNumber, nationality: file.client.nationality, paralegal: file.paralegal,
                  attorney: file.attorney, isOpen: file.isOpen, version: version, lastChange: lastChange,
                  digest: CaseDigest(file: file, today: today, engine: engine), id: file.id)
    }
}
