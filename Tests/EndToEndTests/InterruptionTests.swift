import Foundation
import PythonSupport
import Testing

/// Ctrl-C, SIGTERM or SIGHUP while `backup` or `export` writes its file leaves nothing behind: no file at
/// the destination and no hidden half-written copy of client data beside it.
@Suite("Interrupted writes", .serialized)
struct InterruptionTests {
    /// Starts casedesk from Python with the signals unblocked and at their defaults (as a shell starts it;
    /// this test process blocks them on its threads), waits until a file whose name contains `marker`
    /// appears in `folder`, sends `signal`. Returns the exit status (negative: the signal that ended it)
    /// and whether the signal was sent while the file existed.
    func interrupt(_ arguments: [String], folder: String, marker: String, signal: Int32,
                   runner: CommandRunner) throws -> (status: Int, caught: Bool) {
        let script = """
            import json, os, signal, subprocess, sys, time
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
            binary, folder, marker, number = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
            env = {"HOME": sys.argv[5], "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
            child = subprocess.Popen([binary] + json.loads(sys.argv[6]), env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            caught = False
            deadline = time.monotonic() + 60
            while child.poll() is None and time.monotonic() < deadline:
                if any(marker in name for name in os.listdir(folder)):
                    child.send_signal(number)
                    caught = True
                    break
                time.sleep(0.0005)
            print(json.dumps([child.wait(), caught]))
            """
        let argumentsJSON = String(decoding: try JSONSerialization.data(withJSONObject: arguments), as: UTF8.self)
        let output = try PythonCheck.run(script, arguments: [CommandRunner.binary.path, folder, marker,
                                                             String(signal), runner.home.path, argumentsJSON])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])
        let status = result[0] as? Int ?? 0
        return (status, (result[1] as? Bool ?? false) && status < 0)
    }

    @Test("An interrupted backup or export leaves no file and no hidden partial copy")
    func nothingLeftBehind() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("store/firm.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "4000", "--today", "2026-11-30"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let out = runner.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        // The backup's window is a fraction of a second: try until a signal lands inside it.
        var backupCaught = false
        for attempt in 0..<12 where !backupCaught {
            let signal = attempt % 2 == 0 ? SIGINT : SIGTERM
            let result = try interrupt(["backup", "--db", db, out + "/copy\(attempt).sqlite"], folder: out,
                                       marker: ".partial-", signal: signal, runner: runner)
            if result.caught {
                backupCaught = true
                #expect(result.status == -Int(signal))
                #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
            } else {
                try? FileManager.default.removeItem(atPath: out + "/copy\(attempt).sqlite")
            }
        }
        #expect(backupCaught, "no signal arrived while the backup was being written")

        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let result = try interrupt(["export", "--db", db, "--format", "json", "--out", out + "/cases.json"],
                                       folder: out, marker: ".tmp-", signal: signal, runner: runner)
            #expect(result.caught, "the export ended before the signal")
            #expect(result.status == -Int(signal))
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        }
        // The store is untouched and a later backup works.
        #expect(try runner.run(["check", "--db", db]).status == 0)
        #expect(try runner.run(["backup", "--db", db, out + "/after.sqlite"]).status == 0)
    }
}
