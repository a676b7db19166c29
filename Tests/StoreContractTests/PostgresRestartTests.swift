import CaseDomain
import CaseStore
import Foundation
import PostgresTestSupport
import Glibc
import Testing

/// The server going away in the middle of a save. The test stops a server, so it runs on a cluster of its
/// own (Scripts/postgres-cluster with a state folder of its own), never the one the other tests share.
/// Part of a run only when `CASEDESK_TEST_POSTGRES_URL` is set (PostgreSQL is there to run).
@Suite(.serialized, .timeLimit(.minutes(3))) struct PostgresRestartTests {
    static let clusters = PostgresTestServer.fromEnvironment.map { _ in [PrivateCluster.script] } ?? []

    @Test("The server stopped mid-save: a one-line refusal, nothing half-written, the next save succeeds",
          arguments: clusters)
    func serverStoppedMidSave(_ script: String) throws {
        let cluster = try PrivateCluster(script: script)
        defer { cluster.stop() }
        let server = PostgresTestServer(url: try cluster.start())
        let database = try server.freshDatabase()
        let store = try CaseStores.open(location: database.url, create: true, today: day("2026-11-30"))
        let stored = try store.createCase(sampleCase("2026-0200", aNumber: "123456789"))
        let id = try #require(stored.file.id)

        // Another session holds the case's A-number row, so the save stops half-way: its case row is
        // rewritten (uncommitted) and its A-numbers wait for the lock. Then the server stops.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["psql", "--no-psqlrc", "--quiet", database.url, "-c",
                            "BEGIN; SELECT 1 FROM a_number FOR UPDATE; SELECT pg_sleep(60); COMMIT;"]
        holder.standardOutput = FileHandle.nullDevice
        holder.standardError = FileHandle.nullDevice
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        try waitFor("the lock is held") {
            try server.psql("SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' AND granted",
                            database: database.name).trimmingCharacters(in: .whitespacesAndNewlines) != "0"
        }
        let outcome = SaveOutcome()
        let saving = DispatchGroup()
        DispatchQueue.global().async(group: saving) {
            outcome.set(Result { try store.apply(.addEvidence(EvidenceItem(category: .other, title: "Mid-save")),
                                                 to: id, expectedVersion: 1) })
        }
        try waitFor("the save waits for the lock") {
            try server.psql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
                            database: database.name).trimmingCharacters(in: .whitespacesAndNewlines) != "0"
        }
        try cluster.run("halt")
        #expect(saving.wait(timeout: .now() + 30) == .success)
        let refusal = try #require(outcome.result.map { result -> (any Error)? in
            if case .failure(let error) = result { return error }
            return nil
        } ?? nil)
        let message = "\(refusal)"
        #expect(message.contains("nothing was saved"), "\(message)")
        #expect(!message.contains("\n"))

        try cluster.run("resume")
        let after = try #require(try store.loadCase(id: id))
        #expect(after.version == 1)
        #expect(after.file.evidence.count == stored.file.evidence.count)
        #expect(try store.auditTrail(caseID: id).count == 1)
        let saved = try store.apply(.addEvidence(EvidenceItem(category: .other, title: "After the restart")), to: id,
                                    expectedVersion: 1)
        #expect(saved.version == 2)
        try store.integrityCheck()
        database.drop()
    }

    func waitFor(_ what: String, timeout: TimeInterval = 15, _ condition: () throws -> Bool) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while try !condition() {
            guard Date() < deadline else { throw PostgresTestError(message: "timed out waiting until \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

/// A save's result, handed from its thread to the test.
final class SaveOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<StoredCase, any Error>?

    func set(_ result: Result<StoredCase, any Error>) {
        lock.lock()
        stored = result
        lock.unlock()
    }

    var result: Result<StoredCase, any Error>? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// A cluster of the test's own, through Scripts/postgres-cluster with its own state folder.
struct PrivateCluster {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts/postgres-cluster").path

    let script: String
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-pg-" + UUID().uuidString).path

    init(script: String) throws { self.script = script }

    func start() throws -> String { try run("start").trimmingCharacters(in: .whitespacesAndNewlines) }

    func stop() { _ = try? run("stop") }

    /// Runs the script spawned plainly and waited for alone: the server it starts outlives it, and
    /// Foundation's `Process` can wait forever on a child whose own child stays behind. Its output goes
    /// to a file, and it inherits no descriptor but the three standard ones.
    @discardableResult
    func run(_ command: String) throws -> String {
        let output = state + "." + command + ".out"
        defer { unlink(output) }
        let words = [script, command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables = ProcessInfo.processInfo.environment.merging(["CASEDESK_PG_CLUSTER_STATE": state]) { $1 }
            .map { $0.key + "=" + $0.value }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        Self.closeFrom(3, in: &actions)
        var pid: pid_t = 0
        guard posix_spawn(&pid, script, &actions, nil, argv, envp) == 0 else {
            throw PostgresTestError(message: "postgres-cluster \(command) did not start")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw PostgresTestError(message: "postgres-cluster \(command) failed") }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module
    /// does not export: looked up at run time.
    static func closeFrom(_ descriptor: Int32, in actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, descriptor)
    }
}
