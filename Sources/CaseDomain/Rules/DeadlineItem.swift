/// The rules engine's vocabulary: what a rule is, and what it computes for a case.

/// Every rule of docs/rules.md, by its stable identifier.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case oneYearFiling = "one-year-filing"
    case prehearingMaster = "prehearing-master"
    case prehearingIndividual = "prehearing-individual"
    case biaAppeal = "bia-appeal"
    case pfr
    case motionReconsider = "motion-reconsider"
    case motionReopen = "motion-reopen"
    case eoir33 = "eoir-33"
    case ar11 = "ar-11"
    case voluntaryDeparture = "voluntary-departure"
    case paroleExpiry = "parole-expiry"
    case eadRenewal = "ead-renewal"
    case annualAsylumFee = "annual-asylum-fee"
    case eadFile = "ead-file"
    case eadGrant = "ead-grant"
    /// A `deadline` event: a dated task with its own title, reviewed like a rule's deadline.
    case task = "deadline"
}

/// What kind of date a rule yields.
public enum RuleKind: String, Sendable, Codable {
    /// A filing deadline: `open`, `met`, `late`, `missed` (or `lapsed` when optional).
    case deadline
    /// A reminder with a window that opens before its date.
    case reminder
    /// An eligibility date: `upcoming` or `reached`; never rolls, never overdue.
    case eligibility
}

/// How a rule counts its period.
public enum Counting: String, Sendable, Codable {
    /// Add the period; a non-business day rolls forward.
    case forward
    /// Subtract the period from the hearing; a non-business day rolls back.
    case backward
    /// The computed day stands, even on a weekend.
    case noRoll = "no-roll"
    /// Calendar days minus the days the asylum clock was stopped; never rolls.
    case clockDays = "clock-days"
}

/// A deadline's state relative to today.
public enum DeadlineState: String, Sendable, Codable, CaseIterable {
    case open, met, late, missed, lapsed, upcoming, reached

    /// Still needs doing: what the review and the "next deadline" look at.
    public var isPending: Bool { self == .open || self == .missed }
}

/// A day a deadline skipped when it rolled, and why (`Christmas Day`, `Saturday`, a closure's reason).
public struct SkippedDay: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var reason: String

    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}

/// A store-wide court closure (a day federal offices were closed), with its source.
public struct CourtClosure: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var reason: String

    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}

/// The store-wide settings that change computed dates.
public struct DeadlineSettings: Hashable, Sendable {
    /// Days before an individual hearing that filings are due on the non-detained docket.
    public var meritsFilingLeadDays: Int
    public var closures: [CourtClosure]

    public init(meritsFilingLeadDays: Int = 30, closures: [CourtClosure] = []) {
        self.meritsFilingLeadDays = meritsFilingLeadDays
        self.closures = closures
    }
}

/// One computed deadline, reminder or eligibility date of a case.
public struct DeadlineItem: Hashable, Sendable, Codable {
    public var rule: RuleID
    /// What it is, in words ("Filings due for the master calendar hearing of 2026-12-03").
    public var title: String
    /// The trigger's date (day 0).
    public var trigger: CivilDate
    /// The hearing it belongs to, for pre-hearing rules.
    public var hearing: CivilDate?
    public var due: CivilDate
    /// The date before rolling; nil when it did not move.
    public var unrolled: CivilDate?
    public var skipped: [SkippedDay]
    /// Days from today to `due`; negative when overdue.
    public var daysLeft: Int
    public var state: DeadlineState
    /// The date of the event that satisfied it.
    public var satisfiedOn: CivilDate?
    /// The first day the daily review lists it (14 days ahead for deadlines; the window for reminders).
    public var listFrom: CivilDate
    /// A date set by the court (a `court-deadline` event) replaced the rule's date.
    public var isCourtSet: Bool

    public init(rule: RuleID, title: String, trigger: CivilDate, hearing: CivilDate? = nil, due: CivilDate,
                unrolled: CivilDate? = nil, skipped: [SkippedDay] = [], daysLeft: Int, state: DeadlineState,
                satisfiedOn: CivilDate? = nil, listFrom: CivilDate, isCourtSet: Bool = false) {
        self.rule = rule
        self.title = title
        self.trigger = trigger
        self.hearing = hearing
        self.due = due
        self.unrolled = unrolled
        self.skipped = skipped
        self.daysLeft = daysLeft
        self.state = state
        self.satisfiedOn = satisfiedOn
        self.listFrom = listFrom
        self.isCourtSet = isCourtSet
    }
}

/// A stop of the EAD asylum clock: `from` inclusive, `to` exclusive; nil `to` while still stopped.
public struct ClockStop: Hashable, Sendable {
    public var from: CivilDate
    public var to: CivilDate?

    public init(from: CivilDate, to: CivilDate?) {
        self.from = from
        self.to = to
    }
}
