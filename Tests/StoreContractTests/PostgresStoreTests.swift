import CaseDomain
import CaseStore
import Foundation
import PostgresTestSupport
import Testing

/// What only the PostgreSQL backend has: a store in a database of a server several hosts reach at once.
/// Part of a run only when `CASEDESK_TEST_POSTGRES_URL` names a server (Scripts/test-postgres).
@Suite struct PostgresStoreTests {
    static let servers = PostgresTestServer.all

    @Test("init-store sets up an empty database once and refuses one holding other tables", arguments: servers)
    func initStore(_ server: PostgresTestServer) throws {
        let empty = try server.freshDatabase()
        defer { empty.drop() }
        #expect(!CaseStores.exists(at: empty.url))
        #expect(throws: StoreError.noStore(path: empty.url)) { _ = try CaseStores.open(location: empty.url) }
        try CaseStores.initializeStore(at: empty.url)
        #expect(CaseStores.exists(at: empty.url))
        #expect(throws: StoreError.self) { try CaseStores.initializeStore(at: empty.url) }
        let store = try CaseStores.open(location: empty.url)
        #expect(try store.auditEntries(after: 0).map(\.action) == ["create-store"])
        #expect(try SchemaStatus.read(path: empty.url) == .current(version: SchemaStatus.currentVersion))

        let foreign = try server.freshDatabase()
        defer { foreign.drop() }
        try server.psql("CREATE TABLE payroll (id integer)", database: foreign.name)
        #expect(throws: StoreError.notACaseStore(path: foreign.url)) { try CaseStores.initializeStore(at: foreign.url) }
        #expect(throws: StoreError.notACaseStore(path: foreign.url)) {
            _ = try CaseStores.open(location: foreign.url, create: true)
        }
        #expect(try server.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: foreign.name)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test("Hosts starting together on a new database apply each migration once", arguments: servers)
    func concurrentSetUp(_ server: PostgresTestServer) throws {
        let database = try server.freshDatabase()
        defer { database.drop() }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { _ = try CaseStores.open(location: database.url, create: true) } catch { failures.add(error) }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let store = try CaseStores.open(location: database.url)
        #expect(try store.auditEntries(after: 0).map(\.action) == ["create-store"])
        try store.integrityCheck()
    }

    @Test("Two hosts saving the same case: one wins, the other gets the conflict, the chain holds", arguments: servers)
    func twoHosts(_ server: PostgresTestServer) throws {
        let database = try server.freshDatabase()
        defer { database.drop() }
        let first = try CaseStores.open(location: database.url, create: true, today: day("2026-11-30"))
        let second = try CaseStores.open(location: database.url, today: day("2026-11-30"))
        let stored = try first.createCase(sampleCase("2026-0100"))
        let id = try #require(stored.file.id)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let store = index == 0 ? first : second
            do {
                try store.apply(.addEvidence(EvidenceItem(category: .other, title: "From host \(index)")), to: id,
                                expectedVersion: 1)
            } catch { failures.add(error) }
        }
        #expect(failures.all.count == 1)
        #expect(failures.all.allSatisfy { if case StoreError.conflict = $0 { true } else { false } })
        #expect(try second.loadCase(id: id)?.version == 2)
        #expect(try first.auditTrail(caseID: id).count == 2)
        try second.integrityCheck()
    }

    @Test("A commit on one host wakes another's screen through its notification descriptor", arguments: servers)
    func notifications(_ server: PostgresTestServer) throws {
        let database = try server.freshDatabase()
        defer { database.drop() }
        let writer = try CaseStores.open(location: database.url, create: true, today: day("2026-11-30"))
        let screen = try CaseStores.open(location: database.url, readOnly: true, today: day("2026-11-30"))
        let descriptors = screen.notificationDescriptors
        #expect(descriptors.count == 1)
        let start = try screen.changeToken()
        #expect(try screen.changes(since: start).isEmpty)
        #expect(!Self.readable(descriptors, within: 0.2))
        let stored = try writer.createCase(sampleCase("2026-0101"))
        #expect(Self.readable(descriptors, within: 2))
        let changes = try screen.changes(since: start)
        #expect(changes.cases == Set([stored.file.id].compactMap { $0 }))
        // Asked again with nothing new: answered empty, and the descriptor is quiet again.
        #expect(try screen.changes(since: changes.token).isEmpty)
        #expect(!Self.readable(screen.notificationDescriptors, within: 0.2))
    }

    @Test("A read-only opening refuses writes on the server too", arguments: servers)
    func readOnly(_ server: PostgresTestServer) throws {
        let database = try server.freshDatabase()
        defer { database.drop() }
        _ = try CaseStores.open(location: database.url, create: true)
        let kiosk = try CaseStores.open(location: database.url, readOnly: true)
        #expect(throws: StoreError.readOnly(path: database.url)) { try kiosk.setIdleLockMinutes(3) }
        #expect(kiosk.backups == nil)
    }

    @Test("A password written into the URL never shows in messages", arguments: servers)
    func passwordHidden(_ server: PostgresTestServer) throws {
        let url = server.url.replacingOccurrences(of: "://casedesk@", with: "://nobody:secret@")
        do {
            _ = try CaseStores.open(location: url)
            Issue.record("a login that does not exist opened a store")
        } catch {
            let message = "\(error)"
            #expect(!message.contains("secret"))
            #expect(message.contains("nobody:***@"))
            #expect(!message.contains("\n"))
        }
    }

    /// The README's grants (For administrators), word for word.
    static let readmeGrants = """
        GRANT CONNECT ON DATABASE {db} TO casedesk_users;
        GRANT USAGE ON SCHEMA public TO casedesk_users;
        GRANT SELECT, INSERT, UPDATE, DELETE ON setting, court_closure, staff, "case", case_document, a_number,
            review_mark, audit_head TO casedesk_users;
        GRANT SELECT, INSERT ON audit TO casedesk_users;
        GRANT USAGE ON SEQUENCE case_id_seq TO casedesk_users;
        GRANT SELECT ON casedesk_migration TO casedesk_users;
        """

    @Test("A login with the README's grants does every write, and cannot rewrite the trail", arguments: servers)
    func grants(_ server: PostgresTestServer) throws {
        let database = try server.freshDatabase()
        defer { database.drop() }
        try CaseStores.initializeStore(at: database.url)
        let role = "host_" + database.name.suffix(12)
        try server.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casedesk_users') "
                        + "THEN CREATE ROLE casedesk_users NOLOGIN; END IF; END $$")
        try server.psql("CREATE ROLE \(role) LOGIN IN ROLE casedesk_users")
        defer { _ = try? server.psql("DROP OWNED BY \(role); DROP ROLE \(role)", database: database.name) }
        try server.psql(Self.readmeGrants.replacingOccurrences(of: "{db}", with: database.name), database: database.name)
        let url = database.url.replacingOccurrences(of: "://casedesk@", with: "://\(role)@")
        let store = try CaseStores.open(location: url, today: day("2026-11-30"))
        let stored = try store.createCase(sampleCase("2026-0300", aNumber: "234567891"))
        let id = try #require(stored.file.id)
        try store.apply(.addEvidence(EvidenceItem(category: .other, title: "Granted")), to: id, expectedVersion: 1)
        try store.setMeritsFilingLeadDays(45)
        try store.addClosure(CourtClosure(date: day("2026-12-24"), reason: "Closed"))
        try store.removeClosure(on: day("2026-12-24"))
        try store.markReviewed(itemID: "x", user: "mreyes", date: day("2026-11-30"))
        try store.unmarkReviewed(itemID: "x", user: "mreyes", date: day("2026-11-30"))
        try store.deleteCase(id: id, expectedVersion: 2)
        let restored = try store.restore(fromAudit: try store.auditTrail(caseID: id).last?.id ?? 0)
        #expect(restored.version == 4)
        try store.integrityCheck()
        #expect(throws: (any Error).self) { try server.psql("DELETE FROM audit", database: database.name) }
        #expect(throws: (any Error).self) {
            _ = try server.psql("SET ROLE \(role); DROP TABLE audit", database: database.name)
        }
    }

    static func readable(_ descriptors: [Int32], within seconds: Double) -> Bool {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        return poll(&polled, nfds_t(polled.count), Int32(seconds * 1000)) > 0
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func add(_ error: any Error) {
        lock.lock()
        errors.append(error)
        lock.unlock()
    }

    var all: [any Error] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}
