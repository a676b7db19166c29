import Foundation

/// Runs a program other than through `CommandRunner` (the install script, `man`, a command left running in
/// the background), its output going to files so that no pipe can fill and stall it.
final class ProgramRun {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The checkout this file is in.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private let process = Process()
    private let outURL: URL
    private let errURL: URL
    private let label: String

    /// Starts `executable`; `folder` receives its output files.
    init(_ executable: URL, _ arguments: [String], environment: [String: String], outputIn folder: URL) throws {
        let name = "\(executable.lastPathComponent)-\(UUID().uuidString)"
        outURL = folder.appendingPathComponent(name + ".out")
        errURL = folder.appendingPathComponent(name + ".err")
        label = ([executable.path] + arguments).joined(separator: " ")
        for url in [outURL, errURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw Failure(description: "cannot create \(url.path)")
            }
        }
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    /// What the program has written to stderr so far.
    var stderrSoFar: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    /// Waits until `condition` holds of stderr; false if the program ended or the time ran out first.
    func waitForStderr(timeout: TimeInterval, until condition: (String) -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if condition(stderrSoFar) { return true }
            if !process.isRunning { return condition(stderrSoFar) }
            usleep(20_000)
        }
        return false
    }

    /// Waits for the program to end; one that outlives `timeout` is killed and reported as a failure.
    func finish(timeout: TimeInterval) throws -> CommandRunner.Result {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(label) ran longer than \(Int(timeout)) s; stderr: \(stderrSoFar)")
        }
        process.waitUntilExit()
        let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        return CommandRunner.Result(status: process.terminationStatus, stdout: out, stderr: stderrSoFar)
    }

    /// Runs a program to its end.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String], outputIn folder: URL,
                    timeout: TimeInterval = 60) throws -> CommandRunner.Result {
        try ProgramRun(executable, arguments, environment: environment, outputIn: folder).finish(timeout: timeout)
    }
}
