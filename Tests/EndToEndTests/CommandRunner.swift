import Foundation
import Testing

/// Runs the built `casedesk` binary with a clean environment and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `.build/debug/casedesk` (or wherever the test bundle's build folder is).
    static let binary: URL = {
        // The test bundle's folder (Bundle.main is the folder holding the test executable), then up from it.
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("casedesk")
            // A folder is "executable" too, and a checkout is often a folder named casedesk.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/casedesk")
    }()

    let home: URL
    /// The binary this runner starts: the build folder's unless a test names another (an installed one).
    let executable: URL

    init(executable: URL = CommandRunner.binary) throws {
        self.executable = executable
        home = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment(extra)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The clean environment every run gets: its own home and XDG folders, a plain PATH, a fixed zone.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": home.path, "XDG_DATA_HOME": path("data"), "XDG_CONFIG_HOME": path("config"),
                           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "America/Los_Angeles"]
        environment.merge(extra) { $1 }
        return environment
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }
}
