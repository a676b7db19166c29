import CaseDomain
import ScreenKit

/// The list's rows with what is derived from them (the positions in the current order, where each case is, the matter column's width), kept in step when rows are replaced, changed
/// or removed.
struct CaseList: Hashable, Sendable {
    private(set) var rows = RowChunks()
    /// The positions of `rows` in the order `sortedBy`: filtering keeps this order, so a keystroke in
    /// the filter never sorts.
    private var sortedPositions: [Int] = []
    private var sortedBy: CaseSort?
    /// Where each case is in `rows`, built when the rows are replaced (before any change is merged, so
    /// the first save after a load does not pay for 100,000 insertions), and the cases added since: a
    /// merge adding a case then never copies the large index an older state still shares.
    private var positionOfID: [CaseID: Int] = [:]
    private var positionOfAdded: [CaseID: Int] = [:]
    /// Columns of the list's matter numbers (the widest of all cases, so filtering does not shift them).
    private(set) var matterWidth = 9

    /// Replaces every row.
    mutating func replace(with cases: [CaseRow]) {
        rows = RowChunks(cases)
        sortedBy = nil
        indexPositions()
        matterWidth = min(12, cases.lazy.map { DisplayWidth.of($0.matter) }.max() ?? 9)
    }

    /// The same rows, order and widths: the position indexes are derived from the rows, so they are left out.
    static func == (lhs: CaseList, rhs: CaseList) -> Bool {
        lhs.rows == rhs.rows && lhs.sortedPositions == rhs.sortedPositions && lhs.sortedBy == rhs.sortedBy
            && lhs.matterWidth == rhs.matterWidth
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        hasher.combine(sortedBy)
    }

    private mutating func indexPositions() {
        var index = [CaseID: Int](minimumCapacity: rows.count)
        // Backwards, so a case listed twice is found at its first place.
        for position in rows.indices.reversed() { index[rows[position].id] = position }
        positionOfID = index
        positionOfAdded = [:]
    }

    private func position(of id: CaseID) -> Int? { positionOfID[id] ?? positionOfAdded[id] }

    /// The rows in `sort`'s order that `filter` lets through.
    mutating func visible(sortedBy sort: CaseSort, filter: CaseFilter) -> VisibleCases {
        if sortedBy != sort || sortedPositions.count != rows.count {
            sortedPositions = CaseOrdering.order(of: rows, by: sort)
            sortedBy = sort
        }
        let cases = rows, positions = sortedPositions
        guard !filter.isEmpty else { return VisibleCases(rows: cases, positions: positions) }
        let shown = Parallel.mapChunks(count: positions.count, minimumChunk: 4096) { range in
            range.lazy.map { positions[$0] }.filter { filter.matches(cases[$0]) }
        }.flatMap { $0 }
        return VisibleCases(rows: cases, positions: shown)
    }

    /// Puts each changed row in the place of the row it replaces (new ones at the end) and drops the
    /// removed ones; only the changed rows move within the current order, each by a binary search. The
    /// rest keep their places, and their order: a change costs a few lookups and a
    /// pass over integers, not a sort or a copy of the list.
    mutating func merge(changed: [CaseRow], removed: Set<CaseID>) {
        let hasOrder = sortedBy != nil && sortedPositions.count == rows.count
        var moved: [Int] = [], isMoved = Set<Int>()
        for row in changed {
            if let position = position(of: row.id) {
                guard rows[position] != row else { continue }
                rows[position] = row
                if isMoved.insert(position).inserted { moved.append(position) }
            } else {
                positionOfAdded[row.id] = rows.count
                isMoved.insert(rows.count)
                moved.append(rows.count)
                rows.append(row)
            }
        }
        let gone = Set(removed.compactMap { position(of: $0) })
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
    /// (old positions) to the new positions, and the id index to the rows that are left.
    private mutating func compact(dropping gone: Set<Int>, moved: [Int], order: inout [Int]) -> [Int] {
        var newPosition = [Int](repeating: -1, count: rows.count)
        var kept = 0
        for position in rows.indices where !gone.contains(position) {
            newPosition[position] = kept
            kept += 1
        }
        let rows = self.rows
        self.rows = RowChunks(rows.indices.lazy.filter { newPosition[$0] >= 0 }.map { rows[$0] })
        indexPositions()
        order = order.compactMap { newPosition[$0] >= 0 ? newPosition[$0] : nil }
        return moved.compactMap { newPosition[$0] >= 0 ? newPosition[$0] : nil }
    }

    /// `order` with the `moved` rows taken out and each put back where it belongs; nil when so many
    /// moved that sorting afresh is as quick.
    private func reorder(_ order: [Int], moving moved: [Int], sort: CaseSort) -> [Int]? {
        guard moved.count <= max(16, rows.count / 16) else { return nil }
        var placed = order
        if moved.count <= 8 {
            // A save or two: a scan of integers per row, no hashing of 100,000 positions.
            for position in moved { if let index = placed.firstIndex(of: position) { placed.remove(at: index) } }
        } else {
            let isMoved = Set(moved)
            placed.removeAll { isMoved.contains($0) }
        }
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
