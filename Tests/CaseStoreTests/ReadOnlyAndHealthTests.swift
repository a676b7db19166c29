import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Read-only stores, other processes and damage")
struct ReadOnlyAndHealthTests {
    @Test("A read-only store refuses writes, and SQLite itself enforces it")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        try SQLiteCaseStore.open(path: path, create: true).createCase(Fixtures.simpleCase("M-1"))
        let kiosk = try SQLiteCaseStore.open(path: path, readOnly: true)
        #expect(try kiosk.caseCount() == 1)
        #expect(throws: StoreError.readOnly(path: path)) { try kiosk.createCase(Fixtures.simpleCase("M-2")) }
        #expect(throws: StoreError.readOnly(path: path)) { try kiosk.setIdleLockMinutes(5) }
        // Bypassing the store's own check: SQLite refuses the statement.
        #expect(throws: StoreError.readOnly(path: path)) {
            do {
                try kiosk.pool.writeWithoutTransaction { db in try db.execute(sql: "DELETE FROM staff") }
            } catch { throw kiosk.translate(error) }
        }
    }

    @Test("data_version notices another connection's commit, not our own")
    func dataVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let mine = try SQLiteCaseStore.open(path: path, create: true)
        let kiosk = try SQLiteCaseStore.open(path: path, readOnly: true)
        #expect(try kiosk.hasExternalChanges() == false)
        #expect(try mine.hasExternalChanges() == false)
        try mine.createCase(Fixtures.simpleCase("M-1"))
        #expect(try mine.hasExternalChanges() == false)
        #expect(try kiosk.hasExternalChanges() == true)
        #expect(try kiosk.hasExternalChanges() == false)
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into staff values ('x','X','X','admin')\"); c.commit()", path)
        #expect(try mine.hasExternalChanges() == true)
    }

    @Test("The integrity check passes a sound store and names damage in a copy whose middle was overwritten")
    func integrity() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        for index in 0..<300 {
            var file = Fixtures.fullCase(matter: "M-\(index)")
            file.client.aNumber = nil
            file.family = []
            try store.createCase(file)
        }
        try store.integrityCheck()
        // A consistent copy (VACUUM INTO), then garbage over its middle pages.
        let copy = folder.file("copy.sqlite")
        try store.pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: copy))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 16384))
        try handle.close()
        do {
            let damaged = try SQLiteCaseStore.open(path: copy)
            try damaged.integrityCheck()
            Issue.record("the damage went unnoticed")
        } catch let error as StoreError {
            switch error {
            case .damaged(let errorPath, _): #expect(errorPath == copy)
            default: Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("Reads of many cases at once and writes from two connections interleave without loss")
    func interleavedWriters() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let one = try SQLiteCaseStore.open(path: path, create: true)
        let two = try SQLiteCaseStore.open(path: path)
        try one.createCase(Fixtures.simpleCase("M-1"))
        var successes = 0
        for round in 0..<20 {
            let writer = round % 2 == 0 ? one : two
            let current = try writer.loadCase(matter: "M-1")?.version ?? 0
            try writer.addEvidence(EvidenceItem(category: .other, title: "item \(round)"), matter: "M-1",
                                   expectedVersion: current)
            successes += 1
        }
        #expect(try one.loadCase(matter: "M-1")?.file.evidence.count == successes)
        #expect(try two.loadCase(matter: "M-1")?.version == 21)
    }
}
