import CaseDomain

/// The list's rows, held in chunks of 1,024. The run loop keeps the state it last drew to compare with
/// the next, so the rows are always shared when a change arrives: in one flat array, replacing a row
/// copied all 100,000 of them (each with its strings' reference counts) and the old copy was freed after
/// the next frame, a quarter of a second per save at 100,000 cases. Here a replaced row copies its chunk
/// and the table of chunks, and two states compare chunk by chunk, sharing all but the changed one.
struct RowChunks: RandomAccessCollection, Hashable, Sendable {
    private static let shift = 10
    private static let chunkSize = 1 << shift
    private var chunks: [[CaseRow]] = []
    private var total = 0

    init() {}

    init(_ rows: some Collection<CaseRow>) {
        var chunk: [CaseRow] = []
        chunk.reserveCapacity(Self.chunkSize)
        for row in rows {
            chunk.append(row)
            if chunk.count == Self.chunkSize {
                chunks.append(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        total = rows.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { total }

    subscript(position: Int) -> CaseRow {
        get { chunks[position >> Self.shift][position & (Self.chunkSize - 1)] }
        set { chunks[position >> Self.shift][position & (Self.chunkSize - 1)] = newValue }
    }

    mutating func append(_ row: CaseRow) {
        if total & (Self.chunkSize - 1) == 0 {
            chunks.append([row])
        } else {
            chunks[chunks.count - 1].append(row)
        }
        total += 1
    }

    /// Equal rows in the same order; chunks shared by both sides are equal without a look at their rows.
    static func == (lhs: RowChunks, rhs: RowChunks) -> Bool {
        guard lhs.total == rhs.total else { return false }
        return zip(lhs.chunks, rhs.chunks).allSatisfy { a, b in sameStorage(a, b) || a == b }
    }

    /// Consistent with `==` and cheap: equal lists have equal counts and first rows.
    func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        hasher.combine(first)
    }

    private static func sameStorage(_ a: [CaseRow], _ b: [CaseRow]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
