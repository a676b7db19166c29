import Dashboard
import Foundation

/// Runs the data source's calls off the input path: one at a time, in the order asked, on a thread of
/// their own; what they answer is kept for the loop and the loop is woken. A call that a newer one of its
/// kind has superseded before it started is dropped, so a slow store never works through a backlog of
/// selections the user has already moved past. Writes are never dropped.
///
/// A plain thread that sleeps on a condition, not a Dispatch queue: the first job Dispatch's worker pool
/// runs starts its pool monitor, which wakes the process every second for as long as it lives.
final class StoreQueue<Source: DashboardDataSource>: @unchecked Sendable {
    private let source: Source
    private let wake: WakePipe
    /// Guards everything below and wakes the worker; never held while the source works.
    private let lock = NSCondition()
    /// The calls to make, oldest first, each with its ticket.
    private var pending: [(call: StoreCall, ticket: Int)] = []
    private var generation = 0
    private var newest: [StoreCall.Kind: Int] = [:]
    private var answers: [Action] = []
    private var changesAsked = false
    private var isClosed = false
    /// The worker has ended (after `close`, once the call under way returned).
    private var hasStopped = false

    init(source: Source, wake: WakePipe) {
        self.source = source
        self.wake = wake
        let worker = Thread { [self] in work() }
        worker.name = "casedesk.store"
        worker.qualityOfService = .userInitiated
        worker.start()
    }

    /// Queues `call`; its answer arrives through `take()` after the loop is woken.
    func submit(_ call: StoreCall) {
        locked {
            guard !isClosed else { return }
            generation += 1
            newest[call.kind] = generation
            pending.append((call, generation))
            lock.signal()
        }
    }

    /// The worker: the calls in the order they came, until `close`. Holds the queue alive while it runs.
    private func work() {
        while let (call, ticket) = nextCall() {
            guard locked({ !isClosed && (call.kind.isWrite || newest[call.kind] == ticket) }) else { continue }
            let actions = source.answer(call)
            // An empty change-feed answer matters to the loop only to listen to the store's descriptors
            // again: for a store with none (one that cannot announce) it woke the loop every second for nothing.
            let relistens = call.kind == .changes && !source.notificationDescriptors.isEmpty
            let shouldWake = locked { () -> Bool in
                guard !isClosed else { return false }
                answers += actions
                if call.kind == .changes { changesAsked = true }
                return !actions.isEmpty || relistens
            }
            if shouldWake { wake.wake() }
        }
        locked {
            hasStopped = true
            lock.broadcast()
        }
    }

    /// Waits until the worker has ended after `close`; false if it still runs at `deadline`.
    func waitUntilStopped(before deadline: Date) -> Bool {
        locked {
            while !hasStopped { if !lock.wait(until: deadline) { return hasStopped } }
            return true
        }
    }

    /// Waits for the next call; nil once the queue is closed.
    private func nextCall() -> (StoreCall, Int)? {
        locked {
            while pending.isEmpty && !isClosed { lock.wait() }
            guard !isClosed else { return nil }
            let next = pending.removeFirst()
            return (next.call, next.ticket)
        }
    }

    /// The answers posted since the last call, in the order the calls were made, and whether the
    /// change feed was asked meanwhile (the loop then listens to the store's descriptors again).
    func take() -> (actions: [Action], askedForChanges: Bool) {
        locked {
            defer { answers = []; changesAsked = false }
            return (answers, changesAsked)
        }
    }

    /// Drops whatever is still to come: the loop has ended (a call under way finishes unheard, then the
    /// worker ends).
    func close() {
        locked {
            isClosed = true
            pending = []
            lock.signal()
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
