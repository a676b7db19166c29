import Foundation

/// Reads a store from another process, as an auditor would: the `sqlite3` shell (never casedesk's own
/// code, so a bug there cannot hide itself) and `casedesk check`.
struct StoreProbe {
    let runner: CommandRunner
    let path: String

    /// The rows of `sql`, each a list of columns (`|`-separated by sqlite3).
    func rows(_ sql: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-bail", "-cmd", ".timeout 5000", path, sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ProbeFailure(detail: "sqlite3: \(errors)") }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    }

    /// One integer the query returns.
    func count(_ sql: String) throws -> Int {
        guard let text = try rows(sql).first?.first, let value = Int(text) else {
            throw ProbeFailure(detail: "no number from \(sql)")
        }
        return value
    }

    /// `PRAGMA integrity_check` through sqlite3, then `casedesk check` (audit chain, every case and digest).
    func checkPasses() throws -> String? {
        let integrity = try rows("PRAGMA integrity_check").map { $0.joined(separator: "|") }
        guard integrity == ["ok"] else { return "integrity_check: \(integrity.prefix(3))" }
        let check = try runner.run(["check", "--db", path])
        return check.status == 0 ? nil : "casedesk check exited \(check.status): \(check.stderr)"
    }
}

/// The `sqlite3` shell failed or answered something unexpected.
struct ProbeFailure: Error, CustomStringConvertible {
    var detail: String
    var description: String { detail }
}

/// A child process started with its output in a file, for killing part-way.
struct KillableChild {
    let process: Process
    let output: String

    init(_ executable: URL, _ arguments: [String], output: String, environment: [String: String]) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        self.output = output
        guard FileManager.default.createFile(atPath: output, contents: nil) else {
            throw ProbeFailure(detail: "cannot create \(output)")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The complete lines written so far (a line still being written is left out).
    func lines() -> [String] {
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        return lines
    }

    /// SIGKILL, then the wait. True when the signal ended it (false: it had finished first).
    func kill() -> Bool {
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }
}
