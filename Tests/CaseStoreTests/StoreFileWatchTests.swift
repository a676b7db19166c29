import CaseDomain
import Foundation
import Testing
@testable import CaseStore

/// The SQLite store's file watch: what wakes an open screen when another process commits.
@Suite struct StoreFileWatchTests {
    @Test("Another connection's commit rings the watch; asking the feed names the case and quiets it")
    func ringsOnAnotherCommit() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let screen = try SQLiteCaseStore.open(path: path, create: true)
        let descriptors = screen.notificationDescriptors
        #expect(descriptors.count == 1)
        let watch = try #require(screen.fileWatch.existing)
        #expect(descriptors == [watch.descriptor])
        let start = try screen.changes(since: ChangeToken(rawValue: 0)).token
        #expect(!watch.isRinging)

        let other = try SQLiteCaseStore.open(path: path)
        let created = try other.createCase(Fixtures.simpleCase("W-1"))
        #expect(watch.isRinging)
        let changes = try screen.changes(since: start)
        #expect(changes.cases == [try #require(created.file.id)])
        #expect(!watch.isRinging)
        withExtendedLifetime(other) {}
    }

    @Test("The screen's own reads leave the watch quiet once the feed was asked")
    func quietAfterReads() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let screen = try SQLiteCaseStore.open(path: path, create: true)
        let created = try screen.createCase(Fixtures.simpleCase("W-2"))
        let watch = try #require(screen.notificationDescriptors.isEmpty ? nil : screen.fileWatch.existing)
        let token = try screen.changes(since: ChangeToken(rawValue: 0)).token
        #expect(!watch.isRinging)
        for _ in 0..<3 {
            _ = try screen.caseListRows(sortedBy: .nextDeadline)
            _ = try screen.loadCase(id: try #require(created.file.id))
            _ = try screen.today()
            _ = try screen.changeToken()
            #expect(!watch.isRinging)
            #expect(try screen.changes(since: token).isEmpty)
            #expect(!watch.isRinging)
        }
    }

    @Test("A store that never waits for news makes no watch, even when its feed is asked")
    func noWatchUnlessAsked() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        try store.createCase(Fixtures.simpleCase("W-3"))
        _ = try store.changes(since: ChangeToken(rawValue: 0))
        #expect(store.fileWatch.existing == nil)
    }
}

extension StoreFileWatchTests {
    @Test("Another store written in the same folder does not ring the watch")
    func neighbourIsQuiet() throws {
        let folder = try TemporaryFolder()
        let screen = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let watch = try #require(screen.notificationDescriptors.isEmpty ? nil : screen.fileWatch.existing)
        let neighbour = try SQLiteCaseStore.open(path: folder.file("other.sqlite"), create: true)
        _ = try screen.changes(since: ChangeToken(rawValue: 0))
        #expect(!watch.isRinging)
        try neighbour.createCase(Fixtures.simpleCase("N-1"))
        try neighbour.createCase(Fixtures.simpleCase("N-2"))
        #expect(!watch.isRinging)
    }

    @Test("A log made again after every connection closed is watched once its creation was drained")
    func logMadeAgain() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        try SQLiteCaseStore.open(path: path, create: true).createCase(Fixtures.simpleCase("L-1"))
        // Every connection closed: SQLite removed the log. The screen opens the store again.
        let screen = try SQLiteCaseStore.open(path: path)
        let watch = try #require(screen.notificationDescriptors.isEmpty ? nil : screen.fileWatch.existing)
        let start = try screen.changes(since: ChangeToken(rawValue: 0)).token
        #expect(!watch.isRinging)
        let other = try SQLiteCaseStore.open(path: path)
        try other.createCase(Fixtures.simpleCase("L-2"))
        #expect(watch.isRinging)
        #expect(try screen.changes(since: start).cases.count == 1)
        #expect(!watch.isRinging)
        try other.createCase(Fixtures.simpleCase("L-3"))
        #expect(watch.isRinging)
        withExtendedLifetime(other) {}
    }
}
