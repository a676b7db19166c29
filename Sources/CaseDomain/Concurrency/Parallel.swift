import Dispatch
import Foundation

/// Pure work over many elements, split into contiguous chunks run on every core, results in chunk order.
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
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                slots[chunk] = body(count * chunk / chunks ..< count * (chunk + 1) / chunks)
            }
        }
        return results.map { $0! }
    }
}
