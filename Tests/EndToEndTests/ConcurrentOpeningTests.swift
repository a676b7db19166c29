import Foundation
import PythonSupport
import Testing

/// Several people starting casedesk at the same moment on a store that is new, or that needs an upgrade.
@Suite("Opening a store from several processes at once", .serialized)
struct ConcurrentOpeningTests {
    /// Starts every command at once through Python's subprocess; returns each one's exit status and stderr.
    func runTogether(_ commands: [[String]], runner: CommandRunner) throws -> [(status: Int, stderr: String)] {
        let script = """
            import json, os, subprocess, sys
            commands = json.loads(sys.argv[2])
            env = {"HOME": sys.argv[3], "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "America/Los_Angeles"}
            started = [subprocess.Popen([sys.argv[1]] + c, env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True) for c in commands]
            print(json.dumps([[p.wait(), p.stderr.read()] for p in started]))
            """
        let commandsJSON = String(decoding: try JSONSerialization.data(withJSONObject: commands), as: UTF8.self)
        let output = try PythonCheck.run(script, arguments: [CommandRunner.binary.path, commandsJSON, runner.home.path])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[Any]])
        return results.map { (status: $0[0] as? Int ?? -1, stderr: $0[1] as? String ?? "") }
    }

    func sqlite(_ query: String, _ path: String) throws -> String {
        try PythonCheck.run("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])",
                            arguments: [path, query]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("Five commands creating the same new store at once all succeed, and the store is created once")
    func createTogether() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        for round in 0..<4 {
            let db = runner.path("round\(round)/firm.sqlite")
            let results = try runTogether([
                ["settings", "--db", db, "--create"], ["review", "--db", db, "--create", "--all"],
                ["settings", "--db", db, "--create"], ["staff", "--db", db, "--create"],
                ["review", "--db", db, "--create", "--all", "--format", "json"],
            ], runner: runner)
            for result in results { #expect(result.status == 0, "round \(round): \(result.stderr)") }
            #expect(try runner.run(["check", "--db", db]).status == 0)
            #expect(try sqlite("select count(*) from audit where action = 'create-store'", db) == "1")
            #expect(try sqlite("select group_concat(identifier) from (select identifier from grdb_migrations order by identifier)", db) == "v1,v2,v3,v4")
        }
    }

    @Test("Four people opening a store that needs an upgrade at once all get in; the upgrade runs once")
    func upgradeTogether() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "60", "--today", "2026-11-30"])
        #expect(generated.status == 0, "\(generated.stderr)")
        for round in 0..<3 {
            // Back to schema v1 (v2 only added two indexes).
            _ = try PythonCheck.run("""
                import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
                c.execute("drop index case_by_digest_date"); c.execute("drop index case_by_digest_generation")
                c.execute("delete from grdb_migrations where identifier = 'v2'"); c.commit()
                """, arguments: [db])
            let results = try runTogether(Array(repeating: ["review", "--db", db, "--all", "--today", "2026-11-30"],
                                                 count: 4), runner: runner)
            for result in results { #expect(result.status == 0, "round \(round): \(result.stderr)") }
            #expect(try sqlite("select group_concat(identifier) from (select identifier from grdb_migrations order by identifier)", db) == "v1,v2,v3,v4")
            #expect(try runner.run(["check", "--db", db]).status == 0)
        }
    }
}
