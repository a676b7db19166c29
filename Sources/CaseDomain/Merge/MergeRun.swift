/// One pass of the three-way merge: walks every field and item, takes the side that changed, and for a
/// value both sides changed differently records a conflict and takes `decide`'s side. `CaseMerge` runs
/// it with "theirs" for the merged case and with the person's choices for the resolved one, so the two
/// always agree on what conflicts.
struct MergeRun {
    let base: CaseFile
    let mine: CaseFile
    let theirs: CaseFile
    /// Units (an item, or the whole custody history) merged whole rather than field by field, because
    /// merging them field by field could give a value the case may not store.
    let atomic: [FieldPath: String]
    let decide: (FieldPath) -> MergeChoice
    private(set) var conflicts: [MergeConflict] = []

    init(base: CaseFile, mine: CaseFile, theirs: CaseFile, atomic: [FieldPath: String],
         decide: @escaping (FieldPath) -> MergeChoice) {
        self.base = base
        self.mine = mine
        self.theirs = theirs
        self.atomic = atomic
        self.decide = decide
    }

    mutating func run() -> CaseFile {
        var result = theirs
        for field in CaseFields.caseFields {
            merge(field, base: base, mine: mine, into: &result, at: FieldPath([]), labelPrefix: "")
        }
        result.family = merge(CaseFields.family)
        result.custody = merge(CaseFields.custody)
        result.events = merge(CaseFields.events)
        result.evidence = merge(CaseFields.evidence)
        return result
    }

    /// One field: `result` holds theirs; mine's value replaces it when only mine changed it, or when both
    /// changed it differently and the choice is mine.
    private mutating func merge<Root>(_ field: FieldLens<Root>, base: Root, mine: Root, into result: inout Root,
                                      at path: FieldPath, labelPrefix: String) {
        let theirs = result
        guard !field.same(base, mine), !field.same(mine, theirs) else { return }
        if field.same(base, theirs) {
            field.copy(&result, mine)
            return
        }
        let fieldPath = field.path(under: path)
        conflicts.append(MergeConflict(path: fieldPath, label: labelPrefix + field.label, base: field.render(base),
                                       mine: field.render(mine), theirs: field.render(theirs)))
        if decide(fieldPath) == .mine { field.copy(&result, mine) }
    }

    private mutating func merge<Item>(_ list: ItemList<Item>) -> [Item] {
        let base = self.base[keyPath: list.list], mine = self.mine[keyPath: list.list]
        let theirs = self.theirs[keyPath: list.list]
        if let reason = atomic[list.path] {
            return mergeWhole(list, base: base, mine: mine, theirs: theirs, reason: reason)
        }
        let inBase = list.lookup(base), inMine = list.lookup(mine), inTheirs = list.lookup(theirs)
        var result: [Item] = []
        for (segment, their) in list.keyed(theirs) {
            let path = list.path.appending(segment)
            switch (inBase[segment], inMine[segment]) {
            case (nil, nil):
                result.append(their)
            case (nil, let my?):
                // Both added an item under one name: both are kept, mine as a new item (a new id on save).
                result.append(their)
                if !list.same(my, their) { result.append(list.clearingID(my)) }
            case (let original?, nil):
                // Mine removed it: gone, unless they changed it meanwhile.
                if list.same(original, their) { continue }
                conflicts.append(MergeConflict(path: path, label: list.label(their), base: list.summary(original),
                                               mine: nil, theirs: list.summary(their)))
                if decide(path) == .theirs { result.append(their) }
            case (let original?, let my?):
                var merged = their
                if let reason = atomic[path] {
                    if !list.same(original, my), !list.same(my, their) {
                        if list.same(original, their) {
                            merged = my
                        } else {
                            conflicts.append(MergeConflict(path: path, label: list.label(their),
                                                           base: list.summary(original), mine: list.summary(my),
                                                           theirs: list.summary(their), reason: reason))
                            if decide(path) == .mine { merged = my }
                        }
                    }
                } else {
                    for field in list.fields {
                        merge(field, base: original, mine: my, into: &merged, at: path,
                              labelPrefix: list.label(their) + ": ")
                    }
                }
                result.append(merged)
            }
        }
        for (segment, my) in list.keyed(mine) where inTheirs[segment] == nil {
            guard let original = inBase[segment] else {
                result.append(my)  // only mine added it
                continue
            }
            // They removed it: gone, unless mine changed it meanwhile.
            if list.same(original, my) { continue }
            let path = list.path.appending(segment)
            conflicts.append(MergeConflict(path: path, label: list.label(my), base: list.summary(original),
                                           mine: list.summary(my), theirs: nil))
            if decide(path) == .mine { result.append(my) }
        }
        return result
    }

    /// A whole list as one value (the custody history when merging it period by period would not be valid).
    private mutating func mergeWhole<Item>(_ list: ItemList<Item>, base: [Item], mine: [Item], theirs: [Item],
                                           reason: String) -> [Item] {
        if list.sameLists(base, mine) || list.sameLists(mine, theirs) { return theirs }
        if list.sameLists(base, theirs) { return mine }
        conflicts.append(MergeConflict(path: list.path, label: list.title,
                                       base: list.render(base), mine: list.render(mine), theirs: list.render(theirs),
                                       reason: reason))
        return decide(list.path) == .mine ? mine : theirs
    }
}
