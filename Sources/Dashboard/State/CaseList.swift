import CaseDomain
import ScreenKit

/// The list's rows with what is derived from them (the positions in the current order, where each case is, the matter column's width), kept in step when rows are replaced, changed
/// or removed.
struct CaseList: Hashable, Sendable {
    private(set) var rows: [CaseRow] = []
    /// The positions of `rows` in the order `sortedBy`: filtering keeps this order, so a keystroke in
    /// the filter never sorts.
    private var sortedPositions: [Int] = []
    private var sortedBy: CaseSort?
    /// Where each case is in `rows`; built the first time a change is merged.
    private var positionOfID: [CaseID: Int] = [:]
    /// Columns of the list's matter numbers (the widest of all cases, so filtering does not shift them).
    private(set) var matterWidth = 9

    /// Replaces every row.
    mutating func replace(with cases: [CaseRow]) {
        rows = cases
        sortedBy = nil
        positionOfID = [:]
        matterWidth = min(12, cases.lazy.map { DisplayWidth.of($0.matter) }.max() ?? 9)
    }

    /// The rows in `sort`'s order that `filter` lets through.
    mutating func visible(sortedBy sort: CaseSort, filter: CaseFilter) -> VisibleCases {
        if sortedBy != sort || sortedPositions.count != rows.count {
            sortedPositions = CaseOrdering.order(of: rows, by: sort)
            sortedBy = sort
        }
        let cases = rows, positions = sortedPositions
        guard !filter.isEmpty else { return VisibleCases(rows: cases, positions: positions) }
        let shown = Parallel.mapChunks(count: positions.count, minimumChunk: 4096) { range in
            range.lazy.map { positions[$0] }.filter { filter.matches(searchKeys: cases[$0].searchKeys,
                                                                   aNumber: cases[$0].aNumber) }
        }.flatMap { $0 }
        return VisibleCases(rows: cases, positions: shown)
    }

    /// Puts each changed row in the place of the row it replaces (new ones at the end) and drops the
    /// removed ones; only the changed rows move within the current order, each by a binary search. The
    /// rest keep their places, and their order: a change costs a few lookups and a
    /// pass over integers, not a sort or a copy of the list.
    mutating func merge(changed: [CaseRow], removed: Set<CaseID>) {
        if positionOfID.count != rows.count {
            positionOfID = Dictionary(rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let hasOrder = sortedBy != nil && sortedPositions.count == rows.count
        var moved: [Int] = [], isMoved = Set<Int>()
        for row in changed {
            if let position = positionOfID[row.id] {
                guard rows[position] != row else { continue }
                rows[position] = row
                if isMoved.insert(position).inserted { moved.append(position) }
            } else {
                positionOfID[row.id] = rows.count
                isMoved.insert(rows.count)
                moved.append(rows.count)
                rows.append(row)
            }
        }
        let gone = Set(removed.compactMap { positionOfID[$0] })
        var order = hasOrder ? sortedPositions : []
        if !gone.isEmpty { moved = compact(dropping: gone, moved: moved, order: &order) }
        let widest = moved.map { DisplayWidth.of(rows[$0].matter) }.max() ?? 0
        matterWidth = min(12, max(matterWidth, widest))
        guard hasOrder, let sort = sortedBy, let placed = reorder(order, moving: moved, sort: sort) else {
            sortedBy = nil
            return
        }
        sortedPositions = placed
    }

    /// Drops the rows at `gone`, shifting the positions after them; returns `moved` and updates `order`
    /// (old positions) to the new positions. The id index is rebuilt the next time it is needed.
    private mutating func compact(dropping gone: Set<Int>, moved: [Int], order: inout [Int]) -> [Int] {
        var newPosition = [Int](repeating: -1, count: rows.count)
        var kept = 0
        for position in rows.indices where !gone.contains(position) {
            newPosition[position] = kept
            kept += 1
        }
        rows = rows.indices.filter { newPosition[$0] >= 0 }.map { rows[$0] }
        positionOfID = [:]
        order = order.compactMap { newPosition[$0] >= 0 ? newPosition[$0] : nil }
        return moved.compactMap { newPosition[$0] >= 0 ? newPosition[$0] : nil }
    }

    /// `order` with the `moved` rows taken out and each put back where it belongs; nil when so many
    /// moved that sorting afresh is as quick.
    private func reorder(_ order: [Int], moving moved: [Int], sort: CaseSort) -> [Int]? {
        guard moved.count <= max(16, rows.count / 16) else { return nil }
        let isMoved = Set(moved)
        var placed = isMoved.isEmpty ? order : order.filter { !isMoved.contains($0) }
        for position in moved {
            var low = 0, high = placed.count
            while low < high {
                let middle = (low + high) / 2
                if CaseOrdering.precedes(placed[middle], position, in: rows, by: sort) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            placed.insert(position, at: low)
        }
        return placed
    }
}
