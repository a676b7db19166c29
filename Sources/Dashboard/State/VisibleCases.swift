import CaseDomain

/// The list as shown: the rows the filter lets through, in the current order. A view of the list's rows
/// by position, so showing, filtering and merging a change move integers, never 100,000 rows.
public struct VisibleCases: RandomAccessCollection, Hashable, Sendable {
    private let rows: RowChunks
    private let positions: [Int]

    init(rows: RowChunks = RowChunks(), positions: [Int] = []) {
        self.rows = rows
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    public subscript(index: Int) -> CaseRow { rows[positions[index]] }

    /// The same rows in the same order, however they are held (the loop compares states on every
    /// wake-up: when nothing changed the two share their storage, which is checked first).
    public static func == (lhs: VisibleCases, rhs: VisibleCases) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if sameStorage(lhs.positions, rhs.positions), lhs.rows == rhs.rows { return true }
        return lhs.elementsEqual(rhs)
    }

    /// Consistent with `==` and cheap: equal lists have equal counts and first rows.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(first)
    }

    private static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
