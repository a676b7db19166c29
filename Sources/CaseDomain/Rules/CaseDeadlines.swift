/// The rules applied to one case on one day: the engine's working state for `items(for:today:)`.
struct CaseDeadlines {
    let engine: DeadlineEngine
    let file: CaseFile
    let today: CivilDate
    /// The timeline in docs/formats.md's order, so "first" and "latest" follow dates.
    let events: [TimelineEvent]

    init(engine: DeadlineEngine, file: CaseFile, today: CivilDate) {
        self.engine = engine
        self.file = file
        self.today = today
        events = file.events.chronological
    }

    /// The first event of one of `kinds` dated on or after `date`.
    func first(_ kinds: [EventKind], onOrAfter date: CivilDate) -> TimelineEvent? {
        events.first { kinds.contains($0.kind) && $0.date >= date }
    }

    /// The events of one kind, in date order.
    func all(_ kind: EventKind) -> [TimelineEvent] { events.filter { $0.kind == kind } }

    /// Builds an item, with its state, days left and listing date.
    func item(_ rule: RuleID, title: String? = nil, trigger: CivilDate, hearing: CivilDate? = nil,
              _ reckoning: Reckoning, satisfiedOn: CivilDate?, listFrom: CivilDate? = nil,
              isCourtSet: Bool = false) -> DeadlineItem {
        let definition = RuleCatalog.rule(rule)
        let due = reckoning.due
        let defaultListFrom = switch definition.kind {
        case .deadline, .reminder: due.adding(days: -14)
        case .eligibility: due
        }
        return DeadlineItem(
            rule: rule, title: title ?? definition.title, trigger: trigger, hearing: hearing, due: due,
            unrolled: reckoning.unrolled, skipped: reckoning.skipped, daysLeft: today.days(until: due),
            state: Self.state(of: definition, due: due, satisfiedOn: satisfiedOn, today: today),
            satisfiedOn: satisfiedOn, listFrom: listFrom ?? defaultListFrom, isCourtSet: isCourtSet)
    }

    /// docs/rules.md's states: met or late once satisfied; open until due; then missed, or lapsed when
    /// optional. Eligibility dates are only upcoming or reached.
    static func state(of rule: DeadlineRule, due: CivilDate, satisfiedOn: CivilDate?,
                      today: CivilDate) -> DeadlineState {
        switch rule.kind {
        case .eligibility:
            return today >= due ? .reached : .upcoming
        case .deadline, .reminder:
            if let satisfiedOn { return satisfiedOn <= due ? .met : .late }
            if today <= due { return .open }
            return rule.isOptional ? .lapsed : .missed
        }
    }
}
