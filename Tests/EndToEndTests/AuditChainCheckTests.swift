import Foundation
import PythonSupport
import Testing

/// `casedesk check` on the audit trail's hash chain: the head hash printed, a row changed around casedesk
/// named by its id.
@Suite("check and the audit chain")
struct AuditChainCheckTests {
    @Test("check prints the chain's head; a row edited with sqlite3 fails the check, naming the row")
    func headAndTampering() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let created = try runner.run(["generate", "--db", db, "--create", "--cases", "5", "--today", "2026-11-30"])
        #expect(created.status == 0, "\(created.stderr)")
        let passed = try runner.run(["check", "--db", db])
        #expect(passed.status == 0, "\(passed.stderr)")
        let lines = passed.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 2, "\(passed.stdout)")
        let words = lines[1].split(separator: " ").map(String.init)
        // generate's rows: the store, its staff (the account running it became the admin) and 5 cases.
        let rows = try #require(Int(words.count == 6 ? words[2] : ""), "\(lines[1])")
        #expect(lines[1] == "audit chain: \(rows) rows, head \(words[5])")
        #expect(words[5].count == 64 && words[5].allSatisfy(\.isHexDigit))
        let head = try PythonCheck.run("""
            import sqlite3, sys
            print(sqlite3.connect(sys.argv[1]).execute('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').fetchone()[0])
            """, arguments: [db])
        #expect(head.trimmingCharacters(in: .whitespacesAndNewlines) == words[5])

        _ = try PythonCheck.run("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute('DROP TRIGGER audit_no_update')
            c.execute("UPDATE audit SET detail = 'nothing happened' WHERE id = 5")
            c.commit(); c.close()
            """, arguments: [db])
        let failed = try runner.run(["check", "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stdout.isEmpty)
        #expect(failed.stderr.contains("the audit chain is broken: audit row 5 was altered"), "\(failed.stderr)")
    }
}
