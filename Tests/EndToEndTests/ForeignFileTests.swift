import Foundation
import PythonSupport
import Testing

/// A mistyped `--db` that names another program's SQLite file: refused, and the file left exactly as it was.
@Suite("Another program's database", .serialized)
struct ForeignFileTests {
    /// Python's sqlite3 makes the file, in its default rollback-journal mode or in WAL mode.
    static let makeDatabase = """
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1])
        if sys.argv[2] == "wal": c.execute("PRAGMA journal_mode=WAL")
        c.execute("CREATE TABLE contact (name TEXT)")
        c.execute("INSERT INTO contact VALUES ('someone')")
        c.commit()
        c.close()
        """

    @Test("Reading and writing commands refuse the file without changing a byte or adding -wal/-shm",
          arguments: ["delete", "wal"])
    func untouched(journalMode: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("contacts.db")
        _ = try PythonCheck.run(Self.makeDatabase, arguments: [db, journalMode])
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let commands: [[String]] = [
            ["check", "--db", db],
            ["review", "--db", db, "--today", "2026-11-30"],
            ["staff", "add", "mreyes", "--name", "Maria Reyes", "--initials", "MR", "--role", "paralegal", "--db", db],
            ["settings", "meritsFilingLeadDays", "15", "--db", db, "--create"],
            ["upgrade", "--db", db],
        ]
        for arguments in commands {
            let result = try runner.run(arguments)
            #expect(result.status == 1, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("not a casedesk store"), "\(arguments[0]): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "\(arguments[0]) changed the file")
            for suffix in ["-wal", "-shm", "-journal"] {
                #expect(!FileManager.default.fileExists(atPath: db + suffix), "\(arguments[0]) left \(suffix)")
            }
        }
    }
}
