import CaseDomain
import CaseFormats
import Foundation
import Testing
@testable import CaseStore

@Suite("Opening and creating a store")
struct OpeningTests {
    @Test("A missing store is an error unless creation is asked for")
    func missingStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nope.sqlite")
        #expect(throws: StoreError.noStore(path: path)) { try SQLiteCaseStore.open(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: StoreError.noStore(path: path)) { try SQLiteCaseStore.open(path: path, readOnly: true, create: true) }
    }

    @Test("A new store is 0600 in a new folder of 0700, and its WAL files keep that mode")
    func newStoreModes() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("firm/cases.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        try store.createCase(Fixtures.simpleCase("M-1"))
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.file("firm")) == 0o700)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
    }

    @Test("groupShared makes the store 0660 in a 2770 folder, and back")
    func groupSharedModes() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("firm/cases.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        try store.setGroupShared(true)
        #expect(try store.settings().groupShared)
        #expect(try mode(path) == 0o660)
        #expect(try mode(path + "-wal") == 0o660)
        #expect(try mode(folder.file("firm")) == 0o2770)
        try store.setGroupShared(false)
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.file("firm")) == 0o700)
    }

    @Test("The store commits with synchronous=FULL, WAL, foreign keys and a busy timeout")
    func pragmas() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let (sync, journal, keys) = try store.pool.writeWithoutTransaction { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(sync == 2)
        #expect(journal == "wal")
        #expect(keys == 1)
        #expect(StoreOpener.busyTimeout >= 3)
    }

    @Test("Migrations run on an empty store and again on reopening without change")
    func migrations() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        try SQLiteCaseStore.open(path: path, create: true).createCase(Fixtures.simpleCase("M-1"))
        let reopened = try SQLiteCaseStore.open(path: path)
        #expect(try reopened.caseCount() == 1)
        #expect(try reopened.settings().meritsFilingLeadDays == 30)
        #expect(try reopened.auditEntries().filter { $0.action == AuditAction.createStore.rawValue }.count == 1)
    }

    @Test("A store at schema v1 is upgraded on a writable open, its cases kept; read-only asks for that first")
    func upgradeFromVersion1() throws {
        let folder = try TemporaryFolder()
        let path = try StoreDumps.load("store-v2.sql", into: folder.file("s.sqlite"))
        // Back to v1 exactly: v2 only added two indexes.
        try runPython("""
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
            c.execute("drop index case_by_digest_date"); c.execute("drop index case_by_digest_generation")
            c.execute("delete from grdb_migrations where identifier = 'v2'"); c.commit()
            """, path)
        #expect(throws: StoreError.needsUpgrade(path: path)) { try SQLiteCaseStore.open(path: path, readOnly: true) }
        let upgraded = try SQLiteCaseStore.open(path: path)
        #expect(try upgraded.caseCount() == 25)
        let schema = try runPython("""
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
            print(sorted(r[0] for r in c.execute("select identifier from grdb_migrations")))
            print(sorted(r[0] for r in c.execute("select name from sqlite_master where name like 'case_by_digest%'")))
            """, path)
        #expect(schema == "['v1', 'v2', 'v3', 'v4']\n['case_by_digest_date', 'case_by_digest_generation']\n")
        #expect(try SQLiteCaseStore.open(path: path, readOnly: true).caseCount() == 25)
    }

    @Test("A store made before stable ids migrates: every case and item gets the ids its old export would, nothing else changes")
    func upgradeToStableIDs() throws {
        let folder = try TemporaryFolder()
        let path = try StoreDumps.load("store-v2.sql", into: folder.file("s.sqlite"))
        #expect(throws: StoreError.needsUpgrade(path: path)) { try SQLiteCaseStore.open(path: path, readOnly: true) }
        let store = try SQLiteCaseStore.open(path: path, today: date("2026-11-30"))
        let oldExport = try CaseJSONDecoder().decode(try StoreDumps.data("store-v2.export.json"), file: "old export")
        #expect(oldExport.count == 25)
        var migrated: [CaseFile] = []
        try store.forEachCase { migrated.append($0.file) }
        // The ids a casedesk/1 file of the same cases gets on import, and the same cases otherwise.
        #expect(migrated == oldExport.map { old in
            var file = old
            file.id = CaseIdentity.derivedCaseID(matter: old.matter)
            return CaseIdentity.assigningPositionIDs(file)
        })
        #expect(Set(migrated.compactMap(\.id)).count == 25)
        // Audit rows written before the upgrade name their case's id too, so the change feed can follow them.
        let first = try #require(migrated.first?.id)
        #expect(try store.auditTrail(caseID: first).map(\.action) == ["generate-case"])
        // Writes after the upgrade keep the ids. The old store's directory (generated sample staff) does not
        // list the account running the test, which may then only read: it is entered as an admin would.
        try store.write { db in
            try db.execute(sql: "INSERT INTO staff (login, name, initials, role) VALUES (?, 'Test', 'T', 'admin')",
                           arguments: [store.currentUser])
        }
        let stored = try #require(try store.loadCase(id: first))
        let edited = try store.apply(.addEvidence(EvidenceItem(category: .other, title: "New")), to: first,
                                     expectedVersion: stored.version)
        #expect(edited.file.evidence.filter { $0.title != "New" }.map(\.id) == stored.file.evidence.map(\.id))
    }

    @Test("A file that is not a database is refused clearly")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.txt")
        try Data(String(repeating: "not a database at all\n", count: 300).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteCaseStore.open(path: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteCaseStore.open(path: path, readOnly: true) }
    }

    @Test("Another program's SQLite file is not taken for a store")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", path)
        #expect(throws: StoreError.notACaseStore(path: path)) { try SQLiteCaseStore.open(path: path) }
    }

    @Test("A store from a newer schema is refused, read-write and read-only")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        _ = try SQLiteCaseStore.open(path: path, create: true)
        try runPython("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values ('v99')\"); c.commit()", path)
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteCaseStore.open(path: path) }
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteCaseStore.open(path: path, readOnly: true) }
    }

    @Test("An unreadable store, or a folder in its place, is a clear error")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let directory = folder.file("a-folder")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(throws: StoreError.self) { try SQLiteCaseStore.open(path: directory) }
        let path = folder.file("s.sqlite")
        _ = try SQLiteCaseStore.open(path: path, create: true)
        chmod(path, 0)
        // root reads any file; everyone else is refused before SQLite is asked.
        if getuid() != 0 {
            #expect(throws: StoreError.cannotOpen(path: path, reason: "permission denied")) {
                try SQLiteCaseStore.open(path: path)
            }
        }
    }

    @Test("A new store records the system's time zone and the defaults")
    func defaults() throws {
        let folder = try TemporaryFolder()
        let settings = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true).settings()
        #expect(TimeZone(identifier: settings.timeZone) != nil)
        #expect(settings == StoreSettings(timeZone: settings.timeZone))
        #expect(settings.idleLockMinutes == 10)
    }
}

func mode(_ path: String) throws -> mode_t {
    var info = stat()
    guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
    return info.st_mode & 0o7777
}

/// Runs a short python3 program with its sqlite3 module: a second process touching the same file.
@discardableResult
func runPython(_ program: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", program] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    return String(decoding: data, as: UTF8.self)
}

/// Stores committed as SQL dumps (`*.sqlite` is not kept in git), made by earlier versions of casedesk.
enum StoreDumps {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Stores")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// A new SQLite file at `path` holding the dump `name`; returns `path`.
    static func load(_ name: String, into path: String) throws -> String {
        _ = try runPython("""
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.close()
            """, path, folder.appendingPathComponent(name).path)
        return path
    }
}
