import Foundation

/// Pure work over many elements, split into contiguous chunks run on every core, results in chunk order.
///
/// The chunks run on plain threads started for the call (and on the calling thread), not on Dispatch's
/// global queues: on Linux the first job those run starts the pool's monitor, a timer that wakes the
/// process every second for as long as it lives, which an idle dashboard must not pay for.
public enum Parallel {
    /// The threads worth using: the machine's cores, at most eight.
    public static var workerCount: Int { Swift.max(1, Swift.min(8, ProcessInfo.processInfo.activeProcessorCount)) }

    /// `body` applied to contiguous ranges covering `0..<count`, in order. Fewer than `minimumChunk`
    /// elements per chunk would cost more in hand-over than they save, so small counts stay on this thread.
    /// `body` must be safe to run on several threads at once (read shared values, write only its result).
    public static func mapChunks<Result>(count: Int, minimumChunk: Int = 512,
                                         _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let chunks = Swift.max(1, Swift.min(workerCount * 4, count / Swift.max(1, minimumChunk)))
        if chunks == 1 { return [body(0..<count)] }
        var results = [Result?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(body) { escapable in
                let run = ChunkRun(chunks: chunks) { chunk in
                    slots[chunk] = escapable(count * chunk / chunks ..< count * (chunk + 1) / chunks)
                }
                run.perform(helpers: Swift.min(workerCount, chunks) - 1)
            }
        }
        return results.map { $0! }
    }
}

/// One `mapChunks` call's chunks, taken in turn by the calling thread and its helper threads. The helpers
/// hold this object, never the caller's closure: `perform` returns only after every chunk has finished and
/// the closure has been dropped, so nothing holds it once the caller's non-escaping body is over (which
/// `withoutActuallyEscaping` checks).
private final class ChunkRun: @unchecked Sendable {
    private let condition = NSCondition()
    private let chunks: Int
    private var work: ((Int) -> Void)?
    private var next = 0
    private var finished = 0

    init(chunks: Int, work: @escaping (Int) -> Void) {
        self.chunks = chunks
        self.work = work
    }

    /// Runs every chunk, on this thread and on `helpers` threads started for it; returns when all are done.
    func perform(helpers: Int) {
        for _ in 0..<Swift.max(0, helpers) {
            let thread = Thread { [self] in takeChunks() }
            thread.name = "casedesk.parallel"
            thread.start()
        }
        takeChunks()
        condition.lock()
        while finished < chunks { condition.wait() }
        work = nil
        condition.unlock()
    }

    private func takeChunks() {
        while let chunk = claim() {
            runChunk(chunk)
            condition.lock()
            finished += 1
            if finished == chunks { condition.broadcast() }
            condition.unlock()
        }
    }

    /// The next chunk no thread has taken, or nil when all are taken.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < chunks else { return nil }
        next += 1
        return next - 1
    }

    /// Runs one chunk; the closure is held only within this call, so it is released before the chunk counts
    /// as finished.
    private func runChunk(_ chunk: Int) {
        condition.lock()
        let work = self.work
        condition.unlock()
        work?(chunk)
    }
}
