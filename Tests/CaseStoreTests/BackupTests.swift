import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Backups and the import session")
struct BackupTests {
    @Test("A backup is a verified 0600 copy that opens as a store with the same cases; no temporary is left")
    func backupCopies() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("firm.sqlite"), create: true, today: date("2026-11-30"))
        try store.createCase(Fixtures.fullCase())
        try store.createCase(Fixtures.simpleCase("2026-0200"))
        let target = folder.file("backup.sqlite")
        let size = try store.backup(to: target)
        #expect(size > 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }.isEmpty)
        let copy = try SQLiteCaseStore.open(path: target, readOnly: true, today: date("2026-11-30"))
        try copy.integrityCheck()
        #expect(try copy.caseCount() == 2)
        #expect(try copy.loadCase(matter: "2026-0142")?.file == store.loadCase(matter: "2026-0142")?.file)
        // A second backup replaces the first atomically.
        try store.createCase(Fixtures.simpleCase("2026-0300"))
        try store.backup(to: target)
        #expect(try SQLiteCaseStore.open(path: target, readOnly: true).caseCount() == 3)
    }

    @Test("A backup refuses a folder and the store itself, and leaves nothing behind")
    func backupRefuses() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("firm.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        #expect(throws: StoreError.self) { try store.backup(to: folder.path) }
        #expect(throws: StoreError.self) { try store.backup(to: path) }
        #expect(throws: StoreError.self) { try store.backup(to: folder.file("missing/backup.sqlite")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }.isEmpty)
        try store.integrityCheck()
    }

    @Test("An import session that does not commit leaves the store as it was; one that commits writes audit rows")
    func importSession() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("firm.sqlite"), create: true, today: date("2026-11-30"))
        try store.createCase(Fixtures.fullCase())
        let holder = try store.importSession(writing: true) { session in
            try session.insert(Fixtures.simpleCase("2026-0500"), source: .imported(file: "x.json"))
            let aNumber = try #require(Fixtures.fullCase().client.aNumber)
            return (commit: false, value: try session.matter(holding: aNumber))
        }
        #expect(holder == "2026-0142")
        #expect(try store.caseCount() == 1)
        try store.importSession(writing: true) { session in
            try session.insert(Fixtures.simpleCase("2026-0500"), source: .imported(file: "x.json"))
            var replaced = Fixtures.fullCase()
            replaced.judge = "Judge Replaced"
            try session.replace(replaced, source: .imported(file: "x.json"))
            return (commit: true, value: ())
        }
        #expect(try store.caseCount() == 2)
        #expect(try store.loadCase(matter: "2026-0142")?.file.judge == "Judge Replaced")
        let trail = try store.auditTrail(matter: "2026-0500")
        #expect(trail.map(\.action) == ["import-case"])
        #expect(trail.first?.detail == "imported from x.json")
        #expect(throws: StoreError.self) {
            try store.importSession(writing: false) { session in
                try session.insert(Fixtures.simpleCase("2026-0600"), source: .imported(file: "y.json"))
                return (commit: true, value: ())
            }
        }
        #expect(try store.caseCount() == 2)
    }

    @Test("Data taken out is recorded: a report in its case's trail")
    func dataOut() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("firm.sqlite"), create: true, today: date("2026-11-30"))
        try store.createCase(Fixtures.fullCase())
        try store.recordDataOut(.report(matter: "2026-0142"), destination: "stdout")
        try store.recordDataOut(.export(format: "json", cases: 1), destination: "/tmp/x.json")
        let trail = try store.auditTrail(matter: "2026-0142")
        #expect(trail.last?.action == "export-report")
        let all = try store.auditEntries(after: 0, limit: 100)
        #expect(all.last?.action == "export-data")
        #expect(all.last?.detail == "to /tmp/x.json")
    }
}
