import Foundation
import Testing

/// The deadline calculator through the command line: docs/rules.md's worked examples hold end to end.
@Suite("casedesk deadline")
struct DeadlineCommandTests {
    static let examples: [(rule: String, date: String, extra: [String], due: String)] = [
        ("one-year-filing", "2022-03-10", [], "2023-03-10"),
        ("one-year-filing", "2020-07-04", [], "2021-07-06"),
        ("one-year-filing", "2016-02-29", [], "2017-02-28"),
        ("bia-appeal", "2025-11-24", [], "2025-12-24"),
        ("bia-appeal", "2025-11-25", [], "2025-12-26"),
        ("prehearing-master", "2026-12-03", [], "2026-11-18"),
        ("prehearing-master", "2026-11-30", [], "2026-11-13"),
        ("eoir-33", "2026-12-23", [], "2026-12-28"),
        ("ar-11", "2026-12-23", [], "2027-01-02"),
        ("ead-file", "2026-06-01", ["--stop", "2026-07-01:2026-07-11"], "2026-11-08"),
        ("motion-reopen", "2026-03-06", ["--outcome", "in-absentia"], "2026-09-02"),
    ]

    @Test("Every worked example of docs/rules.md holds through the CLI", arguments: examples.indices)
    func workedExample(index: Int) throws {
        let example = Self.examples[index]
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["deadline", example.rule, example.date, "--format", "json",
                                     "--db", runner.path("s.sqlite"), "--create", "--today", "2026-11-30"] + example.extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"due\": \"\(example.due)\""), "\(result.stdout)")
    }

    @Test("bia-appeal from 2025-11-25: due 2025-12-26, unrolled 2025-12-25, rolled for Christmas Day, with its citation")
    func christmas() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["deadline", "bia-appeal", "2025-11-25", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {
              "format": "casedesk-deadline/1",
              "rule": "bia-appeal",
              "trigger": "2025-11-25",
              "due": "2025-12-26",
              "unrolled": "2025-12-25",
              "skipped": [
                {
                  "date": "2025-12-25",
                  "reason": "Christmas Day"
                }
              ],
              "citation": "8 CFR 1003.38(b)"
            }

            """)
    }

    @Test("With the December 2025 closures configured, both appeals are due Mon 29 Dec 2025")
    func closures() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        try runner.run(["settings", "closures", "add", "2025-12-24", "Executive order", "--db", db, "--create"])
        try runner.run(["settings", "closures", "add", "2025-12-26", "Executive order", "--db", db])
        for trigger in ["2025-11-24", "2025-11-25"] {
            let result = try runner.run(["deadline", "bia-appeal", trigger, "--format", "json", "--db", db])
            #expect(result.stdout.contains("\"due\": \"2025-12-29\""), "\(result.stdout) \(result.stderr)")
        }
    }

    @Test("Bad input gives one clear line and a non-zero exit", arguments: [
        (["deadline", "no-such-rule", "2025-11-25"], "unknown rule"),
        (["deadline", "bia-appeal", "2025-02-30"], "is not a date"),
        (["deadline", "bia-appeal", "25-11-2025"], "is not a date"),
        (["deadline", "voluntary-departure", "2025-11-25"], "days"),
        (["deadline", "ead-file", "2026-06-01", "--stop", "2026-07-01-2026-07-11"], "--stop"),
        (["review", "--db", "/nonexistent/folder/x.sqlite"], "no store at"),
        (["review", "--today", "2026-13-01"], "--today"),
    ])
    func badInput(arguments: [String], expected: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count <= 2, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}
