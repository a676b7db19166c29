import CaseDomain
import Dashboard
@testable import DashboardRuntime
import DashboardTestSupport
import Foundation
import Testing

/// The store queue's worker: calls made one at a time in the order asked, nothing after it is closed.
@Suite struct StoreQueueTests {
    /// A source whose creations are recorded in order, the first one held back until `release`.
    final class RecordingSource: DashboardDataSource, @unchecked Sendable {
        let storeName = "recording", isReadOnly = false
        private let lock = NSCondition()
        private var made: [String] = []
        private var holdsFirst: Bool
        private var isHeld = false

        init(holdingFirst: Bool) { holdsFirst = holdingFirst }

        var created: [String] { lock.withLock { made } }

        func waitUntilHeld() -> Bool {
            let deadline = Date().addingTimeInterval(10)
            return lock.withLock {
                while !isHeld { if !lock.wait(until: deadline) { return false } }
                return true
            }
        }

        func release() {
            lock.withLock {
                holdsFirst = false
                lock.broadcast()
            }
        }

        func create(_ file: CaseFile) throws -> CaseID {
            lock.withLock {
                made.append(file.matter)
                if made.count == 1 {
                    isHeld = true
                    lock.broadcast()
                    while holdsFirst { lock.wait() }
                }
            }
            return SampleCases.id(of: file)
        }

        func today() throws -> CivilDate { SampleCases.today }
        func caseRows() throws -> [CaseRow] { [] }
        func loadCase(id: CaseID) throws -> CaseFile? { nil }
        func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] { [] }
        func rule(_ id: RuleID) -> DeadlineRule? { nil }
        func changeToken() throws -> FeedToken { FeedToken(0) }
        func changes(since token: FeedToken) throws -> FeedChanges { FeedChanges(token: token) }
        func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? { nil }
    }

    static let matters = (1...20).map { "2026-\(1000 + $0)" }

    static func file(_ matter: String) -> CaseFile {
        var file = SampleCases.files[0]
        file.matter = matter
        return file
    }

    @Test("Calls are made one at a time, in the order they were asked, and answered in that order")
    func order() throws {
        let source = RecordingSource(holdingFirst: false)
        let wake = try WakePipe()
        let queue = StoreQueue(source: source, wake: wake)
        for matter in Self.matters { queue.submit(.create(Self.file(matter))) }
        var answers: [Action] = []
        let deadline = Date().addingTimeInterval(10)
        while answers.count < Self.matters.count && Date() < deadline {
            var entry = pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&entry, 1, 100)
            wake.drain()
            answers += queue.take().actions
        }
        #expect(source.created == Self.matters)
        #expect(answers == Self.matters.map { .saveFinished(.created(SampleCases.id(of: Self.file($0)))) })
        queue.close()
        #expect(queue.waitUntilStopped(before: Date().addingTimeInterval(10)))
    }

    @Test("Closed, the queue makes no call still waiting, posts nothing, and its worker ends")
    func stopping() throws {
        let source = RecordingSource(holdingFirst: true)
        let wake = try WakePipe()
        let queue = StoreQueue(source: source, wake: wake)
        for matter in Self.matters.prefix(5) { queue.submit(.create(Self.file(matter))) }
        try #require(source.waitUntilHeld())
        queue.close()
        queue.submit(.create(Self.file("2026-0999")))
        source.release()
        #expect(queue.waitUntilStopped(before: Date().addingTimeInterval(10)))
        #expect(source.created == [Self.matters[0]])
        #expect(queue.take().actions.isEmpty)
    }
}
