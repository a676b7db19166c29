/// One difference between two versions of a case, for the history view: where, what people call it, and
/// the value before and after as short strings (nil: no value, or no such item).
public struct FieldChange: Hashable, Sendable, CustomStringConvertible {
    public var path: FieldPath
    /// "Client name", "Evidence “Birth certificate”: status", "Event “Master calendar hearing” of 2026-12-03".
    public var label: String
    public var old: String?
    public var new: String?

    public init(path: FieldPath, label: String, old: String?, new: String?) {
        self.path = path
        self.label = label
        self.old = old
        self.new = new
    }

    public var description: String {
        "\(path): \(old ?? "(none)") → \(new ?? "(none)")"
    }
}

/// What changed between two versions of a case, field by field and item by item (items matched by their
/// stable ids, family members by position). A nil version is no case: `changes(from: nil, to: file)` lists
/// every field the new case has and each of its items as added; `changes(from: file, to: nil)` a deletion.
public enum CaseDiff {
    public static func changes(from old: CaseFile?, to new: CaseFile?) -> [FieldChange] {
        var changes: [FieldChange] = []
        for field in CaseFields.caseFields {
            let before = old.flatMap(field.render), after = new.flatMap(field.render)
            let differs: Bool
            if let old, let new { differs = !field.same(old, new) } else { differs = before != after }
            guard differs else { continue }
            changes.append(FieldChange(path: field.path(under: FieldPath([])), label: field.label,
                                       old: before, new: after))
        }
        changes += listChanges(CaseFields.family, old, new)
        changes += listChanges(CaseFields.custody, old, new)
        changes += listChanges(CaseFields.events, old, new)
        changes += listChanges(CaseFields.evidence, old, new)
        return changes
    }

    private static func listChanges<Item>(_ list: ItemList<Item>, _ old: CaseFile?, _ new: CaseFile?) -> [FieldChange] {
        let before = old.map { list.keyed($0[keyPath: list.list]) } ?? []
        let after = new.map { list.keyed($0[keyPath: list.list]) } ?? []
        let afterBySegment = list.lookup(after.map(\.item))
        let beforeSegments = Set(before.map(\.segment))
        var changes: [FieldChange] = []
        for (segment, item) in before {
            let path = list.path.appending(segment)
            guard let now = afterBySegment[segment] else {
                changes.append(FieldChange(path: path, label: list.label(item), old: list.summary(item), new: nil))
                continue
            }
            for field in list.fields where !field.same(item, now) {
                changes.append(FieldChange(path: field.path(under: path), label: list.label(now) + ": " + field.label,
                                           old: field.render(item), new: field.render(now)))
            }
        }
        for (segment, item) in after where !beforeSegments.contains(segment) {
            changes.append(FieldChange(path: list.path.appending(segment), label: list.label(item),
                                       old: nil, new: list.summary(item)))
        }
        return changes
    }
}
