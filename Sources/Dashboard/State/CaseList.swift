import CaseDomain
import ScreenKit

/// The list's rows with what is derived from them (the folded names, the positions in the current
/// order, the matter column's width), kept in step when rows are replaced, changed or removed.
struct CaseList: Hashable, Sendable {
    private(set) var rows: [CaseRow] = []
    /// The folded names of `rows`, by position; built the first time the filter or the name order
    /// needs them.
    private var nameKeys: [NameKeys] = []
    /// The positions of `rows` in the order `sortedBy`: filtering keeps this order, so a keystroke in
    /// the filter never sorts.
    private var sortedPositions: [Int] = []
    private var sortedBy: CaseSort?
    /// Columns of the list's matter numbers (the widest of all cases, so filtering does not shift them).
    private(set) var matterWidth = 9


    /// Replaces every row.
    mutating func replace(with cases: [CaseRow]) {
        rows = cases
        nameKeys = []
        sortedBy = nil
        matterWidth = min(12, cases.lazy.map { DisplayWidth.of($0.matter) }.max() ?? 9)
    }

    /// The rows in `sort`'s order that `filter` lets through.
    mutating func visible(sortedBy sort: CaseSort, filter: CaseFilter) -> [CaseRow] {
        if !filter.isEmpty || sort == .name, nameKeys.count != rows.count { nameKeys = NameKeys.of(rows) }
        if sortedBy != sort || sortedPositions.count != rows.count {
            sortedPositions = CaseOrdering.order(of: rows, by: sort, keys: nameKeys)
            sortedBy = sort
        }
        let cases = rows, positions = sortedPositions
        guard !filter.isEmpty else { return positions.map { cases[$0] } }
        let keys = nameKeys
        return Parallel.mapChunks(count: positions.count, minimumChunk: 4096) { range in
            range.lazy.map { positions[$0] }.filter { filter.matches(cases[$0], keys: keys[$0]) }.map { cases[$0] }
        }.flatMap { $0 }
    }

    /// Puts each changed row in place of the row it replaces (new ones at the end), drops the removed
    /// ones, and moves only the changed rows within the current order: the rest keep their places, their
    /// folded names and their order, so a change costs a pass over the list, not a sort of it.
    mutating func merge(changed: [CaseRow], removed: Set<CaseID>) {
        var incoming = Dictionary(changed.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let hasKeys = nameKeys.count == rows.count
        var merged: [CaseRow] = [], keys: [NameKeys] = [], newPosition = [Int](repeating: -1, count: rows.count)
        merged.reserveCapacity(rows.count + incoming.count)
        var moved: [Int] = []
        for (position, row) in rows.enumerated() where !removed.contains(row.id) {
            newPosition[position] = merged.count
            let updated = incoming.removeValue(forKey: row.id) ?? row
            if updated != row { moved.append(merged.count) }
            merged.append(updated)
            if hasKeys { keys.append(updated == row ? nameKeys[position] : NameKeys(updated)) }
        }
        for row in incoming.values.sorted(by: { $0.id < $1.id }) {
            moved.append(merged.count)
            merged.append(row)
            if hasKeys { keys.append(NameKeys(row)) }
        }
        let widest = moved.lazy.map { DisplayWidth.of(merged[$0].matter) }.max() ?? 0
        matterWidth = min(12, max(matterWidth, widest))
        let order = sortedBy.flatMap { sort in
            sortedPositions.count == rows.count ? reorder(merged, keys: keys, sort: sort, newPosition, moved) : nil
        }
        rows = merged
        nameKeys = keys
        if let order { sortedPositions = order } else { sortedBy = nil }
    }

    /// The old order with removed and moved rows taken out, then each moved row inserted where it
    /// belongs (a binary search); nil when so many moved that sorting afresh is as quick.
    private func reorder(_ merged: [CaseRow], keys: [NameKeys], sort: CaseSort, _ newPosition: [Int],
                         _ moved: [Int]) -> [Int]? {
        guard moved.count <= max(16, merged.count / 16), sort != .name || keys.count == merged.count else { return nil }
        let isMoved = Set(moved)
        var order = sortedPositions.compactMap { old -> Int? in
            let new = newPosition[old]
            return new < 0 || isMoved.contains(new) ? nil : new
        }
        for position in moved {
            var low = 0, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if CaseOrdering.precedes(order[middle], position, in: merged, by: sort, keys: keys) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            order.insert(position, at: low)
        }
        return order
    }
}
