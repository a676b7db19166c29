import CaseStore
import Foundation
import Testing

/// The read-only schema status, the upgrade that reports its versions, and a read-only opening's wait for it,
/// on stores made by earlier versions (`Stores/store-v2.sql`).
@Suite("Schema status and upgrade")
struct SchemaStatusTests {
    /// A store at schema version 2, as an earlier casedesk made it.
    static func version2Store(_ folder: TemporaryFolder) throws -> String {
        try StoreDumps.load("store-v2.sql", into: folder.file("s.sqlite"))
    }

    /// A store at schema version 1: the version-2 dump less what migration v2 added (two indexes).
    static func version1Store(_ folder: TemporaryFolder) throws -> String {
        let path = try StoreDumps.load("store-v2.sql", into: folder.file("v1.sqlite"))
        try runPython("""
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
            c.execute("drop index case_by_digest_date"); c.execute("drop index case_by_digest_generation")
            c.execute("delete from grdb_migrations where identifier = 'v2'"); c.commit()
            """, path)
        return path
    }

    @Test("A new store is current; older ones need an upgrade, which says from which version to which")
    func statusAndUpgrade() throws {
        let folder = try TemporaryFolder()
        let current = SchemaStatus.currentVersion
        #expect(current >= 3)
        let fresh = folder.file("new.sqlite")
        _ = try CaseStores.open(location: fresh, create: true)
        #expect(try SchemaStatus.read(path: fresh) == .current(version: current))
        #expect(try SchemaUpgrade.perform(path: fresh) == SchemaUpgrade(from: current, to: current))
        #expect(try !SchemaUpgrade.perform(path: fresh).changedTheStore)

        for (path, version) in [(try Self.version2Store(folder), 2), (try Self.version1Store(folder), 1)] {
            #expect(try SchemaStatus.read(path: path) == .needsUpgrade(from: version, to: current))
            let upgrade = try SchemaUpgrade.perform(path: path)
            #expect(upgrade == SchemaUpgrade(from: version, to: current))
            #expect(upgrade.changedTheStore)
            #expect(try SchemaStatus.read(path: path) == .current(version: current))
            #expect(try CaseStores.open(location: path, readOnly: true).caseCount() == 25)
        }
    }

    @Test("Reading the status changes nothing, and refuses what is not a store")
    func readOnlyAndRefusals() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version2Store(folder)
        _ = try SchemaStatus.read(path: path)
        #expect(try SchemaStatus.read(path: path) == .needsUpgrade(from: 2, to: SchemaStatus.currentVersion))
        #expect(throws: StoreError.needsUpgrade(path: path)) { try CaseStores.open(location: path, readOnly: true) }
        let missing = folder.file("none.sqlite")
        #expect(throws: StoreError.noStore(path: missing)) { try SchemaStatus.read(path: missing) }
        #expect(throws: StoreError.noStore(path: missing)) { try SchemaUpgrade.perform(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let other = folder.file("other.sqlite")
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", other)
        #expect(throws: StoreError.notACaseStore(path: other)) { try SchemaStatus.read(path: other) }
        #expect(throws: StoreError.notACaseStore(path: other)) { try SchemaUpgrade.perform(path: other) }
    }

    @Test("A store from a newer casedesk is reported as newer and the upgrade refuses it untouched")
    func newer() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try CaseStores.open(location: path, create: true)
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values ('v99')\"); c.commit()", path)
        #expect(try SchemaStatus.read(path: path) == .newer(known: SchemaStatus.currentVersion))
        #expect(throws: StoreError.newerSchema(path: path)) { try SchemaUpgrade.perform(path: path) }
        #expect(try runPython("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from grdb_migrations').fetchone()[0])", path)
            == "\(SchemaStatus.currentVersion + 1)\n")
    }

    @Test("A read-only opening waits for the upgrade: it opens once another process has upgraded the store")
    func waitOpensAfterUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version2Store(folder)
        var notices = 0
        var attempts = 0
        let store = try UpgradeWait(limit: 30, interval: 0.05).open(waiting: { notices += 1 }) {
            attempts += 1
            // The upgrade happens while the opening waits (as `casedesk upgrade` in another process would).
            if attempts == 3 { _ = try SchemaUpgrade.perform(path: path) }
            return try CaseStores.open(location: path, readOnly: true)
        }
        #expect(try store.caseCount() == 25)
        #expect(notices == 1)
        #expect(attempts == 3)
    }

    @Test("The wait gives up after its limit with needsUpgrade, and passes any other error on at once")
    func waitLimitAndOtherErrors() throws {
        let folder = try TemporaryFolder()
        let path = try Self.version2Store(folder)
        var notices = 0
        let start = Date()
        #expect(throws: StoreError.needsUpgrade(path: path)) {
            try UpgradeWait(limit: 0.4, interval: 0.05).open(waiting: { notices += 1 }) {
                try CaseStores.open(location: path, readOnly: true)
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
                return try CaseStores.open(location: missing, readOnly: true)
            }
        }
        #expect(attempts == 1)
        #expect(notices == 1)
    }
}
