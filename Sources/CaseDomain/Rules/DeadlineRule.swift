/// A rule of docs/rules.md as data: everything `casedesk rules` prints and every computed item cites.
public struct DeadlineRule: Hashable, Sendable {
    public var id: RuleID
    public var title: String
    public var kind: RuleKind
    /// Optional rules (motions) become `lapsed`, not `missed`.
    public var isOptional: Bool
    /// What starts the clock, in words.
    public var trigger: String
    /// The period, in words ("30 days", "1 year").
    public var period: String
    public var counting: Counting
    /// What satisfies it, in words.
    public var satisfiedBy: String
    public var citation: String
    /// The note for the supervising attorney.
    public var attorneyNote: String

    public init(id: RuleID, title: String, kind: RuleKind, isOptional: Bool, trigger: String, period: String,
                counting: Counting, satisfiedBy: String, citation: String, attorneyNote: String) {
        self.id = id
        self.title = title
        self.kind = kind
        self.isOptional = isOptional
        self.trigger = trigger
        self.period = period
        self.counting = counting
        self.satisfiedBy = satisfiedBy
        self.citation = citation
        self.attorneyNote = attorneyNote
    }
}
