import CaseDomain
import Foundation
import GRDB
import ReliabilitySupport
import Testing
@testable import CaseStore

/// RELIABILITY.md §1: 8 processes saving a few hot cases for a while (10 s CI-sized, 60 s full), each save a
/// read-modify-write at the version read plus its audit row, with a random pause of up to 2 ms between
/// saves. Every acknowledged save is in the store and in the audit trail, no process ever saw the store
/// busy, the store passes its full check, and the commit latencies are recorded.
@Suite("Concurrent writers", .serialized)
struct ConcurrentWritersTests {
    static let processes = 8
    static let matters = ["HOT-1", "HOT-2", "HOT-3", "HOT-4", "HOT-5"]

    /// One acknowledged save as a client printed it.
    struct Ack {
        var matter: String
        var version: Int
        var count: Int
        var micros: Int
    }

    @Test("8 writers on 5 hot cases: zero lost updates, none busy, integrity ok, p99 commit latency recorded")
    func eightWriters() throws {
        let seconds = try ReliabilityScale.current().pick(ci: 10, full: 60)
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        for matter in Self.matters {
            var file = Fixtures.simpleCase(matter)
            file.evidence = [EvidenceItem(category: .forms, title: "Counter", notes: "count 0")]
            try store.createCase(file)
        }
        let rowsBefore = try store.integrityCheck().auditRows
        let runs = try (0..<Self.processes).map { index in
            let process = Process()
            process.executableURL = LostUpdateTests.client
            process.arguments = ["--seconds", String(seconds), "--think-ms", "2", path, "0"] + Self.matters
            let out = folder.file("client-\(index).out"), err = folder.file("client-\(index).err")
            try #require(FileManager.default.createFile(atPath: out, contents: nil))
            try #require(FileManager.default.createFile(atPath: err, contents: nil))
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            try process.run()
            return (process, out, err)
        }
        var acks: [Ack] = []
        var conflicts = 0, busy = 0, finished = 0
        for (process, out, err) in runs {
            process.waitUntilExit()
            let errors = try String(contentsOfFile: err, encoding: .utf8)
            #expect(process.terminationStatus == 0, "\(errors)")
            #expect(errors.isEmpty, "a client wrote to stderr: \(errors)")
            for line in try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                if words.first == "ack", words.count == 5, let version = Int(words[2]), let count = Int(words[3]),
                   let micros = Int(words[4]) {
                    acks.append(Ack(matter: words[1], version: version, count: count, micros: micros))
                } else if words.first == "done", words.count == 5, let conflicted = Int(words[2]), let busied = Int(words[4]) {
                    conflicts += conflicted
                    busy += busied
                    finished += 1
                }
            }
        }
        #expect(finished == Self.processes)
        #expect(busy == 0, "the store stayed busy \(busy) times")
        #expect(acks.count > Self.processes * seconds, "only \(acks.count) saves in \(seconds) s")
        let audited = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT matter, case_version FROM audit WHERE case_version IS NOT NULL")
                .map { row -> String in "\(row["matter"] as String? ?? "") \(row["case_version"] as Int? ?? -1)" }
        }
        let auditedSaves = Set(audited)
        for matter in Self.matters {
            let saved = acks.filter { $0.matter == matter }
            let stored = try #require(try store.loadCase(matter: matter))
            // Each save made its own version and counted from the one before: none was based on a stale read.
            #expect(Set(saved.map(\.version)).count == saved.count)
            #expect(saved.allSatisfy { $0.count == $0.version - 1 })
            #expect(stored.version == saved.count + 1)
            #expect(stored.file.evidence.first?.notes == "count \(saved.count)")
            let missing = saved.filter { !auditedSaves.contains("\(matter) \($0.version)") }
            #expect(missing.isEmpty, "\(missing.count) acknowledged saves of \(matter) have no audit row")
        }
        let report = try store.integrityCheck()
        #expect(report.auditRows == rowsBefore + acks.count)
        let millis = acks.map { Double($0.micros) / 1000 }
        let p50 = ReliabilityFigures.quantile(millis, 0.5) ?? 0, p99 = ReliabilityFigures.quantile(millis, 0.99) ?? 0
        let worst = millis.max() ?? 0
        ReliabilityFigures.record("concurrent-writers", String(
            format: "%d writers × %d s: %d saves (%.0f/s), %d conflicts retried, 0 lost, 0 busy; commit p50 %.1f ms, p99 %.1f ms, max %.1f ms",
            Self.processes, seconds, acks.count, Double(acks.count) / Double(seconds), conflicts, p50, p99, worst))
    }
}
