import CaseDomain
import Foundation
import Testing
@testable import CaseStore

/// A save that meets another connection's long write transaction (another user's import) waits for the busy
/// timeout, then says the store is busy, in one line, having written nothing.
@Suite("A busy store", .serialized)
struct BusyStoreTests {
    @Test("A save behind another connection's write lock waits a few seconds, then throws .busy")
    func busySave() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        let stored = try store.createCase(Fixtures.simpleCase("M-1"))
        let other = try SQLiteCaseStore.open(path: path)
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            // The other connection's long transaction: it holds the write lock until told to stop.
            try? other.write { db in
                try db.execute(sql: "UPDATE setting SET value = value WHERE key = 'timeZone'")
                holding.signal()
                _ = release.wait(timeout: .now() + 30)
            }
            finished.signal()
        }
        holding.wait()
        let start = Date()
        var thrown: (any Error)?
        do {
            try store.apply(.addEvidence(EvidenceItem(category: .forms, title: "I-589")), to: try #require(stored.file.id),
                            expectedVersion: 1)
        } catch {
            thrown = error
        }
        let waited = Date().timeIntervalSince(start)
        release.signal()
        finished.wait()
        #expect(thrown as? StoreError == .busy(path: path))
        #expect(waited >= StoreOpener.busyTimeout - 0.5 && waited < StoreOpener.busyTimeout + 5, "waited \(waited) s")
        let message = "\(thrown.map { "\($0)" } ?? "")"
        #expect(message.contains("busy") && message.contains("try again") && !message.contains("\n"))
        #expect(try store.loadCase(matter: "M-1")?.version == 1)
        // Once the other transaction ends, the same save goes through.
        try store.apply(.addEvidence(EvidenceItem(category: .forms, title: "I-589")), to: try #require(stored.file.id),
                        expectedVersion: 1)
    }
}
