/// A scheduled hearing or interview, as the list, the review and the kiosk need it.
public struct Appointment: Hashable, Sendable, Codable {
    public var kind: EventKind
    public var date: CivilDate
    public var time: TimeOfDay?

    public init(kind: EventKind, date: CivilDate, time: TimeOfDay?) {
        self.kind = kind
        self.date = date
        self.time = time
    }
}

/// The facts of one case that the case list, the daily review and the kiosk need, computed for a date.
///
/// The store keeps a digest per case, refreshed in the same transaction as every change to the case, so
/// those screens never load whole cases. A digest computed for `computedFor` stays true for any date up to
/// `validThrough`: states and days left are re-derived from the date, and nothing that could add or remove
/// an item happens before then.
public struct CaseDigest: Hashable, Sendable, Codable {
    public var computedFor: CivilDate
    public var validThrough: CivilDate
    /// Deadlines and reminders still to do (`open` or `missed`; eligibility dates never are), in
    /// `DeadlineItem.dueOrder` (a digest stored before that order was the only one may hold same-day items
    /// by rule id until it is refreshed).
    public var pendingDeadlines: [DeadlineItem]
    /// Scheduled hearings and interviews dated `computedFor` or later, by date.
    public var upcomingAppointments: [Appointment]
    public var custodyStatus: CustodyStatus?
    /// The start of the current detention period, when detained.
    public var detainedSince: CivilDate?
    /// Days detained in closed periods (the open period is added from `detainedSince`).
    public var closedDetentionDays: Int
    public var nextCheckIn: CivilDate?
    public var evidenceTotal: Int
    public var evidenceComplete: Int
    public var evidenceUntranslated: Int

    public init(file: CaseFile, today: CivilDate, engine: DeadlineEngine) {
        self = Self.computed(file: file, today: today, engine: engine).digest
    }

    /// The digest of `file` for `today`, and the facts that let it be carried to later dates without the
    /// case (`rolled(to:basis:)`).
    public static func computed(file: CaseFile, today: CivilDate,
                                engine: DeadlineEngine) -> (digest: CaseDigest, basis: DigestBasis) {
        let items = file.isOpen ? engine.items(for: file, today: today) : []
        let digest = CaseDigest(file: file, today: today, items: items)
        return (digest, DigestBasis(file: file, today: today, items: items))
    }

    private init(file: CaseFile, today: CivilDate, items: [DeadlineItem]) {
        computedFor = today
        // The engine's items are in `DeadlineItem.dueOrder` already, and filtering keeps it.
        pendingDeadlines = items.filter { $0.state.isPending }
        upcomingAppointments = file.isOpen ? file.events
            .filter { $0.isScheduledAppointment && $0.date >= today }
            .map { Appointment(kind: $0.kind, date: $0.date, time: $0.time) }
            .sorted { ($0.date, $0.time?.minutes ?? -1) < ($1.date, $1.time?.minutes ?? -1) } : []
        let current = file.currentCustody
        custodyStatus = current?.status
        detainedSince = current.flatMap { $0.status.isDetention ? $0.from : nil }
        closedDetentionDays = file.custody.filter { $0.to != nil }.daysDetained(asOf: today)
        nextCheckIn = current?.nextCheckIn
        evidenceTotal = file.evidence.count
        evidenceComplete = file.evidence.completeCount
        evidenceUntranslated = file.evidence.filter(\.isAwaitingTranslation).count
        validThrough = CaseDigest.validity(from: today, dues: items.map(\.due), appointments: upcomingAppointments)
    }

    /// A digest from its parts (the store's compact form).
    public init(computedFor: CivilDate, validThrough: CivilDate, pendingDeadlines: [DeadlineItem],
                upcomingAppointments: [Appointment], custodyStatus: CustodyStatus?, detainedSince: CivilDate?,
                closedDetentionDays: Int, nextCheckIn: CivilDate?, evidenceTotal: Int, evidenceComplete: Int,
                evidenceUntranslated: Int) {
        self.computedFor = computedFor
        self.validThrough = validThrough
        self.pendingDeadlines = pendingDeadlines
        self.upcomingAppointments = upcomingAppointments
        self.custodyStatus = custodyStatus
        self.detainedSince = detainedSince
        self.closedDetentionDays = closedDetentionDays
        self.nextCheckIn = nextCheckIn
        self.evidenceTotal = evidenceTotal
        self.evidenceComplete = evidenceComplete
        self.evidenceUntranslated = evidenceUntranslated
    }

    /// The last date this digest holds for: the day before anything date-driven could change the items.
    static func validity(from today: CivilDate, dues: [CivilDate], appointments: [Appointment]) -> CivilDate {
        // Hearings stop triggering pre-hearing rules once past; eligibility dates and reminders change state;
        // recomputing at least monthly keeps yearly rules (the annual fee) and clocks honest.
        var limit = today.adding(days: 30)
        if let next = appointments.first { limit = min(limit, next.date) }
        for due in dues where due >= today { limit = min(limit, due) }
        return max(today, limit)
    }

    /// Whether this digest may be used for `date`.
    public func isValid(on date: CivilDate) -> Bool { computedFor <= date && date <= validThrough }

    // MARK: Scalars the store indexes

    /// The earliest pending deadline: the case list's "next deadline".
    public var nextDeadline: DeadlineItem? { pendingDeadlines.min(by: DeadlineItem.dueOrder) }

    /// The first day the review lists any pending deadline.
    public var reviewListFrom: CivilDate? { pendingDeadlines.map(\.listFrom).min() }

    public var nextAppointment: Appointment? { upcomingAppointments.first }

    public var nextIndividualHearing: CivilDate? {
        upcomingAppointments.first { $0.kind == .individualHearing }?.date
    }

    public var isDetained: Bool { detainedSince != nil }

    /// Some evidence is neither filed nor unavailable, or awaits a certified translation.
    public var hasEvidenceWork: Bool { evidenceComplete < evidenceTotal || evidenceUntranslated > 0 }

    /// Days detained as of `date` (docs/domain.md).
    public func daysDetained(on date: CivilDate) -> Int {
        guard let since = detainedSince else { return closedDetentionDays }
        return closedDetentionDays + max(0, since.days(until: date) + 1)
    }
}
