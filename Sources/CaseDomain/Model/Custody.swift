/// One period of a client's custody history. The current status is the period with no end.
public struct CustodyPeriod: Hashable, Sendable {
    /// Stable within its case (`docs/formats.md`, Stable ids); nil until the store gives it one.
    public var id: ItemID?
    public var status: CustodyStatus
    public var from: CivilDate
    /// Exclusive end; nil for the current period.
    public var to: CivilDate?
    public var place: String?
    public var authority: String?
    public var bondEligible: Bool?
    /// Whole US dollars.
    public var bondAmount: Int?
    public var obligor: String?
    public var paroleExpiry: CivilDate?
    public var conditions: String?
    public var atd: AlternativeToDetention?
    public var nextCheckIn: CivilDate?
    public var sponsor: Sponsor?
    public var notes: String?

    public init(status: CustodyStatus, from: CivilDate, to: CivilDate? = nil, place: String? = nil,
                authority: String? = nil, bondEligible: Bool? = nil, bondAmount: Int? = nil,
                obligor: String? = nil, paroleExpiry: CivilDate? = nil, conditions: String? = nil,
                atd: AlternativeToDetention? = nil, nextCheckIn: CivilDate? = nil, sponsor: Sponsor? = nil,
                notes: String? = nil, id: ItemID? = nil) {
        self.id = id
        self.status = status
        self.from = from
        self.to = to
        self.place = place
        self.authority = authority
        self.bondEligible = bondEligible
        self.bondAmount = bondAmount
        self.obligor = obligor
        self.paroleExpiry = paroleExpiry
        self.conditions = conditions
        self.atd = atd
        self.nextCheckIn = nextCheckIn
        self.sponsor = sponsor
        self.notes = notes
    }

    /// Days of this period that count as detained on `today`: from ≤ d < to, or from ≤ d ≤ today when open.
    public func daysDetained(asOf today: CivilDate) -> Int {
        guard status.isDetention else { return 0 }
        let end = to ?? today.adding(days: 1)
        return max(0, from.days(until: min(end, today.adding(days: 1))))
    }
}

extension Array where Element == CustodyPeriod {
    /// The period without an end, if any.
    public var current: CustodyPeriod? { last(where: { $0.to == nil }) }

    /// docs/domain.md's days detained: every date in a detention period, open periods up to today.
    public func daysDetained(asOf today: CivilDate) -> Int {
        reduce(0) { $0 + $1.daysDetained(asOf: today) }
    }

    /// Sorted by `from`, as the export and the pane show them.
    public var chronological: [CustodyPeriod] { sorted { $0.from < $1.from } }
}
