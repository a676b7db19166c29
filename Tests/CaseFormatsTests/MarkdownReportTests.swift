import CaseDomain
import CaseFormats
import Foundation
import Testing

@Suite("Markdown case report")
struct MarkdownReportTests {
    static let today = CivilDate(year: 2026, month: 11, day: 30)!

    static func report(name: String) -> String {
        var file = CaseFile(matter: "2026-0142", client: Client(name: name, aNumber: ANumber(parsing: "234567890")))
        file.custody = [CustodyPeriod(status: .iceDetained, from: today.adding(days: -10), to: today.adding(days: -4), place: "| Otay"),
                        CustodyPeriod(status: .paroled, from: today.adding(days: -4))]
        file.events = [TimelineEvent(kind: .masterHearing, date: today.adding(days: 3), notes: "# not a heading\n- not a list")]
        file.evidence = [EvidenceItem(category: .identity, title: "<script>alert(1)</script>", status: .received,
                                      language: "ru", needsTranslation: true)]
        let item = DeadlineItem(rule: .prehearingMaster, title: "Filings due", trigger: today, due: today.adding(days: 1),
                                daysLeft: 1, state: .open, listFrom: today)
        return MarkdownReport(today: today, citation: { _ in "8 CFR 1003.31(c)" })
            .text(for: file, deadlines: [item], changes: [AuditLine(when: "2026-11-29 10:00", who: "mreyes", what: "`edited` *name*")])
    }

    @Test("hostile names stay text", arguments: ["# heading", "| pipe |", "<script>x</script>", "\u{1B}[2J\u{1B}]0;pwn\u{7}",
                                                  "`code`", "[link](http://x)", "- list", "1. one", "**bold** _it_"])
    func hostile(name: String) {
        let text = Self.report(name: name)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let line = text.split(separator: "\n").first { $0.hasPrefix("| Client |") }.map(String.init) ?? ""
        // Exactly the table's own three pipes: the name's pipes are escaped.
        #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3)
        let bare = line.replacingOccurrences(of: #"\\."#, with: "", options: .regularExpression)
        #expect(!bare.contains("<") && !bare.contains("](") && !bare.contains("`"))
        #expect(!text.contains("\n# heading") && !text.contains("\n- list"))
    }

    @Test("sections: custody days, deadlines with citations, missing evidence, changes")
    func sections() {
        let text = Self.report(name: "Дмитрий Иванов")
        #expect(text.hasPrefix("# Case 2026-0142\n"))
        #expect(text.contains("| ICE detained | 2026-11-20 | 2026-11-26 | \\| Otay | 6 |"))
        #expect(text.contains("Days detained in total as of 2026-11-30: 6."))
        #expect(text.contains("- 2026-12-01 **Deadline** Filings due (prehearing-master, open, 1 days left), 8 CFR 1003.31(c)"))
        #expect(text.contains("> \\# not a heading\n> \\- not a list"))
        #expect(text.contains("Awaiting certified translation (1):\n- \\<script\\>alert(1)\\</script\\>"))
        #expect(text.contains("| 2026-11-29 10:00 | mreyes | \\`edited\\` \\*name\\* |"))
    }
}
