import Foundation
import PythonSupport
import Testing

/// `check` reads every stored case: damage that SQLite's integrity check cannot see is found and named.
@Suite("check reads every case", .serialized)
struct CheckCaseDataTests {
    /// Checkpoints the store, then overwrites the first 64 bytes of one case's document (its id and matter:
    /// bytes no other row repeats) in the file itself; prints SQLite's integrity check of the result.
    static let overwriteDocument = """
        import sqlite3, sys
        path, matter = sys.argv[1], sys.argv[2]
        c = sqlite3.connect(path)
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        doc = c.execute('SELECT d.document FROM case_document d JOIN "case" k ON k.id = d.case_id WHERE k.matter = ?',
                        (matter,)).fetchone()[0].encode()
        c.close()
        chunk = doc[:64]
        data = bytearray(open(path, "rb").read())
        assert data.count(chunk) == 1, "the chunk is not unique"
        at = data.index(chunk)
        data[at:at + 64] = b"#" * 64
        open(path, "wb").write(bytes(data))
        c = sqlite3.connect(path)
        print(c.execute("PRAGMA integrity_check").fetchone()[0])
        """

    /// Gives case argv[2] the digest of case argv[3].
    static let swapDigest = """
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1])
        a, b = [c.execute('SELECT digest FROM "case" WHERE matter = ?', (m,)).fetchone()[0] for m in sys.argv[2:4]]
        assert a != b
        c.execute('UPDATE "case" SET digest = ? WHERE matter = ?', (b, sys.argv[2]))
        c.commit()
        """

    func generated(_ runner: CommandRunner) throws -> (db: String, matters: [String]) {
        let db = runner.path("firm.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "300", "--seed", "7", "--today", "2026-11-30"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let matters = try PythonCheck.run("""
            import sqlite3, sys
            for (m,) in sqlite3.connect(sys.argv[1]).execute('SELECT matter FROM "case" ORDER BY matter'): print(m)
            """, arguments: [db]).split(separator: "\n").map(String.init)
        #expect(matters.count == 300)
        #expect(try runner.run(["check", "--db", db]).status == 0)
        return (db, matters)
    }

    @Test("64 bytes overwritten inside a case's document: the integrity check passes, check names the case")
    func damagedDocument() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let (db, matters) = try generated(runner)
        let matter = matters[150]
        let integrity = try PythonCheck.run(Self.overwriteDocument, arguments: [db, matter])
        #expect(integrity == "ok\n", "SQLite alone sees nothing wrong")
        let check = try runner.run(["check", "--db", db])
        #expect(check.status == 1)
        #expect(check.stderr.contains("is damaged: case \"\(matter)\": its document:1:"), "\(check.stderr)")
        #expect(!check.stdout.contains("ok"))
    }

    @Test("A digest that is not its case's own: check names the case")
    func foreignDigest() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let (db, matters) = try generated(runner)
        _ = try PythonCheck.run(Self.swapDigest, arguments: [db, matters[42], matters[43]])
        let check = try runner.run(["check", "--db", db])
        #expect(check.status == 1)
        #expect(check.stderr.contains("case \"\(matters[42])\": its digest does not match its document"), "\(check.stderr)")
    }
}
