/// A closed case: when and why.
public struct CaseClosure: Hashable, Sendable {
    public var date: CivilDate
    public var reason: ClosedReason

    public init(date: CivilDate, reason: ClosedReason) {
        self.date = date
        self.reason = reason
    }
}

/// Everything a case holds, as `docs/formats.md`'s JSON describes it. Identity is the stable `id`; the
/// matter number is the firm's name for the case and may change.
public struct CaseFile: Hashable, Sendable {
    /// Nil until the store gives the case one (`docs/formats.md`, Stable ids).
    public var id: CaseID?
    /// The firm's file number, unique, at most 32 characters.
    public var matter: String
    public var client: Client
    public var family: [FamilyMember]
    public var grounds: [Ground]
    public var track: Track?
    public var court: String?
    public var docket: Docket?
    public var judge: String?
    /// Login of the assigned paralegal.
    public var paralegal: String?
    /// Login of the supervising attorney.
    public var attorney: String?
    public var oneYearException: OneYearException?
    public var closed: CaseClosure?
    public var custody: [CustodyPeriod]
    public var events: [TimelineEvent]
    public var evidence: [EvidenceItem]

    public init(matter: String, client: Client, family: [FamilyMember] = [], grounds: [Ground] = [],
                track: Track? = nil, court: String? = nil, docket: Docket? = nil, judge: String? = nil,
                paralegal: String? = nil, attorney: String? = nil, oneYearException: OneYearException? = nil,
                closed: CaseClosure? = nil, custody: [CustodyPeriod] = [], events: [TimelineEvent] = [],
                evidence: [EvidenceItem] = [], id: CaseID? = nil) {
        self.id = id
        self.matter = matter
        self.client = client
        self.family = family
        self.grounds = grounds
        self.track = track
        self.court = court
        self.docket = docket
        self.judge = judge
        self.paralegal = paralegal
        self.attorney = attorney
        self.oneYearException = oneYearException
        self.closed = closed
        self.custody = custody
        self.events = events
        self.evidence = evidence
    }

    public var isOpen: Bool { closed == nil }

    /// The current custody period, if any.
    public var currentCustody: CustodyPeriod? { custody.current }

    /// Every A-number the case holds: the client's, then the family members' in their order.
    public var aNumbers: [ANumber] { ([client.aNumber] + family.map(\.aNumber)).compactMap { $0 } }
}

extension CaseFile {
    /// The case in the order the store and the export keep it: custody by start, events in docs/formats.md's
    /// order numbered from 0 in that order, evidence in `EvidenceItem.checklistOrder`.
    public var canonical: CaseFile {
        let positions = canonicalPositions
        var copy = self
        copy.custody = positions.custody.map { custody[$0] }
        copy.events = positions.events.enumerated().map { index, position in
            var renumbered = events[position]
            renumbered.sequence = index
            return renumbered
        }
        copy.evidence = positions.evidence.map { evidence[$0] }
        return copy
    }

    /// Where each list's items stand in the canonical order: `custody[positions.custody[0]]` comes first.
    /// Items that tie keep their given order.
    public var canonicalPositions: (custody: [Int], events: [Int], evidence: [Int]) {
        func stable<Item>(_ items: [Item], _ less: (Item, Item) -> Bool) -> [Int] {
            items.indices.sorted { a, b in
                if less(items[a], items[b]) { return true }
                if less(items[b], items[a]) { return false }
                return a < b
            }
        }
        return (stable(custody) { $0.from < $1.from }, stable(events, TimelineEvent.exportOrder),
                stable(evidence, EvidenceItem.checklistOrder))
    }
}
