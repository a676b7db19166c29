import CaseDomain

/// The case list's orders.
enum CaseOrdering {
    /// The positions of `cases` in `sort`'s order; `.name` reads each row's `NameKeys.sortName`.
    static func order(of cases: [CaseRow], by sort: CaseSort, keys: [NameKeys]) -> [Int] {
        cases.indices.sorted { precedes($0, $1, in: cases, by: sort, keys: keys) }
    }

    /// Whether the row at `i` comes before the row at `j` in `sort`'s order (ties by matter, so the
    /// order is total and a row re-placed after a change lands where a full sort would put it).
    static func precedes(_ i: Int, _ j: Int, in cases: [CaseRow], by sort: CaseSort, keys: [NameKeys]) -> Bool {
        let (a, b) = (cases[i], cases[j])
        switch sort {
        case .nextDeadline:
            switch (a.nextDeadlineDue, b.nextDeadlineDue) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return a.matter < b.matter
            }
        case .name:
            return keys[i].sortName != keys[j].sortName ? keys[i].sortName < keys[j].sortName : a.matter < b.matter
        case .matter:
            return a.matter < b.matter
        }
    }
}
