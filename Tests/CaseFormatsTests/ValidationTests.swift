import CaseDomain
import Testing

@Suite("Case validation")
struct ValidationTests {
    let date = CivilDate(year: 2026, month: 1, day: 10)!

    func paths(_ file: CaseFile) -> [String] { CaseValidation.problems(in: file).map(\.path) }

    @Test("a plain case passes")
    func clean() {
        #expect(paths(CaseFile(matter: "2026-0142", client: Client(name: "Дмитрий Иванов", nationality: "stateless",
                                                                     languages: ["ru", "ckb"]))) == [])
    }

    @Test("every field problem is named by its path", arguments: [
        (CaseFile(matter: "", client: Client(name: "X")), "matter"),
        (CaseFile(matter: String(repeating: "1", count: 33), client: Client(name: "X")), "matter"),
        (CaseFile(matter: "a\nb", client: Client(name: "X")), "matter"),
        (CaseFile(matter: "M", client: Client(name: " ")), "client.name"),
        (CaseFile(matter: "M", client: Client(name: "X", latinName: "\u{1B}[2J")), "client.latinName"),
        (CaseFile(matter: "M", client: Client(name: "X", nationality: "Ru")), "client.nationality"),
        (CaseFile(matter: "M", client: Client(name: "X", languages: ["ru", "r"])), "client.languages[1]"),
        (CaseFile(matter: "M", client: Client(name: "X"), grounds: [.cat, .cat]), "grounds[1]"),
        (CaseFile(matter: "M", client: Client(name: "X"), family: [FamilyMember(name: "")]), "family[0].name"),
    ] as [(CaseFile, String)])
    func fieldProblems(file: CaseFile, path: String) {
        #expect(paths(file) == [path])
    }

    @Test("events: fields only where their kind allows them")
    func events() {
        let base = CaseFile(matter: "M", client: Client(name: "X"))
        func check(_ event: TimelineEvent, _ expected: [String]) {
            var file = base
            file.events = [TimelineEvent(kind: .note, date: date), event]
            #expect(paths(file) == expected)
        }
        check(TimelineEvent(kind: .cfi, date: date, outcome: .granted), ["events[1].outcome"])
        check(TimelineEvent(kind: .ijDecision, date: date, outcome: .inAbsentia), [])
        check(TimelineEvent(kind: .vdGranted, date: date, days: -1), ["events[1].days"])
        check(TimelineEvent(kind: .arrival, date: date, days: 30), ["events[1].days"])
        check(TimelineEvent(kind: .filing, date: date, status: .held), ["events[1].status"])
        check(TimelineEvent(kind: .bondHearing, date: date, hearing: date), ["events[1].hearing"])
        check(TimelineEvent(kind: .courtDeadline, date: date, hearing: date), ["events[1].title"])
        check(TimelineEvent(kind: .note, date: date, expires: date), ["events[1].expires"])
        check(TimelineEvent(kind: .note, date: date, notes: "line\n\tline"), [])
        check(TimelineEvent(kind: .note, date: date, notes: "bell\u{7}"), ["events[1].notes"])
        check(TimelineEvent(kind: .note, date: date, title: "abc\u{2066}"), ["events[1].title"])
    }

    @Test("custody: order, overlap, open periods and bond")
    func custody() {
        var file = CaseFile(matter: "M", client: Client(name: "X"))
        file.custody = [CustodyPeriod(status: .paroled, from: date.adding(days: 5)),
                        CustodyPeriod(status: .iceDetained, from: date, to: date.adding(days: 5))]
        #expect(paths(file) == [])
        file.custody[1].to = date.adding(days: 6)
        #expect(paths(file) == ["custody[0].from"])
        file.custody = [CustodyPeriod(status: .paroled, from: date), CustodyPeriod(status: .bond, from: date.adding(days: 9), bondAmount: 1_499)]
        #expect(Set(paths(file)) == ["custody[1].to", "custody[1].bondAmount"])
        file.custody = [CustodyPeriod(status: .iceDetained, from: date, to: date)]
        #expect(paths(file) == ["custody[0].to"])
        file.custody = [CustodyPeriod(status: .paroled, from: date, sponsor: Sponsor(name: ""))]
        #expect(paths(file) == ["custody[0].sponsor.name"])
    }

    @Test("evidence: unavailable needs a reason; language tags")
    func evidence() {
        var file = CaseFile(matter: "M", client: Client(name: "X"))
        file.evidence = [EvidenceItem(category: .identity, title: "Passport", status: .unavailable),
                         EvidenceItem(category: .medical, title: "Record", language: "RUS")]
        #expect(paths(file) == ["evidence[0].unavailableReason", "evidence[1].language"])
    }

    @Test("messages quote only the sanitised offending value")
    func messages() {
        let file = CaseFile(matter: "M", client: Client(name: "X", nationality: "\u{1B}]0;x"))
        let message = CaseValidation.problems(in: file).first?.message ?? ""
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
    }
}
