/// Finds the units a field-by-field merge could leave invalid, so `CaseMerge` merges them whole: every mix
/// of choices for the conflicts inside a unit is tried (at most `CaseMerge.mixLimit` of them).
enum MergeUnits {
    /// Items both sides changed whose fields, merged one by one, could make an item `CaseValidation`
    /// refuses; each with the reason.
    static func invalidItems<Item>(_ list: ItemList<Item>, _ base: CaseFile, _ mine: CaseFile,
                                   _ theirs: CaseFile) -> [FieldPath: String] {
        let inBase = list.lookup(base[keyPath: list.list]), inMine = list.lookup(mine[keyPath: list.list])
        var atomic: [FieldPath: String] = [:]
        for (segment, their) in list.keyed(theirs[keyPath: list.list]) {
            guard let original = inBase[segment], let my = inMine[segment],
                  !list.same(original, my), !list.same(original, their), !list.same(my, their) else { continue }
            if let reason = problem(mixing: list.fields, base: original, mine: my, theirs: their, check: list.problem) {
                atomic[list.path.appending(segment)] = "merged field by field the item is not valid (" + reason + ")"
            }
        }
        return atomic
    }

    /// The first problem of any mix of choices for one item's fields, or nil when every mix is valid.
    private static func problem<Item>(mixing fields: [FieldLens<Item>], base: Item, mine: Item, theirs: Item,
                                      check: (Item) -> ValidationProblem?) -> String? {
        var merged = theirs
        var conflicting: [FieldLens<Item>] = []
        for field in fields where !field.same(base, mine) && !field.same(mine, theirs) {
            if field.same(base, theirs) { field.copy(&merged, mine) } else { conflicting.append(field) }
        }
        guard conflicting.count <= CaseMerge.mixLimit else { return "\(conflicting.count) fields conflict" }
        for mask in 0..<(1 << conflicting.count) {
            var mix = merged
            for (bit, field) in conflicting.enumerated() where mask & (1 << bit) != 0 { field.copy(&mix, mine) }
            if let problem = check(mix) { return problem.description }
        }
        return nil
    }

    /// Why the custody history merged period by period could be invalid (periods overlapping, two open
    /// ones, a period ending before it starts), or nil when every mix of choices gives a valid history.
    static func custodyHistoryProblem(_ base: CaseFile, _ mine: CaseFile, _ theirs: CaseFile,
                                      atomic: [FieldPath: String]) -> String? {
        let list = CaseFields.custody
        guard !list.sameLists(base.custody, mine.custody), !list.sameLists(base.custody, theirs.custody) else {
            return nil
        }
        var first = MergeRun(base: base, mine: mine, theirs: theirs, atomic: atomic) { _ in .theirs }
        _ = first.run()
        let paths = first.conflicts.map(\.path).filter { list.path.contains($0) }
        guard paths.count <= CaseMerge.mixLimit else {
            return "merged period by period \(paths.count) values conflict"
        }
        for mask in 0..<(1 << paths.count) {
            let chosen = Set(paths.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            var run = MergeRun(base: base, mine: mine, theirs: theirs, atomic: atomic) {
                chosen.contains($0) ? .mine : .theirs
            }
            if let problem = historyProblem(run.run().custody) {
                return "merged period by period the history is not valid (" + problem + ")"
            }
        }
        return nil
    }

    private static func historyProblem(_ periods: [CustodyPeriod]) -> String? {
        for period in periods {
            if let problem = CaseValidation.custodyProblems(period, at: "").first { return problem.description }
        }
        let indexed = periods.enumerated().map { (index: $0.offset, period: $0.element) }
        return CaseValidation.custodyHistoryProblems(indexed).first?.message
    }
}
