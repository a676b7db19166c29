/// Which side a person keeps for a conflicting value.
public enum MergeChoice: String, Hashable, Sendable, CaseIterable {
    /// What this person typed.
    case mine
    /// What the other person saved.
    case theirs
}

/// A value both sides changed to different things: what it was, what each side made it (nil: no value,
/// or the item removed).
public struct MergeConflict: Hashable, Sendable, CustomStringConvertible {
    public var path: FieldPath
    public var label: String
    public var base: String?
    public var mine: String?
    public var theirs: String?
    /// Why a whole item or list conflicts rather than single fields (merged field by field it would not be
    /// valid); nil for a plain field or item conflict.
    public var reason: String?

    public init(path: FieldPath, label: String, base: String?, mine: String?, theirs: String?, reason: String? = nil) {
        self.path = path
        self.label = label
        self.base = base
        self.mine = mine
        self.theirs = theirs
        self.reason = reason
    }

    public var description: String {
        "\(path): before \(base ?? "(none)"), mine \(mine ?? "(none)"), theirs \(theirs ?? "(none)")"
    }
}

/// The outcome of a three-way merge: the merged case (theirs where they conflict), the conflicts, and the
/// case with a person's choices applied.
public struct CaseMergeResult: Hashable, Sendable {
    public let merged: CaseFile
    public let conflicts: [MergeConflict]
    /// What `CaseValidation` finds wrong with `merged`; empty whenever both sides were valid.
    public let problems: [ValidationProblem]
    let base: CaseFile
    let mine: CaseFile
    let theirs: CaseFile
    let atomic: [FieldPath: String]

    /// The case with `choices` taken for the conflicts they name; an unnamed conflict keeps theirs. Any
    /// choice passes `CaseValidation` when both sides did (units where a mix could not are conflicts whole).
    public func resolved(_ choices: [FieldPath: MergeChoice]) -> CaseFile {
        var run = MergeRun(base: base, mine: mine, theirs: theirs, atomic: atomic) { choices[$0] ?? .theirs }
        return run.run()
    }
}

/// The three-way merge of a save that meets a newer version (docs/domain.md, Editing at the same time):
/// field by field and item by item, items matched by their stable ids (family members, and items without
/// an id, by position). A value only one side changed follows that side; both sides making the same
/// change is no conflict; an item only one side added or removed follows that side, an item both added is
/// kept twice, and an item one side removed while the other edited it is a conflict. Where merging single
/// fields could give a case that may not be stored (an event's kind from one side and its outcome from the
/// other, two open custody periods), the item or the custody history conflicts whole.
public enum CaseMerge {
    /// The most conflicts inside one item or the custody history whose every mix of choices is checked;
    /// beyond it the unit conflicts whole.
    static let mixLimit = 6

    public static func merge(base: CaseFile, mine: CaseFile, theirs: CaseFile) -> CaseMergeResult {
        var atomic: [FieldPath: String] = [:]
        atomic.merge(MergeUnits.invalidItems(CaseFields.custody, base, mine, theirs)) { first, _ in first }
        atomic.merge(MergeUnits.invalidItems(CaseFields.events, base, mine, theirs)) { first, _ in first }
        atomic.merge(MergeUnits.invalidItems(CaseFields.evidence, base, mine, theirs)) { first, _ in first }
        if let reason = MergeUnits.custodyHistoryProblem(base, mine, theirs, atomic: atomic) {
            atomic[CaseFields.custody.path] = reason
        }
        var run = MergeRun(base: base, mine: mine, theirs: theirs, atomic: atomic) { _ in .theirs }
        let merged = run.run()
        return CaseMergeResult(merged: merged, conflicts: run.conflicts.sorted { $0.path < $1.path },
                               problems: CaseValidation.problems(in: merged), base: base, mine: mine,
                               theirs: theirs, atomic: atomic)
    }
}
