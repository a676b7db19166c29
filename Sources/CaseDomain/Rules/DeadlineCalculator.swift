/// The answer of `casedesk deadline RULE DATE`: one rule applied to one trigger date.
public struct DeadlineCalculation: Hashable, Sendable {
    public var rule: RuleID
    /// The DATE given: the trigger, or the hearing for backward rules, or the expiry for reminders.
    public var trigger: CivilDate
    public var due: CivilDate
    /// The date before rolling; nil when it did not move.
    public var unrolled: CivilDate?
    public var skipped: [SkippedDay]
    public var citation: String

    public init(rule: RuleID, trigger: CivilDate, due: CivilDate, unrolled: CivilDate?, skipped: [SkippedDay],
                citation: String) {
        self.rule = rule
        self.trigger = trigger
        self.due = due
        self.unrolled = unrolled
        self.skipped = skipped
        self.citation = citation
    }
}

/// Why the calculator cannot answer a request.
public enum DeadlineRequestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `voluntary-departure` needs the days the judge granted.
    case missingDays(RuleID)
    /// `--days` is only for `voluntary-departure`.
    case unexpectedDays(RuleID)
    /// Voluntary departure is granted for 1 to 120 days (INA 240B).
    case daysOutOfRange(Int)
    /// The outcome does not start this rule (a granted decision is not appealed).
    case outcomeDoesNotTrigger(RuleID, Outcome)
    /// The rule is not started by a decision, so it takes no outcome.
    case unexpectedOutcome(RuleID, Outcome)
    /// Clock stops apply to the EAD clock rules only.
    case unexpectedStops(RuleID)
    /// A stop that resumes before it starts.
    case stopEndsBeforeStart(ClockStop)

    public var description: String {
        switch self {
        case .missingDays(let rule):
            return "\(rule.rawValue) needs --days N: the number of days of voluntary departure granted"
        case .unexpectedDays(let rule):
            return "--days applies only to voluntary-departure, not to \(rule.rawValue)"
        case .daysOutOfRange(let days):
            return "--days \(days) is out of range: voluntary departure is granted for 1 to 120 days"
        case .outcomeDoesNotTrigger(let rule, let outcome):
            let starters = Outcome.allCases.filter(rule.isTriggered(by:)).map(\.rawValue).joined(separator: ", ")
            return "a decision with outcome \(outcome.rawValue) does not start \(rule.rawValue) "
                + "(it is started by: \(starters))"
        case .unexpectedOutcome(let rule, let outcome):
            return "\(rule.rawValue) is not started by a decision: --outcome \(outcome.rawValue) does not apply"
        case .unexpectedStops(let rule):
            return "--stop applies only to ead-file and ead-grant, not to \(rule.rawValue)"
        case .stopEndsBeforeStart(let stop):
            return "the clock stop \(stop.from.iso):\(stop.to?.iso ?? "") resumes before it stops"
        }
    }
}

extension DeadlineEngine {
    /// Applies one rule to a date, as `casedesk deadline RULE DATE` does. For backward rules `trigger`
    /// is the hearing's date; for `parole-expiry` and `ead-renewal` the expiry; for `annual-asylum-fee`
    /// the I-589's filing date (the answer is the next anniversary due on or after today); for the
    /// task rule the task's date. The settings' closures apply.
    public func calculate(rule: RuleID, trigger: CivilDate, days: Int?, outcome: Outcome?, stops: [ClockStop],
                          today: CivilDate) throws(DeadlineRequestError) -> DeadlineCalculation {
        try validate(rule: rule, days: days, outcome: outcome, stops: stops)
        let reckoning: Reckoning
        switch rule {
        case .oneYearFiling: reckoning = oneYear(arrival: trigger)
        case .prehearingMaster, .prehearingIndividual: reckoning = prehearing(rule, hearing: trigger)
        case .biaAppeal, .pfr, .motionReconsider: reckoning = thirtyDays(after: trigger)
        case .motionReopen: reckoning = motionReopen(decision: trigger, outcome: outcome)
        case .eoir33: reckoning = eoir33(change: trigger)
        case .ar11: reckoning = ar11(change: trigger)
        case .voluntaryDeparture:
            guard let days else { throw .missingDays(rule) }
            reckoning = voluntaryDeparture(granted: trigger, days: days)
        case .paroleExpiry, .eadRenewal, .task: reckoning = .fixed(trigger)
        case .annualAsylumFee:
            let next = feeAnniversaries(filed: trigger, through: today).last ?? trigger.adding(years: 1)
            reckoning = .fixed(next)
        case .eadFile, .eadGrant: reckoning = eadClock(rule, filed: trigger, stops: stops, today: today)
        }
        return DeadlineCalculation(rule: rule, trigger: trigger, due: reckoning.due, unrolled: reckoning.unrolled,
                                   skipped: reckoning.skipped, citation: RuleCatalog.rule(rule).citation)
    }

    private func validate(rule: RuleID, days: Int?, outcome: Outcome?,
                          stops: [ClockStop]) throws(DeadlineRequestError) {
        if let days {
            guard rule == .voluntaryDeparture else { throw .unexpectedDays(rule) }
            guard (1...120).contains(days) else { throw .daysOutOfRange(days) }
        } else if rule == .voluntaryDeparture {
            throw .missingDays(rule)
        }
        if let outcome {
            guard rule.takesOutcome else { throw .unexpectedOutcome(rule, outcome) }
            guard rule.isTriggered(by: outcome) else { throw .outcomeDoesNotTrigger(rule, outcome) }
        }
        if !stops.isEmpty, rule != .eadFile, rule != .eadGrant { throw .unexpectedStops(rule) }
        if let stop = stops.first(where: { stop in stop.to.map { $0 < stop.from } ?? false }) {
            throw .stopEndsBeforeStart(stop)
        }
    }
}
