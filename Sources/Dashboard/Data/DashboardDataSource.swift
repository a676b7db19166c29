import CaseDomain

/// What the dashboard needs from a store. The executable implements it on the real store; tests and
/// trials use an in-memory one. Calls are made from the run loop, one at a time.
public protocol DashboardDataSource {
    /// The store's name for the header (`firm store`, `demo`).
    var storeName: String { get }
    /// Whether the store was opened read-only (the header shows RO; mutating keys are refused).
    var isReadOnly: Bool { get }
    /// Every case of the list, as light rows (the selected case is loaded whole with `loadCase`).
    func caseRows() throws -> [CaseRow]
    /// The first `count` rows by next deadline, drawn while the whole list loads (a big store).
    func firstCaseRows(_ count: Int) throws -> [CaseRow]
    /// One whole case; nil when it no longer exists.
    func loadCase(matter: String) throws -> CaseFile?
    /// The computed deadlines of a case, with the store's settings (lead days, closures).
    func deadlines(for file: CaseFile, today: CivilDate) -> [DeadlineItem]
    /// A rule's data (title, citation, attorney note), for explaining a deadline.
    func rule(_ id: RuleID) -> DeadlineRule?
    /// Whether another process committed since the last call (polled once a second).
    func hasExternalChanges() -> Bool
    /// Today's review progress for a user.
    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress?
}

extension DashboardDataSource {
    /// Sources that load quickly need no first page: the whole list, cut.
    public func firstCaseRows(_ count: Int) throws -> [CaseRow] {
        Array(try caseRows().prefix(count))
    }

    /// Loads a case with everything the detail panes show.
    public func caseDetail(matter: String, today: CivilDate) throws -> CaseDetail? {
        guard let file = try loadCase(matter: matter) else { return nil }
        let items = deadlines(for: file, today: today)
        var rules: [RuleID: DeadlineRule] = [:]
        for item in items where rules[item.rule] == nil { rules[item.rule] = rule(item.rule) }
        return CaseDetail(file: file, deadlines: items, rules: rules)
    }
}
