import CaseDomain

/// The case list's orders.
enum CaseOrdering {
    /// The positions of `cases` in `sort`'s order; `.name` reads each row's `NameKeys.sortName`.
    static func order(of cases: [CaseRow], by sort: CaseSort, keys: [NameKeys]) -> [Int] {
        switch sort {
        case .nextDeadline:
            return cases.indices.sorted { i, j in
                let (a, b) = (cases[i], cases[j])
                switch (a.nextDeadlineDue, b.nextDeadlineDue) {
                case let (x?, y?) where x != y: return x < y
                case (.some, .none): return true
                case (.none, .some): return false
                default: return a.matter < b.matter
                }
            }
        case .name:
            return cases.indices.sorted { i, j in
                keys[i].sortName != keys[j].sortName ? keys[i].sortName < keys[j].sortName : cases[i].matter < cases[j].matter
            }
        case .matter:
            return cases.indices.sorted { cases[$0].matter < cases[$1].matter }
        }
    }
}
