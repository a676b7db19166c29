import Foundation
import Testing

/// backup while another process writes; the copy passes check and restores by copying.
@Suite("Backup", .serialized)
struct BackupCommandTests {
    static let today = "2026-11-30"

    @Test("A backup taken while another process writes passes the integrity check and restores")
    func backupWhileWriting() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "500", "--seed", "2", "--today", Self.today]).status == 0)
        let writer = Process()
        writer.executableURL = CommandRunner.binary
        writer.arguments = ["generate", "--db", db, "--cases", "3000", "--seed", "4", "--today", Self.today, "--append"]
        writer.environment = ["HOME": runner.home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var counts: [Int] = []
        for index in 0..<3 {
            let target = runner.path("backups/copy-\(index).sqlite")
            try FileManager.default.createDirectory(atPath: runner.path("backups"), withIntermediateDirectories: true)
            let result = try runner.run(["backup", "--db", db, target])
            #expect(result.status == 0, "\(result.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: target)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let check = try runner.run(["check", "--db", target])
            #expect(check.status == 0, "\(check.stderr)")
            counts.append(Int(check.stdout.split(separator: "(").last?.split(separator: " ").first ?? "") ?? -1)
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(counts.allSatisfy { $0 == 500 || $0 == 3500 }, "a backup is a whole transaction or none: \(counts)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: runner.path("backups"))
        #expect(leftovers.allSatisfy { $0.hasPrefix("copy-") }, "\(leftovers)")
        // Restore: copy into place while nobody has the store open.
        let restored = runner.path("restored.sqlite")
        try FileManager.default.copyItem(atPath: runner.path("backups/copy-2.sqlite"), toPath: restored)
        let exported = try runner.run(["export", "--db", restored, "--today", Self.today])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("\"format\": \"casedesk/2\""))
    }

    @Test("A backup onto a folder or onto the store itself is refused")
    func refuses() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "5", "--today", Self.today]).status == 0)
        #expect(try runner.run(["backup", "--db", db, runner.home.path]).status == 1)
        let same = try runner.run(["backup", "--db", db, db])
        #expect(same.status == 1)
        #expect(same.stderr.contains("the store itself"))
    }

    @Test("A backup into a missing folder names the folder and the backup, not a hidden temporary, and writes nothing")
    func missingFolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "5", "--today", Self.today]).status == 0)
        let target = runner.path("no-such-folder/copy.sqlite")
        let result = try runner.run(["backup", "--db", db, target])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write the backup \(target)"), "\(result.stderr)")
        #expect(result.stderr.contains("does not exist"), "\(result.stderr)")
        #expect(!result.stderr.contains(".partial-") && !result.stderr.contains("the store"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("no-such-folder")))
    }
}
