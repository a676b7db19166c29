/// A computed date before it becomes an item: the due date, and where it came from when it rolled.
struct Reckoning: Hashable, Sendable {
    var due: CivilDate
    /// The date before rolling; nil when it did not move.
    var unrolled: CivilDate?
    var skipped: [SkippedDay]

    /// A date that stands as computed.
    static func fixed(_ date: CivilDate) -> Reckoning { Reckoning(due: date, unrolled: nil, skipped: []) }
}

/// The counting of each rule (docs/rules.md), shared by the case items and the calculator.
extension DeadlineEngine {
    /// The first anniversary of the annual asylum fee that can fall due (H.R. 1, 2025).
    static let annualFeeStart = CivilDate(year: 2025, month: 7, day: 4) ?? CivilDate(dayNumber: 20_273)

    func forward(_ date: CivilDate) -> Reckoning {
        let rolled = calendar.rollForward(date)
        return Reckoning(due: rolled.date, unrolled: rolled.moved ? date : nil, skipped: rolled.skipped)
    }

    func backward(_ date: CivilDate) -> Reckoning {
        let rolled = calendar.rollBack(date)
        return Reckoning(due: rolled.date, unrolled: rolled.moved ? date : nil, skipped: rolled.skipped)
    }

    /// Days before the hearing for a pre-hearing rule.
    func leadDays(for rule: RuleID) -> Int {
        rule == .prehearingIndividual ? settings.meritsFilingLeadDays : 15
    }

    func oneYear(arrival: CivilDate) -> Reckoning { forward(arrival.adding(years: 1)) }

    func prehearing(_ rule: RuleID, hearing: CivilDate) -> Reckoning {
        backward(hearing.adding(days: -leadDays(for: rule)))
    }

    func thirtyDays(after decision: CivilDate) -> Reckoning { forward(decision.adding(days: 30)) }

    func motionReopen(decision: CivilDate, outcome: Outcome?) -> Reckoning {
        forward(decision.adding(days: outcome == .inAbsentia ? 180 : 90))
    }

    /// "Within five days" against "five working days": the earlier of the two.
    func eoir33(change: CivilDate) -> Reckoning {
        let calendarDays = forward(change.adding(days: 5))
        let workingDays = calendar.adding(workingDays: 5, to: change)
        return workingDays < calendarDays.due ? .fixed(workingDays) : calendarDays
    }

    func ar11(change: CivilDate) -> Reckoning { .fixed(change.adding(days: 10)) }

    func voluntaryDeparture(granted: CivilDate, days: Int) -> Reckoning { forward(granted.adding(days: days)) }

    func clockDays(for rule: RuleID) -> Int { rule == .eadGrant ? 180 : 150 }

    func eadClock(_ rule: RuleID, filed: CivilDate, stops: [ClockStop], today: CivilDate) -> Reckoning {
        .fixed(AsylumClock.date(reaching: clockDays(for: rule), from: filed, stops: stops, today: today))
    }

    /// The fee's anniversaries of `filed`, from 2025-07-04, up to and including the first on or after
    /// `through` (the next one due).
    func feeAnniversaries(filed: CivilDate, through: CivilDate) -> [CivilDate] {
        var result: [CivilDate] = []
        // Bounded so that a date typed centuries off cannot spin; no case is pending that long.
        for years in 1...500 {
            let anniversary = filed.adding(years: years)
            guard anniversary >= Self.annualFeeStart else { continue }
            result.append(anniversary)
            if anniversary >= through { break }
        }
        return result
    }
}
