import CaseDomain
import CaseStore
import Foundation
import Glibc

/// Brings the store's stale digests up to date behind the dashboard, after its first frame: a pass of short
/// batches on a background thread (each batch's write holds the lock for milliseconds, so other users'
/// commands never find the store busy because of it). The cases each batch covered are handed to the next
/// change-feed answer, whose rows are then read again: a row drawn from a stale digest corrects itself
/// at once, because each batch also makes `descriptor` readable (the loop wakes on it and asks the feed,
/// which a store that announces its changes is not asked otherwise: a refresh is no change and notifies
/// nobody). One pass per day; a failed pass is tried again at the next tick. A plain thread, not Dispatch's
/// pool: once started, that pool wakes the process every second for as long as it runs.
final class DigestCatchUp: @unchecked Sendable {
    private let store: any CaseRepository
    /// The pipe a batch writes a byte to (non-blocking, closed on exec); nil if none could be made.
    private let ring: (read: Int32, write: Int32)?
    /// Guards everything below.
    private let lock = NSLock()
    private var isRunning = false
    private var finishedFor: CivilDate?
    private var refreshed: Set<CaseID> = []
    private var wasStarted = false

    init(store: any CaseRepository) {
        self.store = store
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            ring = (ends[0], ends[1])
        } else {
            ring = nil
        }
    }

    deinit {
        if let ring {
            close(ring.read)
            close(ring.write)
        }
    }

    /// Readable when a batch refreshed cases that `takeRefreshed` has not handed on yet.
    var descriptor: Int32? { ring?.read }

    /// Starts a pass for `date` unless one is under way or one has finished for that date.
    func startIfNeeded(for date: CivilDate) {
        guard !store.isReadOnly else { return }
        let start = locked { () -> Bool in
            guard !isRunning, finishedFor != date else { return false }
            isRunning = true
            wasStarted = true
            return true
        }
        guard start else { return }
        let thread = Thread { [self] in run(date) }
        thread.name = "casedesk.digests"
        thread.qualityOfService = .utility
        thread.start()
    }

    /// Whether a pass was ever started (the first waits for the whole list).
    var hasStarted: Bool { locked { wasStarted } }

    /// The cases refreshed since the last call.
    func takeRefreshed() -> Set<CaseID> {
        if let ring {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(ring.read, &buffer, buffer.count) > 0 {}
        }
        return locked {
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
            if !step.refreshed.isEmpty, let ring {
                var byte: UInt8 = 1
                _ = write(ring.write, &byte, 1)
            }
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
