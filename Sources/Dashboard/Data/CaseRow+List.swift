import CaseDomain

extension CaseRow {
    /// Days from `today` to the next deadline (negative when it has passed).
    func daysToNextDeadline(from today: CivilDate) -> Int? {
        nextDeadlineDue.map { today.days(until: $0) }
    }
}

/// The folded forms of a row's names the filter compares with: each name in its own script (case and
/// diacritics folded) and the skeleton of its Latin spelling. Built once per list, on first use.
public struct NameKeys: Hashable, Sendable {
    var ownScript: [String]
    var skeletons: [String]

    public init(_ row: CaseRow) {
        ownScript = []
        skeletons = []
        for name in [row.clientName, row.latinName].compactMap({ $0 }) {
            let keys = Transliteration.searchKeys(for: name)
            ownScript.append(keys[0])
            skeletons.append(keys[1])
        }
    }
}
