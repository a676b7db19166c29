/// One change a person makes to a case, as a value: the dashboard's forms, `import --update` and the store
/// all speak in edits, and `CaseEditor.apply` is the one place their rules live. Items are addressed by
/// their stable ids, so an edit means the same item however the lists were reordered.
public enum CaseEdit: Hashable, Sendable {
    /// Adds an event; it gets the next recording sequence, a new id, and the current user unless set.
    case recordEvent(TimelineEvent)
    /// Replaces the event with this id (its id and recording sequence are kept).
    case updateEvent(ItemID, TimelineEvent)
    case removeEvent(ItemID)
    /// A new custody status from `period.from`: the current period ends that day, which must be after it began.
    case changeCustody(CustodyPeriod)
    /// Corrects the custody period with this id (dates, place, sponsor, …).
    case correctCustody(ItemID, CustodyPeriod)
    case addEvidence(EvidenceItem)
    case updateEvidence(ItemID, EvidenceItem)
    case removeEvidence(ItemID)
    /// The case's own fields (matter, client, family, grounds, court, staff, …); the lists stay.
    case updateDetails(CaseDetails)
    case close(CaseClosure)
    case reopen
    /// The whole case (the edit form, `import --update` of a JSON case); items without an id keep the id
    /// of the stored item they match.
    case replace(CaseFile)

    /// What the audit trail calls it.
    public var name: String {
        switch self {
        case .recordEvent: "record-event"
        case .updateEvent: "update-event"
        case .removeEvent: "remove-event"
        case .changeCustody: "change-custody"
        case .correctCustody: "update-custody"
        case .addEvidence: "add-evidence"
        case .updateEvidence: "update-evidence"
        case .removeEvidence: "remove-evidence"
        case .updateDetails: "update-details"
        case .close: "close-case"
        case .reopen: "reopen-case"
        case .replace: "replace-case"
        }
    }

    /// A few words for people, with no client data beyond codes and dates.
    public var summary: String? {
        switch self {
        case .recordEvent(let event), .updateEvent(_, let event): "\(event.kind.rawValue) on \(event.date.iso)"
        case .changeCustody(let period): "\(period.status.rawValue) from \(period.from.iso)"
        case .addEvidence(let item): item.category.rawValue
        case .updateEvidence(_, let item): "\(item.category.rawValue): \(item.status.rawValue)"
        case .close(let closure): "\(closure.reason.rawValue) on \(closure.date.iso)"
        case .removeEvent(let id), .removeEvidence(let id), .correctCustody(let id, _): id.rawValue
        case .updateDetails, .reopen, .replace: nil
        }
    }
}

/// A case's own fields, without its custody, timeline and evidence.
public struct CaseDetails: Hashable, Sendable {
    public var matter: String
    public var client: Client
    public var family: [FamilyMember]
    public var grounds: [Ground]
    public var track: Track?
    public var court: String?
    public var docket: Docket?
    public var judge: String?
    public var paralegal: String?
    public var attorney: String?
    public var oneYearException: OneYearException?

    public init(of file: CaseFile) {
        matter = file.matter
        client = file.client
        family = file.family
        grounds = file.grounds
        track = file.track
        court = file.court
        docket = file.docket
        judge = file.judge
        paralegal = file.paralegal
        attorney = file.attorney
        oneYearException = file.oneYearException
    }

    func apply(to file: inout CaseFile) {
        file.matter = matter
        file.client = client
        file.family = family
        file.grounds = grounds
        file.track = track
        file.court = court
        file.docket = docket
        file.judge = judge
        file.paralegal = paralegal
        file.attorney = attorney
        file.oneYearException = oneYearException
    }
}
