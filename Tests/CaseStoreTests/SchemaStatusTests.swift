import CaseStore
import Foundation
import Testing

/// The read-only schema status, the upgrade that reports its versions, and a read-only opening's wait for it.
@Suite("Schema status and upgrade")
struct SchemaStatusTests {
    /// Takes a store back to schema version 1 exactly: migration v2 only added two indexes.
    static func downgradeToVersion1(_ path: String) throws {
        try runPython("""
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
            c.execute("drop index case_by_digest_date"); c.execute("drop index case_by_digest_generation")
            c.execute("delete from grdb_migrations where identifier = 'v2'"); c.commit()
            """, path)
    }

    @Test("A new store is current; one at schema 1 needs an upgrade, which says from which version to which")
    func statusAndUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        try SQLiteCaseStore.open(path: path, create: true).createCase(Fixtures.simpleCase("M-1"))
        let current = SchemaStatus.currentVersion
        #expect(current >= 2)
        #expect(try SchemaStatus.read(path: path) == .current(version: current))
        #expect(try SchemaUpgrade.perform(path: path) == SchemaUpgrade(from: current, to: current))
        try Self.downgradeToVersion1(path)
        #expect(try SchemaStatus.read(path: path) == .needsUpgrade(from: 1, to: current))
        let upgrade = try SchemaUpgrade.perform(path: path)
        #expect(upgrade == SchemaUpgrade(from: 1, to: current))
        #expect(upgrade.changedTheStore)
        #expect(try SchemaStatus.read(path: path) == .current(version: current))
        #expect(try SQLiteCaseStore.open(path: path, readOnly: true).loadCase(matter: "M-1")?.file == Fixtures.simpleCase("M-1"))
    }

    @Test("Reading the status changes nothing, and refuses what is not a store")
    func readOnlyAndRefusals() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try SQLiteCaseStore.open(path: path, create: true)
        try Self.downgradeToVersion1(path)
        _ = try SchemaStatus.read(path: path)
        #expect(try SchemaStatus.read(path: path) == .needsUpgrade(from: 1, to: SchemaStatus.currentVersion))
        #expect(throws: StoreError.noStore(path: folder.file("none.sqlite"))) {
            try SchemaStatus.read(path: folder.file("none.sqlite"))
        }
        let other = folder.file("other.sqlite")
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", other)
        #expect(throws: StoreError.notACaseStore(path: other)) { try SchemaStatus.read(path: other) }
        #expect(throws: StoreError.notACaseStore(path: other)) { try SchemaUpgrade.perform(path: other) }
    }

    @Test("A store from a newer casedesk is reported as newer and the upgrade refuses it untouched")
    func newer() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try SQLiteCaseStore.open(path: path, create: true)
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values ('v99')\"); c.commit()", path)
        #expect(try SchemaStatus.read(path: path) == .newer(known: SchemaStatus.currentVersion))
        #expect(throws: StoreError.newerSchema(path: path)) { try SchemaUpgrade.perform(path: path) }
        #expect(try runPython("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from grdb_migrations').fetchone()[0])", path)
            == "\(SchemaStatus.currentVersion + 1)\n")
    }

    @Test("A read-only opening waits for the upgrade: it opens once another process has upgraded the store")
    func waitOpensAfterUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        try SQLiteCaseStore.open(path: path, create: true).createCase(Fixtures.simpleCase("M-1"))
        try Self.downgradeToVersion1(path)
        var notices = 0
        var attempts = 0
        let store = try UpgradeWait(limit: 30, interval: 0.05).open(waiting: { notices += 1 }) {
            attempts += 1
            // The upgrade happens while the opening waits (as `casedesk upgrade` in another process would).
            if attempts == 3 { _ = try SchemaUpgrade.perform(path: path) }
            return try SQLiteCaseStore.open(path: path, readOnly: true)
        }
        #expect(try store.caseCount() == 1)
        #expect(notices == 1)
        #expect(attempts == 3)
    }

    @Test("The wait gives up after its limit with needsUpgrade, and passes any other error on at once")
    func waitLimitAndOtherErrors() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try SQLiteCaseStore.open(path: path, create: true)
        try Self.downgradeToVersion1(path)
        var notices = 0
        let start = Date()
        #expect(throws: StoreError.needsUpgrade(path: path)) {
            try UpgradeWait(limit: 0.4, interval: 0.05).open(waiting: { notices += 1 }) {
                try SQLiteCaseStore.open(path: path, readOnly: true)
            }
        }
        let waited = Date().timeIntervalSince(start)
        #expect(waited >= 0.4 && waited < 10)
        #expect(notices == 1)
        var attempts = 0
        let missing = folder.file("none.sqlite")
        #expect(throws: StoreError.noStore(path: missing)) {
            try UpgradeWait(limit: 30).open(waiting: { notices += 1 }) {
                attempts += 1
                return try SQLiteCaseStore.open(path: missing, readOnly: true)
            }
        }
        #expect(attempts == 1)
        #expect(notices == 1)
    }
}
