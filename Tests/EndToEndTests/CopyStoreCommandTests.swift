import Foundation
import Testing

/// copy-store: a whole store into a new one, verified; a store that holds anything is refused.
@Suite("copy-store", .serialized)
struct CopyStoreCommandTests {
    static let today = "2026-11-30"

    @Test("A copy exports to the same bytes, passes check, and its trail is the original's plus one row")
    func copiesWhole() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let from = runner.path("firm.sqlite"), to = runner.path("copy/firm.sqlite")
        #expect(try runner.run(["generate", "--db", from, "--cases", "300", "--seed", "5", "--today", Self.today]).status == 0)
        #expect(try runner.run(["staff", "add", "--db", from, "lhernandez", "--name", "Lucía Hernández", "--initials", "LH",
                                "--role", "paralegal"]).status == 0)
        let copy = try runner.run(["copy-store", from, to])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stderr.contains("verified"))
        let mode = try FileManager.default.attributesOfItem(atPath: to)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Right after the copy: the copy's trail is the original's (the copy recorded as data taken out
        // included) plus its own row, and the original's head is the one the copy names.
        let checkFrom = try runner.run(["check", "--db", from])
        let checkTo = try runner.run(["check", "--db", to])
        #expect(checkFrom.status == 0 && checkTo.status == 0, "\(checkTo.stderr)")
        #expect(Self.auditRows(checkTo.stdout) == Self.auditRows(checkFrom.stdout) + 1)
        #expect(copy.stderr.contains("chain head \(Self.headHash(checkFrom.stdout)), as in the original"), "\(copy.stderr)")
        let original = try runner.run(["export", "--db", from, "--today", Self.today])
        let copied = try runner.run(["export", "--db", to, "--today", Self.today])
        #expect(original.status == 0 && copied.status == 0)
        #expect(original.stdout == copied.stdout)
        #expect(original.stdout.contains("\"format\": \"casedesk/2\""))
        let staff = try runner.run(["staff", "--db", to])
        #expect(staff.stdout.contains("Lucía Hernández"), "\(staff.stdout)")
    }

    @Test("A store that holds cases is refused and left as it was; a missing source is an error")
    func refuses() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let from = runner.path("a.sqlite"), to = runner.path("b.sqlite")
        #expect(try runner.run(["generate", "--db", from, "--cases", "5", "--today", Self.today]).status == 0)
        #expect(try runner.run(["generate", "--db", to, "--cases", "3", "--seed", "9", "--today", Self.today]).status == 0)
        let before = try runner.run(["export", "--db", to, "--today", Self.today]).stdout
        let refused = try runner.run(["copy-store", from, to])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not empty (it holds 3 cases)"), "\(refused.stderr)")
        #expect(try runner.run(["check", "--db", to]).stdout.contains("(3 cases"))
        #expect(try runner.run(["export", "--db", to, "--today", Self.today]).stdout == before)
        let missing = try runner.run(["copy-store", runner.path("nothing.sqlite"), runner.path("c.sqlite")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no store at"))
        #expect(!FileManager.default.fileExists(atPath: runner.path("c.sqlite")))
        let same = try runner.run(["copy-store", from, from])
        #expect(same.status == 64)
    }

    @Test("A copy whose source trail is broken is refused and leaves no new store behind")
    func brokenSource() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let from = runner.path("a.sqlite"), to = runner.path("b.sqlite")
        #expect(try runner.run(["generate", "--db", from, "--cases", "5", "--today", Self.today]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [from, "DROP TRIGGER audit_no_update; UPDATE audit SET subject = 'rewritten' WHERE id = 2;"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let copy = try runner.run(["copy-store", from, to])
        #expect(copy.status == 1)
        #expect(copy.stderr.contains("audit row 2 was altered"), "\(copy.stderr)")
        #expect(!FileManager.default.fileExists(atPath: to))
    }

    static func headHash(_ checkOutput: String) -> String {
        checkOutput.split(separator: "\n").first { $0.hasPrefix("audit chain: ") }.map { String($0.split(separator: " ").last ?? "") } ?? "?"
    }

    static func auditRows(_ checkOutput: String) -> Int {
        guard let line = checkOutput.split(separator: "\n").first(where: { $0.hasPrefix("audit chain: ") }) else { return -1 }
        return Int(line.split(separator: " ")[2]) ?? -1
    }
}
