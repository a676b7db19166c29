/// Computes the deadlines, reminders and eligibility dates of docs/rules.md for a case.
public struct DeadlineEngine: Sendable {
    public let settings: DeadlineSettings
    /// Business days under the settings' court closures.
    public let calendar: BusinessCalendar

    public init(settings: DeadlineSettings = DeadlineSettings()) {
        self.settings = settings
        calendar = BusinessCalendar(closures: settings.closures)
    }

    /// Every item the rules derive from the case's timeline and custody, sorted by due date, then rule.
    /// A closed case keeps its history (met, late, missed) but yields nothing still open or upcoming.
    public func items(for file: CaseFile, today: CivilDate) -> [DeadlineItem] {
        let deadlines = CaseDeadlines(engine: self, file: file, today: today)
        var items = deadlines.arrivalItems() + deadlines.hearingItems() + deadlines.decisionItems()
            + deadlines.addressItems() + deadlines.custodyItems() + deadlines.reminderItems()
            + deadlines.clockItems() + deadlines.taskItems()
        if !file.isOpen {
            items.removeAll { $0.state == .open || $0.state == .upcoming }
        }
        return items.sorted(by: DeadlineItem.dueOrder)
    }

    /// The scheduled hearings (today or later) on the detained docket that have no `court-deadline` yet:
    /// the court sets their filing date, so the pre-hearing rules yield no item for them.
    public func awaitingCourtDates(for file: CaseFile, today: CivilDate) -> [CourtSetFilingDate] {
        guard file.isOpen else { return [] }
        return CaseDeadlines(engine: self, file: file, today: today).awaitingCourtDates()
    }
}

/// A hearing whose filing date the court sets (detained docket) and has not set yet: the timeline says
/// "court sets filing date" until a `court-deadline` for the hearing is recorded.
public struct CourtSetFilingDate: Hashable, Sendable {
    /// `prehearing-master` or `prehearing-individual`.
    public var rule: RuleID
    /// The hearing's date.
    public var hearing: CivilDate
    /// "Court sets filing date for the individual hearing of 2026-12-03".
    public var title: String

    public init(rule: RuleID, hearing: CivilDate, title: String) {
        self.rule = rule
        self.hearing = hearing
        self.title = title
    }
}

extension DeadlineItem {
    /// The rule as data: title, citation, attorney note.
    public var ruleInfo: DeadlineRule { RuleCatalog.rule(rule) }

    /// The rule's citation, shown with every computed date.
    public var citation: String { ruleInfo.citation }

    /// The rule's note for the supervising attorney.
    public var attorneyNote: String { ruleInfo.attorneyNote }

    /// The one order of deadlines everywhere (the engine, the digest and the case list's next deadline,
    /// the review, the timeline, the CSV's next deadline, the calendar): due date, then the rule's place in
    /// the catalogue (docs/rules.md), then hearing, trigger and title, so that the order is total and stable.
    public static func dueOrder(_ a: DeadlineItem, _ b: DeadlineItem) -> Bool {
        if a.due != b.due { return a.due < b.due }
        if a.rule != b.rule { return a.rule.catalogOrder < b.rule.catalogOrder }
        if a.hearing != b.hearing { return (a.hearing?.dayNumber ?? Int.min) < (b.hearing?.dayNumber ?? Int.min) }
        if a.trigger != b.trigger { return a.trigger < b.trigger }
        return a.title < b.title
    }
}

extension RuleID {
    /// The rule's position in `RuleCatalog.all` (the task rule last): how same-day deadlines are ordered.
    public var catalogOrder: Int { RuleID.orders[self] ?? RuleCatalog.all.count }

    private static let orders: [RuleID: Int] = Dictionary(RuleCatalog.all.enumerated().map { ($1.id, $0) }) { first, _ in first }
}
