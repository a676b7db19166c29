import Foundation
import ReliabilitySupport
import Testing

/// RELIABILITY.md §9: the dashboard under xterm, xterm-256color, tmux-256color, screen, vt100, vt220, linux
/// and an unknown TERM, each in a UTF-8 locale, in the C locale (taken as UTF-8) and in an explicit
/// non-UTF-8 one (the ASCII fallback), at 80×24 (and 200×60 in the full run). Keys are sent as each
/// terminal sends them, and the screen is what pyte, a terminal emulator, makes of casedesk's bytes: the
/// same after every key as under xterm-256color in that locale, the golden screen at the start.
@Suite("Terminals matrix", .serialized, .timeLimit(.minutes(30)))
struct TerminalsMatrixTests {
    static let terms = ["xterm", "xterm-256color", "tmux-256color", "screen", "vt100", "vt220", "linux", "casedesk-unknown"]
    static let locales = [("UTF-8", "C.UTF-8"), ("C", "C"), ("non-UTF-8", "en_US.ISO-8859-1")]
    static let keys: [TerminalModel.Key] = [
        .init(name: "Down", capability: "kcud1"), .init(name: "Down", capability: "kcud1"),
        .init(name: "Up", capability: "kcuu1"), .init(name: "End", capability: "kend"),
        .init(name: "Home", capability: "khome"), .init(name: "PgDn", capability: "knp"),
        .init(name: "PgUp", capability: "kpp"), .init(name: "Right", capability: "kcuf1"),
        .init(name: "Shift-Tab", capability: "kcbt"), .init(name: "Tab", text: "\t"),
        .init(name: "Left", capability: "kcub1"), .init(name: "F1", capability: "kf1"),
        .init(name: "F1", capability: "kf1"), .init(name: "/", text: "/"), .init(name: "ivx", text: "ivx"),
        .init(name: "Left", capability: "kcub1"), .init(name: "Delete", capability: "kdch1"),
        .init(name: "Backspace", capability: "kbs"), .init(name: "Home", capability: "khome"),
        .init(name: "End", capability: "kend"), .init(name: "Enter", text: "\r"),
        .init(name: "Escape", text: "\u{1B}"),
    ]

    static func sizes() throws -> [[Int]] {
        try ReliabilityScale.current().pick(ci: [[80, 24]], full: [[80, 24], [200, 60]])
    }

    /// The golden screen of the demo at a size (the Dashboard's own rendering, recorded by its tests).
    static func golden(columns: Int, rows: Int) throws -> [String] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("DashboardTests/Goldens/demo-\(columns)x\(rows).txt")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    static func trimmed(_ lines: [String]) -> [String] {
        lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
    }

    @Test("Every TERM × locale: the keys work as that terminal sends them, the screen as pyte models it is right",
          arguments: try sizes())
    func matrix(size: [Int]) throws {
        let (columns, rows) = (size[0], size[1])
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = ["demo", "--today", "2026-11-30"]
        var runs = 0
        for (localeName, lang) in Self.locales {
            let reference = try TerminalModel.run(term: "xterm-256color", lang: lang, columns: columns, rows: rows,
                                                  keys: Self.keys, arguments: arguments, ready: "Cases 9",
                                                  home: runner.home.path)
            runs += 1
            #expect(reference.status == 0, "xterm-256color \(localeName): exit \(reference.status)")
            let start = Self.trimmed(reference.frames[0].lines)
            if localeName == "non-UTF-8" {
                for frame in reference.frames {
                    let wide = frame.lines.joined().unicodeScalars.filter { $0.value > 0x7E }
                    #expect(wide.isEmpty, "\(localeName) after \(frame.key): non-ASCII \(String(String.UnicodeScalarView(wide)).prefix(20))")
                }
            } else {
                // The header names the account running it (the golden's is mreyes'); every other row is the golden's.
                let golden = Self.trimmed(try Self.golden(columns: columns, rows: rows))
                #expect(Array(start.dropFirst()) == Array(golden.dropFirst().prefix(rows - 1)),
                        "\(localeName) \(columns)×\(rows) start:\n\(start.joined(separator: "\n"))")
            }
            // Each key did something (the screen changed), so comparing the other terminals with it means something.
            for (index, frame) in reference.frames.enumerated().dropFirst() {
                let before = reference.frames[index - 1]
                #expect(frame.lines != before.lines || frame.cursor != before.cursor,
                        "\(localeName): \(frame.key) (key \(index)) changed nothing")
            }
            for term in Self.terms where term != "xterm-256color" {
                let run = try TerminalModel.run(term: term, lang: lang, columns: columns, rows: rows, keys: Self.keys,
                                                arguments: arguments, ready: "Cases 9", home: runner.home.path)
                runs += 1
                #expect(run.status == 0, "\(term) \(localeName): exit \(run.status)")
                #expect(run.frames.count == reference.frames.count)
                for (frame, expected) in zip(run.frames, reference.frames) where !frame.matches(expected) {
                    let shown: String = Self.trimmed(frame.lines).joined(separator: "\n")
                    let wanted: String = Self.trimmed(expected.lines).joined(separator: "\n")
                    let place = "\(term) \(localeName) \(columns)×\(rows) after \(frame.key)"
                    Issue.record("\(place), cursor \(frame.cursor) (expected \(expected.cursor)):\n\(shown)\nexpected:\n\(wanted)")
                    break
                }
            }
        }
        ReliabilityFigures.record("terminals", "\(runs) runs at \(columns)×\(rows) (\(Self.terms.count) TERMs × "
                                  + "\(Self.locales.count) locales), \(Self.keys.count) keys each, screens compared through pyte")
    }
}
