/// How ids are given (`docs/formats.md`, Stable ids): deterministic for cases from a `casedesk/1` file or
/// the generator, so the same file always gets the same ids; from the case's version for items an edit
/// adds, so an id is never handed out twice.
public enum CaseIdentity {
    /// The id of a case from a `casedesk/1` file or the generator: `c` + 24 hex digits of a 96-bit FNV-1a
    /// hash of `case:` + its matter; `attempt` 2, 3, … appends `-2`, `-3` when the store already holds it.
    public static func derivedCaseID(matter: String, attempt: Int = 1) -> CaseID {
        let base = "c" + hex96(of: Array(("case:" + matter).utf8))
        return CaseID(unchecked: attempt <= 1 ? base : base + "-" + String(attempt))
    }

    /// A new case made in casedesk: 96 random bits.
    public static func randomCaseID() -> CaseID {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = UInt32(truncatingIfNeeded: generator.next() as UInt64)
        return CaseID(unchecked: "c" + hex(high, digits: 16) + hex(UInt64(low), digits: 8))
    }

    /// Ids by canonical position (`e1`, `p1`, `d1`, 1-based) for the items that have none: how a
    /// `casedesk/1` case or a generated one gets its items' ids. An id already in use is skipped.
    public static func assigningPositionIDs(_ file: CaseFile) -> CaseFile {
        var copy = file.canonical
        copy.custody = assign(copy.custody, inOrder: Array(copy.custody.indices), letter: "p")
        copy.events = assign(copy.events, inOrder: Array(copy.events.indices), letter: "e")
        copy.evidence = assign(copy.evidence, inOrder: Array(copy.evidence.indices), letter: "d")
        return copy
    }

    /// Ids for the items an edit added (those without one): letter + the version the edit creates + `-` +
    /// a count within the edit (`e7-1`). Versions only increase, so such an id is never given twice.
    public static func assigningEditIDs(_ file: CaseFile, version: Int) -> CaseFile {
        var copy = file
        copy.events = assign(copy.events, letter: "e") { "\(version)-\($0)" }
        copy.custody = assign(copy.custody, letter: "p") { "\(version)-\($0)" }
        copy.evidence = assign(copy.evidence, letter: "d") { "\(version)-\($0)" }
        return copy
    }

    /// Gives the items of `new` that have no id the id of the stored item they match (an event of the same
    /// kind and date, a custody period of the same status and start, an evidence item of the same category
    /// and title), each stored id at most once: `import --update` of a file without ids keeps them.
    public static func adoptingIDs(of stored: CaseFile, into new: CaseFile) -> CaseFile {
        var copy = new
        if copy.id == nil { copy.id = stored.id }
        copy.events = adopt(copy.events, from: stored.events) { $0.kind == $1.kind && $0.date == $1.date }
        copy.custody = adopt(copy.custody, from: stored.custody) { $0.status == $1.status && $0.from == $1.from }
        copy.evidence = adopt(copy.evidence, from: stored.evidence) { $0.category == $1.category && $0.title == $1.title }
        return copy
    }

    /// The case with every missing id filled in as a `casedesk/1` file's would be (the case's from its matter,
    /// the items' by canonical position), the lists kept in their order: how a case not from a store is
    /// written, so every written file carries ids.
    public static func identified(_ file: CaseFile) -> CaseFile {
        var copy = file
        if copy.id == nil { copy.id = derivedCaseID(matter: file.matter) }
        let positions = file.canonicalPositions
        copy.custody = assign(copy.custody, inOrder: positions.custody, letter: "p")
        copy.events = assign(copy.events, inOrder: positions.events, letter: "e")
        copy.evidence = assign(copy.evidence, inOrder: positions.evidence, letter: "d")
        return copy
    }

    // MARK: Helpers

    /// Position ids (`e1`, `e2`, …) for the items without one, counted along `order` (positions into `items`).
    private static func assign<Item: Identified>(_ items: [Item], inOrder order: [Int], letter: String) -> [Item] {
        var copy = items
        var used = Set(items.compactMap(\.id))
        var count = 0
        for position in order where copy[position].id == nil {
            var candidate: ItemID
            repeat {
                count += 1
                candidate = ItemID(unchecked: letter + String(count))
            } while used.contains(candidate)
            used.insert(candidate)
            copy[position].id = candidate
        }
        return copy
    }

    private static func assign<Item: Identified>(_ items: [Item], letter: String,
                                                 suffix: (Int) -> String) -> [Item] {
        var used = Set(items.compactMap(\.id))
        var count = 0
        return items.map { item in
            guard item.id == nil else { return item }
            var copy = item
            var candidate: ItemID
            repeat {
                count += 1
                candidate = ItemID(unchecked: letter + suffix(count))
            } while used.contains(candidate)
            used.insert(candidate)
            copy.id = candidate
            return copy
        }
    }

    private static func adopt<Item: Identified>(_ items: [Item], from stored: [Item],
                                                matches: (Item, Item) -> Bool) -> [Item] {
        var taken = Set(items.compactMap(\.id))
        return items.map { item in
            guard item.id == nil,
                  let match = stored.first(where: { candidate in
                      guard let id = candidate.id, !taken.contains(id) else { return false }
                      return matches(item, candidate)
                  }) else { return item }
            var copy = item
            copy.id = match.id
            if let id = match.id { taken.insert(id) }
            return copy
        }
    }

    private static func hex96(of bytes: [UInt8]) -> String {
        // Two FNV-1a passes with different offset bases: 64 + 32 bits.
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hex(first, digits: 16) + hex(second >> 32, digits: 8)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

/// An item of a case that carries an `ItemID`.
public protocol Identified {
    var id: ItemID? { get set }
}

extension TimelineEvent: Identified {}
extension CustodyPeriod: Identified {}
extension EvidenceItem: Identified {}

extension Array where Element: Identified {
    /// The position of the item with `id`.
    public func index(of id: ItemID) -> Int? { firstIndex(where: { $0.id == id }) }
}
