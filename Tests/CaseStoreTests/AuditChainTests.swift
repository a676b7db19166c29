import CaseDomain
import Foundation
import Testing
@testable import CaseStore

/// The audit trail's hash chain: written with every row, checked by `integrityCheck`, which names the first
/// broken row whatever was done to the table around the store.
@Suite("The audit trail's hash chain")
struct AuditChainTests {
    /// A store with a few rows of every kind: the store's own, staff, cases, edits, settings and data out.
    static func store(in folder: TemporaryFolder) throws -> SQLiteCaseStore {
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        try store.addStaff(StaffMember(login: "mreyes", name: "María Reyes", initials: "MR", role: .paralegal))
        var stored = try store.createCase(Fixtures.fullCase(matter: "M-1"))
        stored = try store.addEvidence(EvidenceItem(category: .forms, title: "I-589"), matter: "M-1",
                                       expectedVersion: stored.version)
        try store.createCase(Fixtures.simpleCase("M-2"))
        try store.setIdleLockMinutes(5)
        try store.recordDataOut(.report(matter: "M-1"), destination: "stdout")
        return store
    }

    /// Changes the trail around the store, as someone with write access to the file could: the triggers
    /// that keep it append-only are dropped first.
    static func tamper(_ store: SQLiteCaseStore, _ sql: String) throws {
        try store.write { db in
            try db.execute(sql: "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;")
            try db.execute(sql: sql)
        }
    }

    static func brokenRow(_ store: SQLiteCaseStore) -> String? {
        do {
            try store.integrityCheck()
            return nil
        } catch StoreError.damaged(_, let detail) {
            return detail
        } catch {
            return "\(error)"
        }
    }

    @Test("Every row is chained as written; the report gives the row count and the head hash")
    func chained() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        let report = try store.integrityCheck()
        let rows = try store.auditEntries()
        #expect(report.auditRows == rows.count)
        let head = try store.read { db in try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") }
        #expect(report.headHash == head)
        #expect(report.headHash.count == 64 && report.headHash != AuditChain.genesis)
    }

    @Test("The chain follows docs/formats.md byte for byte: Python's hashlib over the rows gives the same head")
    func independentImplementation() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        let report = try store.integrityCheck()
        let head = try runPython("""
            import hashlib, sqlite3, sys
            def field(value):
                if value is None: return b'\\x00'
                data = str(value).encode('utf-8')
                return b'\\x01' + len(data).to_bytes(8, 'big') + data
            previous = '0' * 64
            rows = sqlite3.connect(sys.argv[1]).execute(
                'SELECT id, at_utc, os_user, action, subject, case_uid, matter, case_version, detail, before, after '
                'FROM audit ORDER BY id')
            for row in rows:
                data = bytes.fromhex(previous) + field('casedesk-audit/1') + b''.join(field(v) for v in row)
                previous = hashlib.sha256(data).hexdigest()
            print(previous)
            """, folder.file("s.sqlite"))
        #expect(head.trimmingCharacters(in: .newlines) == report.headHash)
    }

    @Test("A changed field names its row")
    func alteredRow() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        try Self.tamper(store, "UPDATE audit SET os_user = 'someone-else' WHERE id = 3")
        let problem = try #require(Self.brokenRow(store))
        #expect(problem.contains("audit row 3 was altered"), "\(problem)")
    }

    @Test("A deleted row is named by the row after it")
    func deletedRow() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        try Self.tamper(store, "DELETE FROM audit WHERE id = 3")
        let problem = try #require(Self.brokenRow(store))
        #expect(problem.contains("audit row 4 does not follow row 2"), "\(problem)")
    }

    @Test("Two rows swapped, hashes and all, name the first of them")
    func swappedRows() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        try Self.tamper(store, """
            UPDATE audit SET id = -3 WHERE id = 3;
            UPDATE audit SET id = 3 WHERE id = 4;
            UPDATE audit SET id = 4 WHERE id = -3;
            """)
        let problem = try #require(Self.brokenRow(store))
        #expect(problem.contains("audit row 3"), "\(problem)")
    }

    @Test("A row inserted with a correctly computed hash is named by the row after it; one without, by itself")
    func insertedRows() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        // Rows 4… move up one; a forged row 4 follows row 3 with the chain's own hash.
        let third = try store.read { db in try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE id = 3") ?? "" }
        let forged = AuditRecord(id: 4, at: "2026-11-30T09:00:00Z", user: "someone", action: "set-setting",
                                 subject: "setting idleLockMinutes", caseUID: nil, matter: nil, caseVersion: nil,
                                 detail: nil, before: "5", after: "0")
        try Self.tamper(store, """
            UPDATE audit SET id = -id WHERE id >= 4;
            UPDATE audit SET id = 1 - id WHERE id < 0;
            INSERT INTO audit (id, at_utc, os_user, action, subject, prev_hash, hash, before, after)
            VALUES (4, '\(forged.at)', '\(forged.user)', '\(forged.action)', '\(forged.subject)', '\(third)',
                    '\(AuditChain.hash(previous: third, forged))', '5', '0');
            """)
        let problem = try #require(Self.brokenRow(store))
        #expect(problem.contains("audit row 5 does not follow row 4"), "\(problem)")

        let other = try TemporaryFolder()
        let second = try Self.store(in: other)
        try Self.tamper(second, """
            INSERT INTO audit (at_utc, os_user, action, subject) VALUES ('2026-11-30T09:00:00Z', 'x', 'add-staff', 'staff x')
            """)
        let last = try second.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0 }
        let unchained = try #require(Self.brokenRow(second))
        #expect(unchained.contains("audit row \(last) has no hash"), "\(unchained)")
    }

    @Test("Refused writes and deletions are chained like every row")
    func everyKindOfRow() throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        let stored = try #require(try store.loadCase(matter: "M-2"))
        try store.deleteCase(id: try #require(stored.file.id), expectedVersion: stored.version)
        try store.addStaff(StaffMember(login: "boss", name: "Boss", initials: "B", role: .attorney))
        try store.removeStaff(login: store.currentUser)
        #expect(throws: StoreError.self) { try store.setIdleLockMinutes(9) }
        #expect(try store.auditEntries().last?.action == AuditAction.refusedWrite.rawValue)
        #expect(Self.brokenRow(store) == nil)
    }

    @Test("A schema-3 store gets its chain on migration: every old row chained, the triggers back")
    func migrationFromVersion3() throws {
        let folder = try TemporaryFolder()
        let path = try StoreDumps.load("store-v3.sql", into: folder.file("s.sqlite"))
        let store = try SQLiteCaseStore.open(path: path)
        let report = try store.integrityCheck()
        #expect(report.auditRows == 19)
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "UPDATE audit SET os_user = 'x' WHERE id = 1") }
        }
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "DELETE FROM audit WHERE id = 1") } }
        // The old rows decode into the history: the import that changed the case, the generation before it.
        let updated = try #require(try store.loadCase(matter: "2023-000003"))
        let history = try store.history(caseID: try #require(updated.file.id))
        #expect(history.map(\.entry.action) == ["import-case", "generate-case"])
        #expect(history.first?.after?.judge == "Hon. R. Alvarez")
        #expect(history.first?.before?.judge != "Hon. R. Alvarez")
        #expect(history.first?.before?.matter == "2023-000003")
        // New rows continue the chain. The old directory names attorneys but not the account running the
        // test, so its write is refused, and the refusal is the next row.
        #expect(throws: StoreError.self) { try store.setIdleLockMinutes(7) }
        #expect(try store.integrityCheck().auditRows == 20)
        #expect(try store.auditEntries().last?.action == "refused-write")
    }
}
