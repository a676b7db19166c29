import CaseDomain

extension CaseRow {
    /// Days from `today` to the next deadline (negative when it has passed).
    func daysToNextDeadline(from today: CivilDate) -> Int? {
        nextDeadlineDue.map { today.days(until: $0) }
    }
}

/// What the filter and `:sort name` compare a row by: each name in its own script (case and diacritics
/// folded), the skeleton of its Latin spelling, the matter in lower case and the name the list sorts by.
/// Built for the whole list at once, on every core, the first time the filter or the name order needs them.
public struct NameKeys: Hashable, Sendable {
    var ownScript: [String]
    var skeletons: [String]
    var matter: String
    /// The skeleton of the Latin spelling when there is one, else of the name transliterated, so Иванов
    /// and Ivanov sort together.
    var sortName: String

    public init(_ row: CaseRow) {
        var cache: [Substring: (own: String, skeleton: String)] = [:]
        self.init(row, cache: &cache)
    }

    init(_ row: CaseRow, cache: inout [Substring: (own: String, skeleton: String)]) {
        ownScript = []
        skeletons = []
        for name in [row.clientName, row.latinName].compactMap({ $0 }) {
            let keys = Transliteration.searchKeys(for: name, cache: &cache)
            ownScript.append(keys[0])
            skeletons.append(keys[1])
        }
        matter = row.matter.lowercased()
        if let latin = row.latinName {
            // An ASCII spelling has no letters to transliterate: its search skeleton is its sort key.
            sortName = latin.utf8.allSatisfy { $0 < 0x80 } ? skeletons[skeletons.count - 1] : Transliteration.skeleton(latin)
        } else {
            sortName = skeletons[0]
        }
    }

    /// The keys of every row, in order.
    public static func of(_ rows: [CaseRow]) -> [NameKeys] {
        Parallel.mapChunks(count: rows.count, minimumChunk: 256) { range in
            var cache: [Substring: (own: String, skeleton: String)] = [:]
            return range.map { NameKeys(rows[$0], cache: &cache) }
        }.flatMap { $0 }
    }
}
