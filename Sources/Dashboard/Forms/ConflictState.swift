import CaseDomain

/// The conflict screen: the fields both you and someone else changed to different values since the form
/// opened, what each of you has and what it was before, and the choice made for each. Nothing is
/// saved until every field has its choice.
struct ConflictState: Hashable, Sendable {
    /// One field both sides changed.
    struct Row: Hashable, Sendable {
        var label: String
        var before: String?
        var yours: String?
        var theirs: String?
    }

    enum Side: Hashable, Sendable { case yours, theirs }

    var rows: [Row]
    var choices: [Int: Side] = [:]
    var selected = 0
    /// The case as they saved it, and its version: the resolved case is saved over that version.
    var theirs: CaseFile
    var version: Int

    var isComplete: Bool { rows.indices.allSatisfy { choices[$0] != nil } }
}
