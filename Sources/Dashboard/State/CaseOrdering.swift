import CaseDomain

/// The case list's orders.
enum CaseOrdering {
    static func sorted(_ cases: [CaseSummary], by sort: CaseSort) -> [CaseSummary] {
        switch sort {
        case .next:
            return cases.sorted { a, b in
                switch (a.digest.nextDeadline?.due, b.digest.nextDeadline?.due) {
                case let (x?, y?) where x != y: return x < y
                case (.some, .none): return true
                case (.none, .some): return false
                default: return a.matter < b.matter
                }
            }
        case .name:
            return cases.sorted { a, b in
                let x = nameKey(a), y = nameKey(b)
                return x != y ? x < y : a.matter < b.matter
            }
        case .matter:
            return cases.sorted { $0.matter < $1.matter }
        }
    }

    /// Sorts by the Latin spelling when there is one, so Иванов and Ivanov sort together.
    private static func nameKey(_ summary: CaseSummary) -> String {
        Transliteration.skeleton(summary.latinName ?? Transliteration.latin(summary.clientName))
    }
}
