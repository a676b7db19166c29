import Foundation
import Glibc
import Testing

/// The built `casedesk` running in a real pseudo-terminal: a tmux server of its own (`tmux -L`), one
/// window of a given size, driven with `send-keys` and read with `capture-pane`.
///
/// The program runs inside a small `sh` wrapper that records `stty -g` before and after it, writes
/// its exit status, then stays alive so the pane's state (alternate screen, cursor) can be asked after
/// the program has gone.
final class DashboardTerminal {
    let runner: CommandRunner
    let server = "casedesk-e2e-\(UUID().uuidString.prefix(8))"
    let session = "dash"

    /// Starts `casedesk arguments` at `columns`×`rows`; `environment` is the whole environment the program
    /// gets besides HOME, the XDG folders and PATH. With `standardError`, what it writes there goes to that
    /// file instead of the terminal.
    init(runner: CommandRunner, arguments: [String], columns: Int = 120, rows: Int = 40,
         environment: [String: String] = ["TERM": "xterm-256color", "LANG": "C.UTF-8"], standardError: String? = nil) throws {
        self.runner = runner
        var env = ["HOME": runner.home.path, "XDG_DATA_HOME": runner.path("data"),
                   "XDG_CONFIG_HOME": runner.path("config"), "PATH": "/usr/bin:/bin", "TZ": "America/Los_Angeles"]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { Self.quoted($0.key + "=" + $0.value) }.joined(separator: " ")
        let program = ([CommandRunner.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
            + (standardError.map { " 2> " + Self.quoted($0) } ?? "")
        let before = Self.quoted(runner.path("stty-before")), after = Self.quoted(runner.path("stty-after"))
        let status = Self.quoted(runner.path("status"))
        let script = "stty -g > \(before); env -i \(assignments) \(program); echo $? > \(status).tmp; "
            + "stty -g > \(after); mv \(status).tmp \(status); echo casedesk-exited; exec sleep 120"
        // This starts the server, which outlives the command: spawn it plainly and wait for the command
        // alone (Foundation's Process can wait forever on a child whose own child stays behind).
        let started = spawnAndWait(["new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)",
                                   "sh -c " + Self.quoted(script)])
        guard started == 0 else { throw TerminalStartFailure(status: started) }
    }

    deinit { stop() }

    /// Ends the tmux server (and with it anything still running in it).
    func stop() {
        _ = spawnAndWait(["kill-server"])
    }

    /// Runs tmux with `arguments` by posix_spawn, output to /dev/null; returns its wait status.
    func spawnAndWait(_ arguments: [String]) -> Int32 {
        let words: [String] = ["/usr/bin/tmux", "-u", "-L", server, "-f", "/dev/null"] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [String] = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=" + runner.home.path,
                                   "TMUX_TMPDIR=" + runner.home.path]
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // Nothing else: the tmux server outlives this call, and a pipe another test's thread has open this
        // moment (a capture's output) would stay open in it, so that reader would wait for the server's end.
        Self.closeFrom(3, in: &actions)
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, envp) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module
    /// does not export: looked up at run time.
    static func closeFrom(_ descriptor: Int32, in actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, descriptor)
    }

    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-u", "-L", server, "-f", "/dev/null"] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": runner.home.path,
                               "TMUX_TMPDIR": runner.home.path]
        process.standardError = FileHandle.nullDevice
        guard capture else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The screen's text now.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", session])) ?? "" }

    /// Waits until the screen satisfies `condition`; returns it (or the last screen seen, and records an issue).
    /// The default wait is long because a loaded CI machine (a release build beside the suite) can hold a
    /// screen back for many seconds; a test that measures a delay says so with its own bound.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 60, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = screen()
        while !condition(text) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen:\n\(text)", sourceLocation: sourceLocation)
                return text
            }
            Thread.sleep(forTimeInterval: 0.05)
            text = screen()
        }
        return text
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor(text, timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Sends keys by tmux's names (`Enter`, `Escape`, `C-c`, `Tab`, `Down`).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A pane variable (`alternate_on`, `cursor_flag`, `pane_pid`).
    func paneVariable(_ name: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", session, "#{\(name)}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of casedesk: the wrapper shell's child.
    func programPID(timeout: Double = 15) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let shell = paneVariable("pane_pid")
            if let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
               let first = children.split(separator: " ").first, let pid = Int32(first) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The program's exit status once it has exited (nil while it runs).
    var exitStatus: Int32? {
        (try? String(contentsOfFile: runner.path("status"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits for the program to exit; returns its status and how long the wait took.
    func waitForExit(timeout: Double = 30) -> (status: Int32?, seconds: Double) {
        let started = Date()
        while Date().timeIntervalSince(started) < timeout {
            if let status = exitStatus { return (status, Date().timeIntervalSince(started)) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return (nil, timeout)
    }

    /// `stty -g` before the program started and after it exited.
    var sttyBeforeAndAfter: (String, String) {
        ((try? String(contentsOfFile: runner.path("stty-before"), encoding: .utf8)) ?? "before missing",
         (try? String(contentsOfFile: runner.path("stty-after"), encoding: .utf8)) ?? "after missing")
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension DashboardTerminal {
    /// Asserts the program exited with `status` and left the terminal as it found it.
    func expectRestored(status: Int32, within seconds: Double = 15,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let exit = waitForExit(timeout: seconds)
        #expect(exit.status == status, sourceLocation: sourceLocation)
        waitFor(text: "casedesk-exited", sourceLocation: sourceLocation)
        let (before, after) = sttyBeforeAndAfter
        #expect(before == after, "stty -g changed", sourceLocation: sourceLocation)
        #expect(paneVariable("alternate_on") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(paneVariable("cursor_flag") == "1", "cursor hidden", sourceLocation: sourceLocation)
    }
}

/// tmux could not start the session.
struct TerminalStartFailure: Error {
    var status: Int32
}

/// Whether a screen shows signs of mojibake or stray escape sequences: replacement characters, UTF-8
/// read as Latin-1, raw escapes, or tmux's `_` stand-ins for box drawing.
func looksGarbled(_ screen: String) -> Bool {
    let markers = ["\u{FFFD}", "Ã", "Â", "â”", "\u{1B}", "^[", "[?1049", "[0m"]
    return markers.contains { screen.contains($0) }
}
