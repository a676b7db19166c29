import Foundation
import ReliabilitySupport
import Testing

/// RELIABILITY.md §5 and §7 in a real pseudo-terminal: hostile payloads pasted into a form's fields are
/// refused there and never reach the pty raw; a marker typed into every field of every form leaves no
/// copy outside the store and the open forms' own drafts (no temporary file, log, error output or board).
@Suite("Form entry", .serialized, .timeLimit(.minutes(10)))
struct FormEntryTests {
    static let today = "2026-11-30"

    /// The payloads pasted in the pty: a clipboard write, a title, a clear, an 8-bit CSI, a bidi override
    /// and a paste that pretends to end the paste and type `:quit`. (A NUL cannot be pasted through tmux.)
    static let pasted = ["OSC 52 clipboard write", "OSC 0 title", "CSI clear screen", "C1 CSI U+009B",
                         "U+202E right-to-left override", "CSI fake paste start", "BEL"]

    @Test("Payloads pasted into the client name and the judge: refused at the field with a message, the pty clean, title and clipboard untouched")
    func pastedIntoAForm() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: DashboardEndToEndTests.demo)
        defer { terminal.stop() }
        let raw = runner.path("pty.bin")
        try terminal.tmux(["pipe-pane", "-o", "-t", terminal.session, "cat >> " + DashboardTerminal.quoted(raw)], capture: false)
        let title = terminal.paneVariable("pane_title")
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("a")
        terminal.waitFor(text: "New case")
        try terminal.type("2026-0990")
        let payloads = HostilePayload.all.filter { Self.pasted.contains($0.name) }
        try #require(payloads.count == Self.pasted.count)
        // Client name is the second field, the judge eleven after it; a save refuses the first bad field,
        // so the client name is a valid one while the judge is tried.
        for (field, tabs) in [("Client name", 1), ("Judge", 11)] {
            if field == "Judge" { try terminal.type("Ana Client") }
            for _ in 0..<tabs { try terminal.press("Tab") }
            for payload in payloads {
                try terminal.press("C-u")
                try terminal.paste(payload.text)
                try terminal.press("C-s")
                let screen = terminal.waitFor("\(payload.name) refused at \(field)", timeout: 30) {
                    $0.contains("Not saved: \(field) ")
                }
                #expect(screen.contains("New case") && !screen.contains("Case created"), "\(payload.name) into \(field): \(screen)")
                #expect(!looksGarbled(screen), "\(payload.name) into \(field): garbled")
                // The next payload's message must be its own.
                try terminal.press("C-u")
                terminal.waitFor("\(field) cleared", timeout: 30) { !$0.contains("Not saved: \(field) ") }
                #expect(terminal.exitStatus == nil, "\(payload.name) ended the dashboard")
            }
        }
        try terminal.press("Escape")
        terminal.waitFor(text: "Discard")
        try terminal.press("y")
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("q")
        terminal.expectRestored(status: 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: raw)))
        #expect(HostilePayload.rawPayloads(in: bytes).isEmpty, "raw on the pty: \(HostilePayload.rawPayloads(in: bytes))")
        for (what, needle) in [("OSC", [0x1B, 0x5D]), ("C1 CSI", [0xC2, 0x9B]), ("RLO", [0xE2, 0x80, 0xAE]), ("BEL", [0x07])]
            as [(String, [UInt8])] {
            #expect(!HostilePayload.contains(bytes, needle), "\(what) bytes reached the pty")
        }
        #expect(terminal.paneVariable("pane_title") == title, "the pane title changed")
        let buffers = (try? terminal.tmux(["list-buffers"])) ?? ""
        #expect(buffers.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "a clipboard buffer was set: \(buffers)")
        ReliabilityFigures.record("form-entry", "\(payloads.count) payloads pasted into 2 fields of the new-case form: "
                                  + "each refused at its field, \(bytes.count) pty bytes with none raw; title and clipboard untouched")
    }

    /// The marker: no letters, so typed into a choice or a toggle it picks nothing.
    static let marker = "~7741~3390~"

    /// A form to visit: the keys that open it from the list, its title, how many fields to type into
    /// (Tab wraps, so more than it has only types some twice) and keys that pick a first choice.
    struct Visit {
        var keys: [String]
        var title: String
        var fields: Int
        var first: [String] = []
    }

    static let visits = [
        Visit(keys: ["a"], title: "New case", fields: 28),
        Visit(keys: ["e"], title: "Edit case", fields: 30),
        Visit(keys: ["2", "a"], title: "Record an event", fields: 12, first: ["Right"]),
        Visit(keys: ["3", "a"], title: "Change custody", fields: 18, first: ["Right"]),
        Visit(keys: ["4", "a"], title: "Add evidence", fields: 10, first: ["Right"]),
        Visit(keys: ["4", "Down", "e"], title: "Edit evidence", fields: 10),
    ]

    /// Every regular file under `folders` changed since `since` (found by `find -newer`), below 20 MB.
    static func changedFiles(under folders: [String], since: String) throws -> [String] {
        let find = Process()
        find.executableURL = URL(fileURLWithPath: "/usr/bin/find")
        find.arguments = folders + ["-xdev", "-type", "f", "-newer", since, "-size", "-20M"]
        let output = Pipe()
        find.standardOutput = output
        find.standardError = FileHandle.nullDevice
        try find.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        find.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("A marker typed into every field of every form: its drafts held it, and no file outside the store, no error output and no board does")
    func markerTypedEverywhere() throws {
        let started = Date()
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = try DashboardEndToEndTests.demoStore(runner)
        let db = arguments[1]
        let since = runner.path("started")
        try Data().write(to: URL(fileURLWithPath: since))
        let errors = runner.path("stderr.txt")
        let drafts = runner.home.appendingPathComponent(".local/state/casedesk/drafts").path
        let terminal = try DashboardTerminal(runner: runner, arguments: arguments, standardError: errors)
        defer { terminal.stop() }
        terminal.waitFor("the first case loaded") { $0.contains("Cases 9 by next") && !$0.contains("Loading…") }
        var typed = 0
        for (number, visit) in Self.visits.enumerated() {
            try terminal.press("1")
            for key in visit.keys { try terminal.press(key) }
            terminal.waitFor(text: visit.title, timeout: 30)
            for key in visit.first { try terminal.press(key) }
            for field in 0..<visit.fields {
                try terminal.press("C-u")
                try terminal.type(Self.marker + "\(number)-\(field)~")
                try terminal.press("Tab")
                typed += 1
            }
            // The draft holds what was typed (written within a second of the last key)...
            let kept = terminal.waitFor("the draft of \(visit.title)", timeout: 30) { _ in
                let files = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
                return files.contains { name in
                    let text = (try? String(contentsOfFile: drafts + "/" + name, encoding: .utf8)) ?? ""
                    return text.contains(Self.marker + "\(number)-")
                }
            }
            #expect(!kept.isEmpty)
            // ... and goes when the form is discarded.
            try terminal.press("Escape")
            terminal.waitFor(text: "Discard", timeout: 30)
            try terminal.press("y")
            terminal.waitFor(text: "Discarded", timeout: 30)
        }
        // One case saved with the marker in its text fields, for the board and the review.
        try terminal.press("1")
        try terminal.press("a")
        terminal.waitFor(text: "New case")
        try terminal.type("2026-0977")
        try terminal.press("Tab")
        try terminal.type(Self.marker + "name")
        for _ in 0..<9 { try terminal.press("Tab") }
        try terminal.type(Self.marker + "court")
        try terminal.press("Tab", "Tab")
        try terminal.type(Self.marker + "judge")
        try terminal.press("C-s")
        terminal.waitFor(text: "Case created", timeout: 30)
        try terminal.press("q")
        terminal.expectRestored(status: 0)

        let board = runner.path("board.json")
        let published = try runner.run(["publish-board", "--db", db, "--today", Self.today, "--out", board])
        #expect(published.status == 0, "\(published.stderr)")
        let review = try runner.run(["review", "--db", db, "--today", Self.today, "--all"])
        let needle = Array(Self.marker.utf8)
        for (what, text) in [("publish-board", published.stdout + published.stderr), ("review", review.stdout + review.stderr)] {
            #expect(!text.contains(Self.marker), "\(what) printed the marker")
        }
        let storeFiles = Set(["", "-wal", "-shm", "-journal"].map { db + $0 })
        let files = try Self.changedFiles(under: ["/tmp", "/var/tmp"], since: since).filter { !storeFiles.contains($0) }
        #expect(files.contains(board) && files.contains(errors), "the scan missed the run's own files")
        var scanned = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            scanned += data.count
            #expect(!HostilePayload.contains(Array(data), needle), "\(file) holds the marker")
        }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
        #expect(left.isEmpty, "drafts left behind: \(left)")
        ReliabilityFigures.record("form-marker", "a marker typed into \(typed) fields of \(Self.visits.count) forms and one saved case: "
                                  + "every draft held it and went; \(files.count) changed files (\(scanned) bytes) in /tmp and "
                                  + "/var/tmp outside the store, the error output, the board and the review hold none; "
                                  + String(format: "%.0f s", Date().timeIntervalSince(started)))
    }
}
