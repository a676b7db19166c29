import CaseDomain

/// The case list's orders.
enum CaseOrdering {
    static func sorted(_ cases: [CaseRow], by sort: CaseSort) -> [CaseRow] {
        switch sort {
        case .next:
            return cases.sorted { a, b in
                switch (a.nextDeadlineDue, b.nextDeadlineDue) {
                case let (x?, y?) where x != y: return x < y
                case (.some, .none): return true
                case (.none, .some): return false
                default: return a.matter < b.matter
                }
            }
        case .name:
            // One key per case, not one per comparison: transliterating is the expensive part.
            let keyed = cases.map { (key: nameKey($0), row: $0) }
            return keyed.sorted { a, b in
                a.key != b.key ? a.key < b.key : a.row.matter < b.row.matter
            }.map(\.row)
        case .matter:
            return cases.sorted { $0.matter < $1.matter }
        }
    }

    /// Sorts by the Latin spelling when there is one, so Иванов and Ivanov sort together.
    private static func nameKey(_ row: CaseRow) -> String {
        Transliteration.skeleton(row.latinName ?? Transliteration.latin(row.clientName))
    }
}
