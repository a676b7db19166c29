import CaseDomain
import Dispatch
import Foundation
import GRDB

/// Reads the review query's rows into `ReviewCase`s. A firm-wide review reads tens of thousands of rows, so
/// each column is read straight from the statement (no row copies), and the digests are decoded on other
/// cores a batch at a time while SQLite goes on stepping.
struct ReviewCandidateReader {
    let summaries: SummaryReader

    /// Rows handed to a decoding thread at a time.
    static let batchSize = 2048

    /// The columns `read` expects, by position.
    static let columns = """
        id, matter, client_name, latin_name, paralegal, is_open, last_change_date, digest, \
        digest_computed_for, digest_valid_through, digest_generation, uid, attorney
        """

    func read(_ rows: RowCursor) throws -> [ReviewCase] {
        let decoding = DispatchGroup()
        var decoded: [DecodedBatch] = []
        var batch = PendingBatch(date: summaries.date)
        func handOver() {
            let output = DecodedBatch()
            decoded.append(output)
            DispatchQueue.global().async(group: decoding) { [batch] in output.cases = batch.decoded() }
            batch = PendingBatch(date: summaries.date)
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
            for candidate in output.cases {
                guard let candidate else { throw DocumentError.malformed("a case digest") }
                candidates.append(candidate)
            }
        }
        return candidates
    }

    /// Appends the row's stored digest to `bytes`, or recomputes it when it does not hold for the date.
    private func digest(_ row: Row, into bytes: inout [UInt8]) throws -> PendingDigest {
        if !summaries.trustDigests,
           !summaries.storedDigestHolds(computedFor: row[8], validThrough: row[9], generation: row[10]) {
            return .recomputed(try summaries.recomputedDigest(caseID: row[0]))
        }
        let start = bytes.count
        try row.withUnsafeData(atIndex: 7) { data in
            guard let data else { throw DocumentError.malformed("a case digest") }
            data.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        return .stored(start..<bytes.count)
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

/// Where a row's stored digest is in its batch's bytes, or the digest recomputed from the document when the
/// stored one does not hold for the date.
private enum PendingDigest: Sendable {
    case stored(Range<Int>)
    case recomputed(CaseDigest)
}

/// Rows and their digests' bytes, decoded together on another thread.
private struct PendingBatch: Sendable {
    let date: CivilDate
    var rows: [PendingRow] = []
    var bytes: [UInt8] = []

    /// Each row as a candidate; nil for a digest that cannot be read.
    func decoded() -> [ReviewCase?] {
        bytes.withUnsafeBufferPointer { whole in
            rows.map { row in
                let digest: CaseDigest?
                switch row.digest {
                case .recomputed(let recomputed): digest = recomputed
                case .stored(let span):
                    digest = CaseDigest(compactBytes: UnsafeBufferPointer(rebasing: whole[span]), listedBy: date)
                }
                return digest.map {
                    ReviewCase(matter: row.matter, paralegal: row.paralegal, clientName: row.clientName,
                               latinName: row.latinName, isOpen: row.isOpen, lastChange: row.lastChange, digest: $0,
                               id: row.id, attorney: row.attorney)
                }
            }
        }
    }
}

/// One batch's candidates, written by its decoding thread and read after the group has been waited for.
private final class DecodedBatch: @unchecked Sendable {
    var cases: [ReviewCase?] = []
}
