import CaseDomain
import CaseStore
import Dispatch
import Foundation

/// Brings the store's stale digests up to date behind the dashboard, after its first frame: a pass of short
/// batches on a background thread (each batch's write holds the lock for milliseconds, so other users'
/// commands never find the store busy because of it). The cases each batch covered are handed to the next
/// change-feed answer, whose rows are then read again: a row drawn from a stale digest corrects itself
/// within a second. One pass per day; a failed pass is tried again at the next tick.
final class DigestCatchUp: @unchecked Sendable {
    private let store: any CaseRepository
    /// Guards everything below.
    private let lock = NSLock()
    private var isRunning = false
    private var finishedFor: CivilDate?
    private var refreshed: Set<CaseID> = []

    init(store: any CaseRepository) {
        self.store = store
    }

    /// Starts a pass for `date` unless one is under way or one has finished for that date.
    func startIfNeeded(for date: CivilDate) {
        guard !store.isReadOnly else { return }
        let start = locked { () -> Bool in
            guard !isRunning, finishedFor != date else { return false }
            isRunning = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { [self] in run(date) }
    }

    /// The cases refreshed since the last call.
    func takeRefreshed() -> Set<CaseID> {
        locked {
            defer { refreshed = [] }
            return refreshed
        }
    }

    /// Hands cases back whose rows could not be read this time.
    func giveBack(_ ids: Set<CaseID>) {
        locked { refreshed.formUnion(ids) }
    }

    private func run(_ date: CivilDate) {
        var cursor: DigestRefreshCursor?
        var finished = false
        repeat {
            // A failure (the store busy with a long write) ends the pass; the next tick starts another.
            guard let step = try? store.refreshStaleDigests(asOf: date, after: cursor) else { break }
            locked { refreshed.formUnion(step.refreshed) }
            cursor = step.cursor
            finished = cursor == nil
        } while !finished
        locked {
            isRunning = false
            if finished { finishedFor = date }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
