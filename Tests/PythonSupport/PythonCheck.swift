import Foundation

/// Runs a small Python script (the real csv, sqlite3 and icalendar parsers) and returns its stdout.
///
/// Scripts that need a package beyond the standard library (`requiresPackages`) get the packages of
/// `Scripts/python-requirements.txt`, which `Scripts/python-packages` installs once into
/// `.build/python` (never the user's site-packages); an install that fails fails the test with its reason.
public enum PythonCheck {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(_ script: String, arguments: [String], requiresPackages: Bool = false) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        if requiresPackages {
            let folder = try packagesFolder.get()
            environment["PYTHONPATH"] = [folder, environment["PYTHONPATH"]].compactMap { $0 }.joined(separator: ":")
        }
        let result = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments,
                                 environment: environment)
        guard result.status == 0 else { throw Failure(description: "python3 failed: " + result.stderr) }
        return result.stdout
    }

    /// The checkout this file is in.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the installed packages, installed on first use (once per test process; the
    /// script's lock covers other processes).
    static let packagesFolder: Result<String, Failure> = {
        let script = repositoryRoot.appendingPathComponent("Scripts/python-packages")
        do {
            let result = try execute(script, [], environment: ProcessInfo.processInfo.environment)
            let folder = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            guard result.status == 0, !folder.isEmpty else {
                return .failure(Failure(description: "the Python packages the tests need could not be installed "
                    + "(Scripts/python-packages, exit \(result.status)): \(result.stderr)"))
            }
            return .success(folder)
        } catch {
            return .failure(Failure(description: "cannot run \(script.path): \(error)"))
        }
    }()

    private static func execute(_ executable: URL, _ arguments: [String],
                                environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        // stderr goes to a file, so a long error log cannot fill a pipe while stdout is read.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("python-check-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw Failure(description: "cannot create \(errURL.path)")
        }
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errFile = try FileHandle(forWritingTo: errURL)
        defer { try? errFile.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errFile
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
