import CaseDomain

/// The conflict screen: the fields both you and someone else changed to different values since the form
/// opened (`CaseMerge`), what each of you has and what it was before, and the choice made for each.
/// Nothing is saved until every field has its choice.
struct ConflictState: Hashable, Sendable {
    /// The merge: what only one side changed is merged; `conflicts` wait for a choice.
    var result: CaseMergeResult
    var choices: [FieldPath: MergeChoice] = [:]
    var selected = 0
    /// The case as they saved it, and its version: the resolved case is saved over that version.
    var theirs: CaseFile
    var version: Int

    init(result: CaseMergeResult, theirs: CaseFile, version: Int) {
        self.result = result
        self.theirs = theirs
        self.version = version
    }

    var conflicts: [MergeConflict] { result.conflicts }

    var isComplete: Bool { conflicts.allSatisfy { choices[$0.path] != nil } }

    /// The choice for the selected field.
    mutating func choose(_ choice: MergeChoice) {
        guard conflicts.indices.contains(selected) else { return }
        choices[conflicts[selected].path] = choice
    }
}
