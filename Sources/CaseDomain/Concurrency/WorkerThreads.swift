import Foundation

/// Jobs handed to a few plain threads while the caller goes on, for work that arrives a piece at a time
/// (batches decoded while a query is still being stepped); `wait` returns once every job has run. The
/// threads end as soon as nothing is waiting, so a process that stops handing out work holds none.
///
/// Not Dispatch's global queues: on Linux the first job they run starts the pool's monitor, a timer that
/// wakes the process every second for as long as it lives, which an idle dashboard must not pay for.
public final class WorkerThreads: @unchecked Sendable {
    private let condition = NSCondition()
    private let limit: Int
    private var waiting: [@Sendable () -> Void] = []
    private var threads = 0
    private var unfinished = 0

    /// At most `limit` threads at once (the cores worth using, by default).
    public init(limit: Int = Parallel.workerCount) {
        self.limit = Swift.max(1, limit)
    }

    /// Runs `job` on one of the threads, starting one if fewer than the limit are running.
    public func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        waiting.append(job)
        unfinished += 1
        guard threads < limit else { return }
        threads += 1
        let thread = Thread { [self] in work() }
        thread.name = "casedesk.worker"
        thread.start()
    }

    /// Returns once every job handed over so far has run.
    public func wait() {
        condition.lock()
        defer { condition.unlock() }
        while unfinished > 0 { condition.wait() }
    }

    private func work() {
        while true {
            condition.lock()
            guard !waiting.isEmpty else {
                threads -= 1
                condition.unlock()
                return
            }
            let job = waiting.removeFirst()
            condition.unlock()
            job()
            condition.lock()
            unfinished -= 1
            if unfinished == 0 { condition.broadcast() }
            condition.unlock()
        }
    }
}
