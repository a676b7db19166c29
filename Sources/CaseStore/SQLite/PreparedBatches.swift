import CaseDomain
import Dispatch
import Foundation

/// The cases of a bulk write, prepared a batch at a time on every core and handed out in their order, each
/// with its preparation or the error that stopped it. Memory holds one batch, whatever the count.
struct PreparedBatches<Cases: Sequence>: Sequence, IteratorProtocol where Cases.Element == BulkCase {
    typealias Element = (BulkCase, Result<PreparedCase, any Error>)

    static var batchSize: Int { 512 }

    private var source: Cases.Iterator
    private let rows: CaseRows
    private var batch: [Element] = []
    private var position = 0

    init(_ cases: Cases, rows: CaseRows) {
        source = cases.makeIterator()
        self.rows = rows
    }

    mutating func next() -> Element? {
        if position == batch.count {
            batch = Self.prepare(take(), rows: rows)
            position = 0
        }
        guard position < batch.count else { return nil }
        defer { position += 1 }
        return batch[position]
    }

    private mutating func take() -> [BulkCase] {
        var cases: [BulkCase] = []
        cases.reserveCapacity(Self.batchSize)
        while cases.count < Self.batchSize, let next = source.next() { cases.append(next) }
        return cases
    }

    /// Prepares every case of the batch, spread over the cores; results keep the batch's order.
    static func prepare(_ cases: [BulkCase], rows: CaseRows) -> [Element] {
        guard !cases.isEmpty else { return [] }
        var results = [Result<PreparedCase, any Error>](repeating: .failure(PreparationSkipped()), count: cases.count)
        let workers = Swift.max(1, Swift.min(8, ProcessInfo.processInfo.activeProcessorCount))
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: cases.count, by: workers) {
                    slots[index] = Result { try rows.prepare(cases[index].file) }
                }
            }
        }
        return Array(zip(cases, results))
    }
}

/// Stands in a result slot until its case is prepared; never seen outside `prepare`.
private struct PreparationSkipped: Error {}
