import CaseDomain
import Foundation
import GRDB

/// Reads the review query's rows into `ReviewCase`s. A firm-wide review reads tens of thousands of rows, so
/// each column is read straight from the statement (no row copies), and the digests are decoded on other
/// cores a batch at a time while SQLite goes on stepping (on `WorkerThreads`: Dispatch's pool, once used,
/// wakes the process every second, and the dashboard counts the review at every change).
struct ReviewCandidateReader {
    let summaries: SummaryReader

    /// Rows handed to a decoding thread at a time.
    static let batchSize = 2048

    /// The columns `read` expects, by position.
    static let columns = """
        id, matter, client_name, latin_name, paralegal, is_open, last_change_date, digest, \
        digest_computed_for, digest_valid_through, digest_generation, uid, attorney, digest_rolls_through, digest_later_dues
        """

    func read(_ rows: RowCursor) throws -> [ReviewCase] {
        let decoding = WorkerThreads()
        var decoded: [DecodedBatch] = []
        let recomputer = summaries.recomputer
        var batch = PendingBatch(recomputer: recomputer)
        func handOver() {
            let output = DecodedBatch()
            decoded.append(output)
            decoding.run { [batch] in output.cases = batch.decoded() }
            batch = PendingBatch(recomputer: recomputer)
        }
        while let row = try rows.next() {
            batch.rows.append(PendingRow(id: CaseID(row[11] as String), attorney: row[12],
                                         matter: row[1], paralegal: row[4], clientName: row[2], latinName: row[3],
                                         isOpen: row[5], lastChange: try SQLiteCaseStore.civilDate(row[6]),
                                         digest: try digest(row, into: &batch.bytes)))
            if batch.rows.count == Self.batchSize { handOver() }
        }
        if !batch.rows.isEmpty { handOver() }
        decoding.wait()
        var candidates: [ReviewCase] = []
        candidates.reserveCapacity(decoded.count * Self.batchSize)
        for output in decoded {
            for candidate in output.cases { candidates.append(try candidate.get()) }
        }
        return candidates
    }

    /// Appends the row's stored digest to `bytes` (its listing to be carried to the date when it does not
    /// hold for it and its basis reaches the date), or reads the document its digest is to be recomputed from (on the
    /// batch's decoding thread: the reading is cheap, the digesting is not).
    private func digest(_ row: Row, into bytes: inout [UInt8]) throws -> PendingDigest {
        var basis: DigestBasis?
        if !summaries.trustDigests,
           !summaries.storedDigestHolds(computedFor: row[8], validThrough: row[9], generation: row[10]) {
            guard let carried = summaries.listingBasis(computedFor: row[8], generation: row[10],
                                                       rollsThrough: row[13], laterDues: row[14]) else {
                return .document(try summaries.document(caseID: row[0]))
            }
            basis = carried
        }
        let start = bytes.count
        try row.withUnsafeData(atIndex: 7) { data in
            guard let data else { throw DocumentError.malformed("a case digest") }
            data.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        return .stored(start..<bytes.count, carriedBy: basis)
    }
}

/// A row read before its digest is decoded.
private struct PendingRow: Sendable {
    var id: CaseID?
    var attorney: String?
    var matter: String
    var paralegal: String?
    var clientName: String
    var latinName: String?
    var isOpen: Bool
    var lastChange: CivilDate
    var digest: PendingDigest
}

/// Where a row's stored digest is in its batch's bytes (with the basis to carry it to the date when it does
/// not hold for it), or the document to compute the digest from.
private enum PendingDigest: Sendable {
    case stored(Range<Int>, carriedBy: DigestBasis?)
    case document(String)
}

/// Rows and their digests' bytes, decoded together on another thread.
private struct PendingBatch: Sendable {
    let recomputer: DigestRecomputer
    var rows: [PendingRow] = []
    var bytes: [UInt8] = []

    /// Each row as a candidate, or why its digest could not be had.
    func decoded() -> [Result<ReviewCase, any Error>] {
        let date = recomputer.date
        return bytes.withUnsafeBufferPointer { whole in
            rows.map { row in
                let digest: CaseDigest?
                switch row.digest {
                case .document(let document):
                    do { digest = try recomputer.digest(fromDocument: document) } catch { return .failure(error) }
                case .stored(let span, nil):
                    digest = CaseDigest(compactBytes: UnsafeBufferPointer(rebasing: whole[span]), listedBy: date)
                case .stored(let span, let basis?):
                    // Read whole, then carried and cut to what the review lists, as a stored digest is read.
                    digest = CaseDigest(compactBytes: UnsafeBufferPointer(rebasing: whole[span]))?
                        .rolledListing(to: date, basis: basis)
                }
                guard let digest else { return .failure(DocumentError.malformed("a case digest")) }
                return .success(ReviewCase(matter: row.matter, paralegal: row.paralegal, clientName: row.clientName,
                                           latinName: row.latinName, isOpen: row.isOpen, lastChange: row.lastChange,
                                           digest: digest, id: row.id, attorney: row.attorney))
            }
        }
    }
}

/// One batch's candidates, written by its decoding thread and read after the group has been waited for.
private final class DecodedBatch: @unchecked Sendable {
    var cases: [Result<ReviewCase, any Error>] = []
}
