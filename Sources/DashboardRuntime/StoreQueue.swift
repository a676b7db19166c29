import Dashboard
import Dispatch
import Foundation

/// Runs the data source's calls off the input path: one at a time, in the order asked, on a serial
/// queue of their own; what they answer is kept for the loop and the loop is woken. A call that a newer
/// one of its kind has superseded before it started is dropped, so a slow store never works through a
/// backlog of selections the user has already moved past. Writes are never dropped.
final class StoreQueue<Source: DashboardDataSource>: @unchecked Sendable {
    private let source: Source
    private let wake: WakePipe
    private let queue = DispatchQueue(label: "casedesk.dashboard.store", qos: .userInitiated)
    /// Guards everything below; never held while the source works.
    private let lock = NSLock()
    private var generation = 0
    private var newest: [StoreCall.Kind: Int] = [:]
    private var answers: [Action] = []
    private var changesAsked = false
    private var isClosed = false

    init(source: Source, wake: WakePipe) {
        self.source = source
        self.wake = wake
    }

    /// Queues `call`; its answer arrives through `take()` after the loop is woken.
    func submit(_ call: StoreCall) {
        let ticket = locked { () -> Int in
            generation += 1
            newest[call.kind] = generation
            return generation
        }
        queue.async { [self] in
            guard locked({ !isClosed && (call.kind.isWrite || newest[call.kind] == ticket) }) else { return }
            let actions = source.answer(call)
            // An empty change-feed answer matters to the loop only to listen to the store's descriptors
            // again: for a store with none (SQLite) it woke the loop every second for nothing.
            let relistens = call.kind == .changes && !source.notificationDescriptors.isEmpty
            let shouldWake = locked { () -> Bool in
                guard !isClosed else { return false }
                answers += actions
                if call.kind == .changes { changesAsked = true }
                return !actions.isEmpty || relistens
            }
            if shouldWake { wake.wake() }
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

    /// Drops whatever is still to come: the loop has ended (a call under way finishes unheard).
    func close() {
        locked { isClosed = true }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
