/// One event on a case's timeline.
public struct TimelineEvent: Hashable, Sendable {
    /// Stable within its case (`docs/formats.md`, Stable ids); nil until the store gives it one.
    public var id: ItemID?
    public var kind: EventKind
    public var date: CivilDate
    public var time: TimeOfDay?
    public var place: String?
    public var title: String?
    public var notes: String?
    public var outcome: Outcome?
    /// The period of a `vd-granted` event.
    public var days: Int?
    /// The hearing a `court-deadline` or `filing` belongs to (the hearing's date).
    public var hearing: CivilDate?
    /// A hearing's status; nil means `scheduled`.
    public var status: HearingStatus?
    /// The expiry of an `ead-granted` card.
    public var expires: CivilDate?
    /// Login of who recorded it.
    public var recordedBy: String?
    /// The order in which events were recorded (ties in the export's event order).
    public var sequence: Int

    public init(kind: EventKind, date: CivilDate, time: TimeOfDay? = nil, place: String? = nil,
                title: String? = nil, notes: String? = nil, outcome: Outcome? = nil, days: Int? = nil,
                hearing: CivilDate? = nil, status: HearingStatus? = nil, expires: CivilDate? = nil,
                recordedBy: String? = nil, sequence: Int = 0, id: ItemID? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.time = time
        self.place = place
        self.title = title
        self.notes = notes
        self.outcome = outcome
        self.days = days
        self.hearing = hearing
        self.status = status
        self.expires = expires
        self.recordedBy = recordedBy
        self.sequence = sequence
    }

    /// The hearing's status with the default applied (`scheduled`).
    public var hearingStatus: HearingStatus { status ?? .scheduled }

    /// A hearing or interview that is still on the calendar.
    public var isScheduledAppointment: Bool { kind.isAppointment && hearingStatus == .scheduled }
}

extension Array where Element == TimelineEvent {
    /// docs/formats.md's event order: date, then time (none first), then kind, then recording order.
    public var chronological: [TimelineEvent] { sorted(by: TimelineEvent.exportOrder) }
}

extension TimelineEvent {
    /// docs/formats.md's event order: date, then time (none first), then kind, then recording order.
    public static func exportOrder(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.time != b.time {
            guard let at = a.time else { return true }
            guard let bt = b.time else { return false }
            return at < bt
        }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        return a.sequence < b.sequence
    }
}
