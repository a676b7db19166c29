import CaseDomain
import Dashboard
import DashboardTestSupport
import Foundation
import ScreenKit
import Glibc

/// A store in memory with a change feed, for driving the run loop: the test changes cases, moves the
/// date, holds loads back to play a slow store, and rings a notification descriptor.
final class MemoryStore: DashboardDataSource, @unchecked Sendable {
    let storeName = "memory"
    let isReadOnly = false
    private let lock = NSCondition()
    private var files: [String: (file: CaseFile, version: Int)]
    /// Every change, in order: (position in the feed, matter).
    private var log: [(position: Int, matter: String)] = []
    private var position = 0
    private var date: CivilDate
    private var isHolding = false
    private(set) var heldLoads = 0
    /// A pipe the store "rings" after a change, as a server's notification socket would.
    let notification: (read: Int32, write: Int32)?
    /// Whether it tells the loop that the pipe rings for every change (the loop then never asks on its own).
    let announcesChanges: Bool
    /// How many times the loop asked `changes(since:)`.
    private(set) var changesAsked = 0

    init(files: [CaseFile] = SampleCases.files, today: CivilDate = SampleCases.today, notifying: Bool = false,
         announcing: Bool = false) {
        self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.matter, ($0, 1)) })
        date = today
        announcesChanges = notifying && announcing
        if notifying {
            var ends: [Int32] = [-1, -1]
            precondition(pipe(&ends) == 0)
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            notification = (ends[0], ends[1])
        } else {
            notification = nil
        }
    }

    deinit {
        if let notification {
            close(notification.read)
            close(notification.write)
        }
    }

    // MARK: The test's side

    /// Stores `file` (a new case, or a new version of one) as another user would.
    func save(_ file: CaseFile) {
        lock.withLock {
            files[file.matter] = (file, (files[file.matter]?.version ?? 0) + 1)
            position += 1
            log.append((position, file.matter))
        }
        ring()
    }

    func remove(matter: String) {
        lock.withLock {
            files[matter] = nil
            position += 1
            log.append((position, matter))
        }
        ring()
    }

    func file(_ matter: String) -> CaseFile? { lock.withLock { files[matter]?.file } }

    func setToday(_ day: CivilDate) { lock.withLock { date = day } }

    /// How many times the feed was asked so far.
    var feedQuestions: Int { lock.withLock { changesAsked } }

    /// From now on `loadCase` waits until `release()`: a slow store.
    func hold() { lock.withLock { isHolding = true } }

    func release() {
        lock.withLock {
            isHolding = false
            lock.broadcast()
        }
    }

    /// Waits until a load is being held back.
    func waitForHeldLoad(timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        return lock.withLock {
            while heldLoads == 0 { if !lock.wait(until: deadline) { return false } }
            return true
        }
    }

    private func ring() {
        guard let notification else { return }
        var byte: UInt8 = 1
        _ = write(notification.write, &byte, 1)
    }

    // MARK: The data source

    var notificationDescriptors: [Int32] { notification.map { [$0.read] } ?? [] }

    func today() throws -> CivilDate { lock.withLock { date } }

    func caseRows() throws -> [CaseRow] {
        lock.withLock { files.values.map { row($0.file, version: $0.version) } }
    }

    private func row(_ file: CaseFile, version: Int) -> CaseRow {
        CaseRow(summary: CaseSummary(file: file, version: version, lastChange: date, today: date, engine: DeadlineEngine()))
    }

    func loadCase(id: CaseID) throws -> CaseFile? {
        lock.withLock {
            if isHolding {
                heldLoads += 1
                lock.broadcast()
                while isHolding { lock.wait() }
                heldLoads -= 1
            }
            return files.values.first { SampleCases.id(of: $0.file) == id }?.file
        }
    }

    func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] {
        DeadlineEngine().items(for: file, today: today)
    }

    func rule(_ id: RuleID) -> DeadlineRule? { RuleCatalog.rule(id) }

    func changeToken() throws -> FeedToken { lock.withLock { FeedToken(position) } }

    func changes(since token: FeedToken) throws -> FeedChanges {
        if let notification {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(notification.read, &buffer, buffer.count) > 0 {}
        }
        return lock.withLock {
            changesAsked += 1
            let after = token.unwrapped(as: Int.self) ?? 0
            let matters = Set(log.filter { $0.position > after }.map(\.matter))
            let rows = matters.sorted().compactMap { matter in files[matter].map { row($0.file, version: $0.version) } }
            return FeedChanges(token: FeedToken(position), changedRows: rows,
                               removed: Set(matters.filter { files[$0] == nil }.map(SampleCases.id)))
        }
    }

    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? {
        lock.withLock { ReviewProgress(reviewed: 0, total: files.count) }
    }
}
