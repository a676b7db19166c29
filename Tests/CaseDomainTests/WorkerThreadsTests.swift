import CaseDomain
import Foundation
import Testing

/// The plain threads that decode batches while a query is stepped.
@Suite struct WorkerThreadsTests {
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [Int] = []
        func add(_ value: Int) { lock.withLock { seen.append(value) } }
        var values: [Int] { lock.withLock { seen } }
    }

    @Test("Every job handed over has run when wait returns, each once, however many there are beyond the limit")
    func everyJobRuns() {
        let workers = WorkerThreads(limit: 2)
        let tally = Tally()
        for value in 0..<200 { workers.run { tally.add(value) } }
        workers.wait()
        #expect(tally.values.sorted() == Array(0..<200))
        // Handed out again after the threads ended: new ones start.
        for value in 200..<210 { workers.run { tally.add(value) } }
        workers.wait()
        #expect(tally.values.sorted() == Array(0..<210))
    }

    @Test("Waiting with nothing handed over returns at once")
    func nothingToWaitFor() {
        WorkerThreads().wait()
    }
}
