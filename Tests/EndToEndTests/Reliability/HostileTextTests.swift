import Foundation
import Glibc
import PythonSupport
import ReliabilitySupport
import Testing

/// RELIABILITY.md §5: the payloads of `HostilePayload.all`, imported (refused at the field with a message
/// naming it, or stored when a name may hold them) and written straight into the store by another tool
/// (shown inert everywhere: the bytes casedesk writes carry none of them raw).
@Suite("Hostile text", .serialized, .timeLimit(.minutes(10)))
struct HostileTextTests {
    static let today = "2026-11-30"

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { HostilePayload.contains(haystack, needle) }

    static func rawPayloads(in bytes: [UInt8]) -> [String] { HostilePayload.rawPayloads(in: bytes) }

    static func csvField(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test("Imported as CSV (client name) and JSON (judge): each payload refused at its field, or stored; messages inert")
    func imported() throws {
        #expect(HostilePayload.all.count >= 40)
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        for (index, payload) in HostilePayload.all.enumerated() {
            let db = runner.path("import-\(index).sqlite")
            let csv = runner.path("h.csv"), json = runner.path("h.json")
            try ("matter,name\nH-\(index)," + Self.csvField(payload.text) + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
            let document: [String: Any] = ["format": "casedesk/1", "cases": [
                ["matter": "J-\(index)", "client": ["name": "Ana"], "judge": payload.text] as [String: Any],
            ]]
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: json))
            for (file, field) in [(csv, "field \"name\""), (json, "cases[0].judge")] {
                let result = try runner.run(["import", "--db", db, "--today", Self.today, file])
                let name = URL(fileURLWithPath: file).lastPathComponent
                if payload.storable {
                    #expect(result.status == 0, "\(payload.name) in \(name): \(result.stderr)")
                } else {
                    #expect(result.status == 1, "\(payload.name) in \(name) was imported")
                    let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
                    // CR alone, CRLF and NUL fail the CSV file's own checks (docs/formats.md: line ends and
                    // encoding come before fields): named by line and column, not by column name.
                    let fileLevel = name == "h.csv" && ["CR overwrite", "CRLF", "NUL"].contains(payload.name)
                    #expect(first.hasPrefix("import: \(file):2:") || !fileLevel, "\(payload.name) in \(name): \(first)")
                    #expect(first.hasPrefix("import: \(file):") && (first.contains(field) || fileLevel),
                            "\(payload.name) in \(name): \(first)")
                }
                #expect(Self.rawPayloads(in: Array(result.stderr.utf8) + Array(result.stdout.utf8)).isEmpty,
                        "\(payload.name): the message carries the payload raw")
            }
        }
        ReliabilityFigures.record("hostile-text", "\(HostilePayload.all.count) payloads imported as CSV and JSON: "
                                  + "\(HostilePayload.all.filter { !$0.storable }.count) refused at the field, "
                                  + "\(HostilePayload.all.filter(\.storable).count) stored; no message carried one raw")
    }

    /// A store of generated cases, one payload written by Python's sqlite3 (another tool) into case k's
    /// client name (list and document), judge, first evidence item's title and notes, and first event's
    /// title. Returns the matters in payload order.
    func hostileStore(_ runner: CommandRunner) throws -> (db: String, matters: [String]) {
        let db = runner.path("hostile.sqlite")
        let generated = try runner.run(["generate", "--db", db, "--cases", "\(HostilePayload.all.count)", "--today", Self.today])
        try #require(generated.status == 0, "\(generated.stderr)")
        let payloads = String(decoding: try JSONSerialization.data(withJSONObject: HostilePayload.all.map(\.text)), as: UTF8.self)
        let payloadFile = runner.path("payloads.json")
        try payloads.write(toFile: payloadFile, atomically: true, encoding: .utf8)
        let script = """
            import json, sqlite3, sys
            payloads = json.load(open(sys.argv[2], encoding="utf-8"))
            db = sqlite3.connect(sys.argv[1])
            ids = [row[0] for row in db.execute('SELECT id, matter FROM "case" ORDER BY id')]
            matters = []
            for case_id, text in zip(ids, payloads):
                db.execute('UPDATE "case" SET client_name = ? WHERE id = ?', (text, case_id))
                db.execute(\"\"\"UPDATE case_document SET document = json_set(document, '$.client.name', ?,
                    '$.judge', ?) WHERE case_id = ?\"\"\", (text, "Judge " + text, case_id))
                for path in ("$.evidence[0].title", "$.evidence[0].notes", "$.events[0].title"):
                    db.execute(f\"\"\"UPDATE case_document SET document = json_set(document, '{path}', ?)
                        WHERE case_id = ? AND json_type(document, '{path[:-6]}') IS NOT NULL\"\"\", (text, case_id))
                matters.append(db.execute('SELECT matter FROM "case" WHERE id = ?', (case_id,)).fetchone()[0])
            db.commit()
            print(json.dumps(matters))
            """
        let output = try PythonCheck.run(script, arguments: [db, payloadFile])
        let matters = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        try #require(matters.count == HostilePayload.all.count)
        return (db, matters)
    }

    @Test("Written into the store by another tool: every case opens, the pty never carries a payload raw, title and clipboard untouched")
    func storedByAnotherTool() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let (db, matters) = try hostileStore(runner)
        let terminal = try DashboardTerminal(runner: runner, arguments: ["--db", db, "--today", Self.today])
        defer { terminal.stop() }
        let raw = runner.path("pty.bin")
        try terminal.tmux(["pipe-pane", "-o", "-t", terminal.session, "cat >> " + DashboardTerminal.quoted(raw)], capture: false)
        let title = terminal.paneVariable("pane_title")
        terminal.waitFor(text: "Cases \(matters.count)")
        // A full redraw now that the pane's bytes are recorded, then every case opened in turn.
        try terminal.resize(columns: 119, rows: 40)
        try terminal.resize(columns: 120, rows: 40)
        for matter in matters {
            try terminal.press(":")
            try terminal.type("goto " + matter)
            try terminal.press("Enter")
            // Open: its title shows and every pane has arrived (none still "Loading…").
            let screen = terminal.waitFor("\(matter) open", timeout: 30) { $0.contains("\(matter) ·") && !$0.contains("Loading…") }
            #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 41)
        }
        // The history overlay of a few of them.
        for matter in matters.prefix(3) {
            try terminal.press(":")
            try terminal.type("goto " + matter)
            try terminal.press("Enter")
            terminal.waitFor(text: "\(matter) ·", timeout: 30)
            try terminal.press("H")
            terminal.waitFor(text: "History", timeout: 30)
            try terminal.press("Escape")
        }
        try terminal.press("q")
        terminal.expectRestored(status: 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: raw)))
        #expect(bytes.count > 10_000, "only \(bytes.count) bytes recorded")
        #expect(Self.rawPayloads(in: bytes).isEmpty, "raw on the pty: \(Self.rawPayloads(in: bytes))")
        // Nothing that only an injected sequence would send: OSC, DCS, a full reset, C1 or bidi controls.
        for (what, needle) in [("OSC", [0x1B, 0x5D]), ("DCS", [0x1B, 0x50]), ("RIS", [0x1B, 0x63]), ("C1", [0xC2, 0x9B]),
                               ("C1 OSC", [0xC2, 0x9D]), ("RLO", [0xE2, 0x80, 0xAE]), ("LRI", [0xE2, 0x81, 0xA6]),
                               ("NUL", [0x00]), ("BEL", [0x07])] as [(String, [UInt8])] {
            #expect(!Self.contains(bytes, needle), "\(what) bytes reached the pty")
        }
        #expect(terminal.paneVariable("pane_title") == title, "the pane title changed")
        let buffers = (try? terminal.tmux(["list-buffers"])) ?? ""
        #expect(buffers.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "a clipboard buffer was set: \(buffers)")

        // The command line's views of the same cases: the review, each report, the office board.
        var outputs: [(String, [UInt8])] = []
        let review = try runner.run(["review", "--db", db, "--today", Self.today, "--all", "--names"])
        #expect(review.status == 0, "\(review.stderr)")
        outputs.append(("review", Array((review.stdout + review.stderr).utf8)))
        for matter in matters {
            let report = try runner.run(["report", "--db", db, "--today", Self.today, matter])
            #expect(report.status == 0, "report \(matter): \(report.stderr)")
            outputs.append(("report \(matter)", Array((report.stdout + report.stderr).utf8)))
        }
        let board = try runner.run(["publish-board", "--db", db, "--today", Self.today, "--out", "-"])
        outputs.append(("publish-board", Array((board.stdout + board.stderr).utf8)))
        // The command line prints whole values (a report is the case's full text), so the long line and
        // the stacked marks are there as stored; no control, bidi or invisible payload may be.
        let controls = HostilePayload.all.filter { !$0.storable && $0.name != "100 KB line" }
        for (view, output) in outputs {
            let raw = controls.filter { Self.contains(output, $0.dangerous) }.map(\.name)
            #expect(raw.isEmpty, "\(view) carries raw: \(raw)")
        }
        ReliabilityFigures.record("hostile-text", "\(matters.count) cases written by another tool: all opened, "
                                  + "\(bytes.count) pty bytes and \(outputs.count) command outputs carry no payload raw; "
                                  + "title and clipboard untouched")
    }
}
