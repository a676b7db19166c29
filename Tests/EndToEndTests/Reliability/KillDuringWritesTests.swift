import Foundation
import Glibc
import ReliabilitySupport
import Testing

/// RELIABILITY.md §2: SIGKILL part-way through the store's writes (single edits as the dashboard saves them,
/// an import, a backup, a digest refresh), 52 times CI-sized and 500 with `CASEDESK_RELIABILITY=full`.
/// After every kill the store passes `PRAGMA integrity_check` and `casedesk check`, each transaction is all
/// there or not at all, nothing acknowledged is missing, and a backup killed before its rename is never at its
/// destination (what is there is always a whole copy that checks).
@Suite("kill -9 during writes", .serialized, .timeLimit(.minutes(90)))
struct KillDuringWritesTests {
    enum Operation: CaseIterable {
        case edits, importFile, backup, digestRefresh
    }

    static let today = "2026-11-30"
    static let hot = ["HOT-1", "HOT-2", "HOT-3"]
    static let importRows = 200
    /// Two days far apart: a refresh as of one makes every digest stale as of the other.
    static let refreshDates = ["2027-06-01", "2026-12-01"]
    static let stressClient = CommandRunner.binary.deletingLastPathComponent().appendingPathComponent("StoreStressClient")

    /// What the kills found, per operation.
    struct Tally {
        var kills = 0
        /// Ended by the signal (the rest had finished first: what they acknowledged must be there).
        var midway = 0
    }

    @Test("SIGKILL during edits, imports, backups and digest refreshes: the store always checks, all or nothing, nothing acknowledged lost")
    func killsLeaveTheStoreWhole() throws {
        let kills = try ReliabilityScale.current().pick(ci: 52, full: 500)
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("store/firm.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "300", "--today", Self.today])
        try #require(generated.status == 0, "\(generated.stderr)")
        let hotFile = runner.path("hot.csv")
        try ("matter,name,grounds\n" + Self.hot.map { "\($0),Ana Pérez,religion\n" }.joined())
            .write(toFile: hotFile, atomically: true, encoding: .utf8)
        let hotImport = try runner.run(["import", "--db", db, "--today", Self.today, hotFile])
        try #require(hotImport.status == 0, "\(hotImport.stderr)")
        let probe = StoreProbe(runner: runner, path: db)
        let baseVersions = Dictionary(uniqueKeysWithValues: try probe.rows(
            #"SELECT matter, version FROM "case" WHERE matter LIKE 'HOT-%'"#).map { ($0[0], Int($0[1]) ?? 0) })
        try #require(baseVersions.count == Self.hot.count)
        let backups = runner.path("backups")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)

        // How long each operation takes when left alone: kills land at a random point of that span.
        var durations: [Operation: Double] = [:]
        for operation in [Operation.importFile, .backup, .digestRefresh] {
            let started = Date()
            let child = try start(operation, iteration: -1, runner: runner, db: db, backups: backups)
            child.process.waitUntilExit()
            try #require(child.process.terminationStatus == 0, "\(operation) failed when left alone")
            durations[operation] = Date().timeIntervalSince(started)
        }
        try? FileManager.default.removeItem(atPath: backups + "/copy--1.sqlite")

        var tallies: [Operation: Tally] = [:]
        var leftPartials = 0
        var killedAfterRename = 0
        for iteration in 0..<kills {
            let operation = Operation.allCases[iteration % Operation.allCases.count]
            let child = try start(operation, iteration: iteration, runner: runner, db: db, backups: backups)
            switch operation {
            case .edits:
                // Into the save loop first, then a random moment of it.
                let deadline = Date().addingTimeInterval(20)
                while child.lines().isEmpty, child.process.isRunning, Date() < deadline { usleep(2000) }
                usleep(UInt32.random(in: 0...150_000))
            case .importFile, .backup, .digestRefresh:
                usleep(UInt32(Double.random(in: 0.05...1.0) * (durations[operation] ?? 0.1) * 1_000_000))
            }
            let midway = child.kill()
            tallies[operation, default: Tally()].kills += 1
            if midway { tallies[operation, default: Tally()].midway += 1 }
            let problem = try probe.checkPasses()
            try #require(problem == nil, "after kill \(iteration) (\(operation)): \(problem ?? "")")
            switch operation {
            case .edits:
                try expectEditsWhole(child.lines(), probe: probe, baseVersions: baseVersions, iteration: iteration)
            case .importFile:
                let prefix = "IMP\(iteration)-"
                let cases = try probe.count(#"SELECT count(*) FROM "case" WHERE matter LIKE '\#(prefix)%'"#)
                #expect(cases == 0 || cases == Self.importRows, "kill \(iteration): \(cases) of an import's cases stored")
                if !midway { #expect(cases == Self.importRows, "kill \(iteration): a finished import is missing") }
                let audited = try probe.count(#"SELECT count(DISTINCT matter) FROM audit WHERE matter LIKE '\#(prefix)%'"#)
                #expect(audited == cases, "kill \(iteration): \(audited) audited cases, \(cases) stored")
            case .backup:
                let destination = backups + "/copy-\(iteration).sqlite"
                let exists = FileManager.default.fileExists(atPath: destination)
                if exists {
                    // The copy is verified before it is renamed into place: whatever is at the destination is a
                    // whole backup, also when the kill came after the rename (while the folder was synced or
                    // the result printed).
                    let check = try runner.run(["check", "--db", destination])
                    #expect(check.status == 0, "kill \(iteration): the backup at its destination fails check: \(check.stderr)")
                    if midway { killedAfterRename += 1 }
                } else {
                    #expect(midway, "kill \(iteration): a finished backup is missing")
                }
                // A SIGKILL leaves the hidden partial file (nothing can remove it); later runs must not mind it.
                for name in try FileManager.default.contentsOfDirectory(atPath: backups) {
                    if name.contains(".partial-") { leftPartials += 1 }
                    try FileManager.default.removeItem(atPath: backups + "/" + name)
                }
            case .digestRefresh:
                break
            }
        }
        for operation in Operation.allCases {
            let tally = tallies[operation] ?? Tally()
            ReliabilityFigures.record("kill-9", "\(operation): \(tally.kills) kills, \(tally.midway) mid-operation, "
                                      + "every one checked whole" + (operation == .backup ? " (\(leftPartials) hidden partial files left by SIGKILL, "
                                                                   + "\(killedAfterRename) killed after the rename with a whole copy in place)" : ""))
        }
        #expect(tallies.values.map(\.midway).reduce(0, +) > kills / 2, "most kills should land mid-operation: \(tallies)")
    }

    /// Starts one operation as a child process writing to the store.
    func start(_ operation: Operation, iteration: Int, runner: CommandRunner, db: String,
               backups: String) throws -> KillableChild {
        let output = runner.path("child-\(iteration).out")
        let environment = runner.environment()
        switch operation {
        case .edits:
            return try KillableChild(Self.stressClient, ["--seconds", "30", db, "0"] + Self.hot,
                                     output: output, environment: environment)
        case .importFile:
            let file = runner.path("import-\(iteration).csv")
            var text = "matter,name,grounds,languages\n"
            for row in 1...Self.importRows { text += "IMP\(iteration)-\(row),Client \(row),political-opinion,es\n" }
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            return try KillableChild(CommandRunner.binary, ["import", "--db", db, "--today", Self.today, file],
                                     output: output, environment: environment)
        case .backup:
            return try KillableChild(CommandRunner.binary, ["backup", "--db", db, backups + "/copy-\(iteration).sqlite"],
                                     output: output, environment: environment)
        case .digestRefresh:
            let date = Self.refreshDates[(iteration / Operation.allCases.count) % Self.refreshDates.count]
            return try KillableChild(Self.stressClient, ["refresh", db, date], output: output, environment: environment)
        }
    }

    /// Every acknowledged save is there; each save's three parts (the version, the counter in the case's
    /// document, its audit row) are all there or none is.
    func expectEditsWhole(_ lines: [String], probe: StoreProbe, baseVersions: [String: Int], iteration: Int) throws {
        var acked: [String: Int] = [:]
        for line in lines {
            let words = line.split(separator: " ")
            if words.first == "ack", words.count == 5, let version = Int(words[2]) {
                acked[String(words[1])] = max(acked[String(words[1])] ?? 0, version)
            }
        }
        let rows = try probe.rows(#"""
            SELECT c.matter, c.version, json_extract(d.document, '$.evidence[0].notes'),
                   (SELECT count(DISTINCT a.case_version) FROM audit AS a WHERE a.case_id = c.id),
                   (SELECT max(a.case_version) FROM audit AS a WHERE a.case_id = c.id)
            FROM "case" AS c JOIN case_document AS d ON d.case_id = c.id WHERE c.matter LIKE 'HOT-%'
            """#)
        for row in rows {
            let matter = row[0], version = Int(row[1]) ?? -1, base = baseVersions[matter] ?? 0
            let counter = Int(row[2].split(separator: " ").last ?? "0") ?? 0
            let audited = Int(row[3]) ?? -1, newest = Int(row[4]) ?? -1
            #expect(version >= acked[matter] ?? 0, "kill \(iteration): \(matter) lost an acknowledged save")
            #expect(counter == version - base, "kill \(iteration): \(matter) is at version \(version) but counted \(counter)")
            #expect(audited == version && newest == version,
                    "kill \(iteration): \(matter) is at version \(version); the audit has \(audited) versions up to \(newest)")
        }
    }
}
