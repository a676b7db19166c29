import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("The audit trail's consistency")
struct AuditConsistencyTests {
    @Test("A store written only through its intentions passes; every write left its audit row")
    func consistent() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        var stored = try store.createCase(Fixtures.simpleCase("M-1"))
        stored = try store.addEvidence(EvidenceItem(category: .forms, title: "I-589"), matter: "M-1",
                                       expectedVersion: stored.version)
        try store.recordEvent(TimelineEvent(kind: .note, date: CivilDate(year: 2026, month: 11, day: 30)!),
                              matter: "M-1", expectedVersion: stored.version)
        try store.insertCases([BulkCase(Fixtures.simpleCase("M-2"))], source: .generated)
        try store.setIdleLockMinutes(5)
        try store.integrityCheck()
    }

    @Test("A case changed around the store (no audit row for its version) fails the check, naming the matter")
    func changeWithoutAuditRow() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        try store.createCase(Fixtures.simpleCase("M-7"))
        try store.write { db in try db.execute(sql: #"UPDATE "case" SET version = version + 1"#) }
        #expect {
            try store.integrityCheck()
        } throws: { error in
            guard case StoreError.damaged(_, let detail) = error else { return false }
            return detail.contains("audit trail") && detail.contains("M-7") && detail.contains("version 2")
        }
    }

    @Test("An audit row for a case that is not in the store fails the check")
    func orphanRow() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO audit (at_utc, os_user, action, subject, case_id, matter, case_version)
                VALUES ('2026-11-30T09:00:00Z', 'someone', 'create-case', 'case X', 999, 'X', 1)
                """)
        }
        #expect(throws: StoreError.self) { try store.integrityCheck() }
    }
}
