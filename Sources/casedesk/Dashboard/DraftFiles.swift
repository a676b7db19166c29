import Dashboard
import Dispatch
import Foundation

/// The current user's drafts on one store, kept in files (`docs/configuration.md`, Drafts): one JSON file
/// per open form, mode 0600 in a folder of mode 0700, whatever the store's `groupShared` says (a draft is
/// its user's own). `keep` only notes the newest draft and returns; a queue of its own writes it, at most
/// once a second, so a keystroke never waits for a disk and a hang-up, a kill or a crash loses at most
/// the last second of typing.
///
/// A keeper is for one store and one user: the drafts it keeps carry its store and user, whatever the
/// form said, so a draft is offered again only on the store it was typed for; `savedAt` is the time it
/// was written.
final class DraftFiles: DraftKeeping, @unchecked Sendable {
    let disk: DraftDisk
    /// The store's location (its path), as drafts record it.
    let store: String
    let user: String
    /// Seconds between two writes.
    let interval: Double
    private let queue = DispatchQueue(label: "casedesk.dashboard.drafts", qos: .utility)
    /// Guards everything below; never held while a file is written.
    private let lock = NSLock()
    private var pending: [String: FormDraft] = [:]
    /// The write asked for and not yet begun (a ticket, so a write made early by `flush` leaves the next
    /// one to its own time).
    private var scheduledTicket: Int?
    private var tickets = 0
    private var lastWriteAt: DispatchTime?
    private var problems: [String] = []
    private var batches = 0

    /// How many times drafts were written (a batch of several forms counts once).
    var writeBatches: Int { locked { batches } }

    init(folder: String, store: String, user: String, interval: Double = 1) {
        disk = DraftDisk(folder: folder)
        self.store = store
        self.user = user
        self.interval = interval
    }

    func keep(_ draft: FormDraft) {
        var stamped = draft
        stamped.store = store
        stamped.user = user
        let name = DraftDisk.fileName(store: store, kind: draft.kind, caseID: draft.caseID, itemID: draft.itemID)
        let wait = locked { () -> (ticket: Int, delay: Double)? in
            pending[name] = stamped
            guard scheduledTicket == nil else { return nil }
            tickets += 1
            scheduledTicket = tickets
            let since = lastWriteAt.map { Double(DispatchTime.now().uptimeNanoseconds - $0.uptimeNanoseconds) / 1e9 }
            return (tickets, max(0, interval - (since ?? interval)))
        }
        guard let wait else { return }
        queue.asyncAfter(deadline: .now() + wait.delay) { [self] in writePending(ticket: wait.ticket) }
    }

    func drop(store _: String, user _: String, kind: String, caseID: String?, itemID: String?) {
        let name = DraftDisk.fileName(store: store, kind: kind, caseID: caseID, itemID: itemID)
        locked { pending[name] = nil }
        // After any write of it already under way: the queue is serial.
        queue.async { [self] in
            if let problem = disk.remove(name) { note(problem) }
        }
    }

    func drafts(store: String, user: String) -> [FormDraft] {
        listing(store: store, user: user).drafts
    }

    /// The drafts kept for `store` and `user`, oldest first, and what could not be read: a file that is
    /// not a draft is moved aside (renamed `….corrupt`), never deleted, and named in `problems`.
    func listing(store: String, user: String) -> DraftListing {
        queue.sync {
            let read = disk.readAll()
            let mine = read.drafts.filter { $0.store == store && $0.user == user }
            return DraftListing(drafts: mine.sorted { ($0.savedAt, $0.kind) < ($1.savedAt, $1.kind) },
                                problems: read.problems)
        }
    }

    func flush() {
        queue.sync { writePending(ticket: nil) }
    }

    func takeProblems() -> [String] {
        locked {
            defer { problems = [] }
            return problems
        }
    }

    /// Writes the drafts waiting. `ticket` is the scheduled write's; nil writes now whatever waits.
    private func writePending(ticket: Int?) {
        let batch = locked { () -> [String: FormDraft] in
            if let ticket, ticket != scheduledTicket { return [:] }
            scheduledTicket = nil
            defer { pending = [:] }
            if !pending.isEmpty {
                lastWriteAt = .now()
                batches += 1
            }
            return pending
        }
        let now = Self.utcNow()
        for (name, draft) in batch.sorted(by: { $0.key < $1.key }) {
            var stamped = draft
            stamped.savedAt = now
            if let problem = disk.write(stamped, as: name) { note(problem) }
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`: when a draft was written, whatever the form said.
    static func utcNow() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    private func note(_ problem: String) {
        locked { problems.append(problem) }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

/// What a start finds in the drafts folder.
struct DraftListing: Sendable {
    var drafts: [FormDraft]
    /// One line per file that could not be read (it was kept aside).
    var problems: [String]
}
