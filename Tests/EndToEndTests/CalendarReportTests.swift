import Foundation
import PythonSupport
import Testing

/// calendar (read back with Python's icalendar) and report.
@Suite("Calendar and report", .serialized)
struct CalendarReportTests {
    static let today = "2026-11-30"

    @Test("The calendar parses with a real iCalendar parser: hearings timed, deadlines all-day, no names by default")
    func calendar() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "300", "--seed", "9", "--today", Self.today]).status == 0)
        let out = runner.path("hearings.ics")
        let result = try runner.run(["calendar", "--db", db, "--today", Self.today, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let raw = try Data(contentsOf: URL(fileURLWithPath: out))
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let script = """
            import icalendar, json, sys, datetime
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = list(cal.walk('VEVENT'))
            uids = [str(e['UID']) for e in events]
            timed = [e for e in events if isinstance(e['DTSTART'].dt, datetime.datetime)]
            allday = [e for e in events if not isinstance(e['DTSTART'].dt, datetime.datetime)]
            starts = [e['DTSTART'].dt if isinstance(e['DTSTART'].dt, datetime.date) else None for e in events]
            first = min(s if not isinstance(s, datetime.datetime) else s.date() for s in starts)
            last = max(s if not isinstance(s, datetime.datetime) else s.date() for s in starts)
            print(json.dumps({"count": len(events), "unique": len(set(uids)) == len(uids),
                              "timed": len(timed), "allday": len(allday),
                              "located": sum(1 for e in timed if 'LOCATION' in e),
                              "first": first.isoformat(), "last": last.isoformat(),
                              "summaries": [str(e['SUMMARY']) for e in events]}))
            """
        let parsed = try PythonCheck.run(script, arguments: [out], requiresPackages: true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(parsed.utf8)) as? [String: Any])
        #expect((json["count"] as? Int ?? 0) > 50)
        #expect(json["unique"] as? Bool == true)
        #expect((json["timed"] as? Int ?? 0) > 0)
        #expect((json["allday"] as? Int ?? 0) > 0)
        #expect((json["first"] as? String ?? "") >= Self.today)
        #expect((json["last"] as? String ?? "") <= "2027-11-30")
        let summaries = json["summaries"] as? [String] ?? []
        #expect(!summaries.contains { $0.contains("(") }, "no client names without --names")
        let named = try runner.run(["calendar", "--db", db, "--today", Self.today, "--names", "--from", "2026-12-01",
                                    "--to", "2026-12-31"])
        #expect(named.status == 0)
        #expect(named.stdout.contains("SUMMARY:") && named.stdout.contains(" ("))
        #expect(!named.stdout.contains("DTSTART:2027") && !named.stdout.contains("DTSTART;VALUE=DATE:2027"))
        let backwards = try runner.run(["calendar", "--db", db, "--from", "2026-12-31", "--to", "2026-12-01"])
        #expect(backwards.status == 64)
    }

    @Test("The report has every section, escapes store text and is recorded in the case's trail")
    func report() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("firm.sqlite")
        let intake = runner.path("intake.csv")
        try "matter,name,grounds,languages,court,custody,facility,custodyFrom\n2026-0142,# Ana | *Pérez*,political-opinion,ru,\"<b>court</b>\",ice-detained,Otay Mesa,2026-10-01\n"
            .write(toFile: intake, atomically: true, encoding: .utf8)
        #expect(try runner.run(["import", "--db", db, "--today", Self.today, intake]).status == 0)
        let out = runner.path("report.md")
        let result = try runner.run(["report", "--db", db, "--today", Self.today, "2026-0142", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        for heading in ["# Case 2026-0142", "## Custody", "## Timeline", "## Evidence", "## Recent changes"] {
            #expect(text.contains(heading + "\n"), "missing \(heading)")
        }
        #expect(!text.contains("\n# Ana"), "a name cannot start a heading")
        #expect(!text.contains("| *Pérez*"), "a name cannot add a table cell or emphasis")
        #expect(!text.contains("<b>"), "HTML is escaped")
        #expect(text.contains("Days detained in total as of 2026-11-30: 6"))
        #expect(text.contains("Awaiting certified translation"))
        #expect(text.contains("import-case"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try runner.run(["report", "--db", db, "--today", Self.today, "2026-0142"])
        #expect(again.stdout.contains("export-report"), "the first report is in the trail the second shows")
        let missing = try runner.run(["report", "--db", db, "9999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no case \"9999\""))
    }
}
