/// Computes the deadlines, reminders and eligibility dates of RULES.md for a case.
public struct DeadlineEngine: Sendable {
    public let settings: DeadlineSettings

    public init(settings: DeadlineSettings = DeadlineSettings()) {
        self.settings = settings
    }

    /// Every item the rules derive from the case's timeline and custody, in due-date order.
    public func items(for file: CaseFile, today: CivilDate) -> [DeadlineItem] {
        []
    }
}
