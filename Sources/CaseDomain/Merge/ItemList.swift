/// One list of a case (family, custody, events, evidence) as diffs and merges see it: its fields, how its
/// items are matched across versions, and how an item reads for people.
struct ItemList<Item> {
    /// The JSON key of the list (`events`).
    let key: String
    /// What people call the whole list ("Custody history").
    let title: String
    let list: WritableKeyPath<CaseFile, [Item]>
    let fields: [FieldLens<Item>]
    /// A few words for a whole item added or removed (`master-hearing on 2026-12-03`).
    let summary: (Item) -> String
    /// How a label names the item (`Evidence “Birth certificate”`).
    let label: (Item) -> String
    /// The first thing `CaseValidation` finds wrong with the item on its own, or nil.
    let problem: (Item) -> ValidationProblem?
    let id: (Item) -> ItemID?
    let clearingID: (Item) -> Item

    var path: FieldPath { FieldPath(keys: key) }

    /// The segment naming each item: its id, or (without one) its position among the id-less items of
    /// the list, so that a form's new items line up with nothing in the stored versions.
    func segments(of items: [Item]) -> [FieldPath.Segment] {
        var idless = 0
        return items.map { item in
            if let id = id(item) { return .item(id) }
            defer { idless += 1 }
            return .position(idless)
        }
    }

    /// The items by their segment; a repeated segment (an id used twice, which validation refuses) keeps
    /// the first.
    func keyed(_ items: [Item]) -> [(segment: FieldPath.Segment, item: Item)] {
        Array(zip(segments(of: items), items)).map { (segment: $0.0, item: $0.1) }
    }

    func lookup(_ items: [Item]) -> [FieldPath.Segment: Item] {
        Dictionary(keyed(items).map { ($0.segment, $0.item) }, uniquingKeysWith: { first, _ in first })
    }

    func same(_ a: Item, _ b: Item) -> Bool { fields.allSame(a, b) }

    func sameLists(_ a: [Item], _ b: [Item]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { same($0, $1) } && segments(of: a) == segments(of: b)
    }

    func render(_ items: [Item]) -> String? {
        items.isEmpty ? nil : items.map(summary).joined(separator: "; ")
    }
}

extension ItemList where Item: Identified {
    /// A list whose items carry stable ids.
    init(key: String, title: String, list: WritableKeyPath<CaseFile, [Item]>, fields: [FieldLens<Item>],
         summary: @escaping (Item) -> String, label: @escaping (Item) -> String,
         problem: @escaping (Item) -> ValidationProblem?) {
        self.init(key: key, title: title, list: list, fields: fields, summary: summary, label: label, problem: problem,
                  id: { $0.id },
                  clearingID: { item in
                      var copy = item
                      copy.id = nil
                      return copy
                  })
    }
}

extension ItemList where Item == FamilyMember {
    /// Family members have no ids: they are matched by position.
    init(key: String, title: String, list: WritableKeyPath<CaseFile, [Item]>, fields: [FieldLens<Item>],
         summary: @escaping (Item) -> String, label: @escaping (Item) -> String,
         problem: @escaping (Item) -> ValidationProblem?) {
        self.init(key: key, title: title, list: list, fields: fields, summary: summary, label: label, problem: problem,
                  id: { _ in nil }, clearingID: { $0 })
    }
}
