import CaseDomain
import Foundation
import Synchronization
import Testing

@Suite("Parallel chunks")
struct ParallelTests {
    @Test("The chunks cover every element once, in order, for small and large counts and chunk sizes",
          arguments: [0, 1, 7, 511, 512, 1_024, 4_097, 100_000])
    func coverage(count: Int) {
        for minimumChunk in [1, 16, 512] {
            let chunks = Parallel.mapChunks(count: count, minimumChunk: minimumChunk) { range in Array(range) }
            #expect(chunks.flatMap { $0 } == Array(0..<count), "count \(count), minimum chunk \(minimumChunk)")
            #expect(chunks.allSatisfy { !$0.isEmpty } || count == 0)
        }
    }

    @Test("A body that reads the caller's locals can be handed over again and again (nothing keeps it after the call)")
    func repeatedCallsWithLocalCaptures() {
        let values = (0..<10_000).map { $0 * 3 }
        for round in 0..<300 {
            let offset = round
            let sums = Parallel.mapChunks(count: values.count, minimumChunk: 64) { range in
                range.reduce(0) { $0 + values[$1] + offset }
            }
            #expect(sums.reduce(0, +) == values.reduce(0, +) + offset * values.count)
        }
    }

    @Test("The chunks run on at most the worker count of threads, the calling thread among them")
    func threads() {
        let seen = Mutex<Set<String>>([])
        let caller = "\(Thread.current)"
        _ = Parallel.mapChunks(count: 64, minimumChunk: 1) { range in
            Thread.sleep(forTimeInterval: 0.002)
            seen.withLock { _ = $0.insert("\(Thread.current)") }
            return range.count
        }
        let threads = seen.withLock { $0 }
        #expect(threads.count >= 1 && threads.count <= Parallel.workerCount)
        #expect(threads.contains(caller) || Parallel.workerCount == 1)
    }
}
