import CaseDomain

/// Cases for the store's tests.
enum Fixtures {
    /// A case with every field set, in Cyrillic, CJK and Latin, with multi-line notes.
    static func fullCase(matter: String = "2026-0142") -> CaseFile {
        let client = Client(name: "Дмитрий Иванов", latinName: "Dmitrii Ivanov", aNumber: ANumber(parsing: "A-234-567-890"),
                            birthDate: date("1990-02-28"), nationality: "RU", languages: ["ru", "en"],
                            interpreter: true)
        let family = [
            FamilyMember(name: "Анна Иванова", latinName: "Anna Ivanova", relation: "spouse",
                         aNumber: ANumber(parsing: "12345678"), birthDate: date("1992-05-01")),
            FamilyMember(name: "王小明", latinName: "Wang Xiaoming", relation: "步子", aNumber: nil, birthDate: nil),
        ]
        let custody = [
            CustodyPeriod(status: .cbpCustody, from: date("2022-03-10"), to: date("2022-03-11"), place: "San Ysidro POE"),
            CustodyPeriod(status: .iceDetained, from: date("2022-03-11"), to: date("2022-07-12"),
                          place: "Otay Mesa Detention Center", authority: "235(b)(1)", bondEligible: false),
            CustodyPeriod(status: .paroled, from: date("2022-07-12"), authority: "INA 212(d)(5)", bondEligible: nil,
                          bondAmount: 1500, obligor: "Анна Соколова", paroleExpiry: date("2027-07-11"),
                          conditions: "Report to ICE San Diego", atd: .smartlink, nextCheckIn: date("2026-12-15"),
                          sponsor: Sponsor(name: "Анна Соколова", relation: "sister", phone: "+1 619 555 0100",
                                           address: "12 Main St, Apt 3"),
                          notes: "Line one\nLine two\twith a tab"),
        ]
        let events = [
            TimelineEvent(kind: .arrival, date: date("2022-03-10"), place: "San Ysidro POE", title: "Presented at port",
                          recordedBy: "mreyes", sequence: 1),
            TimelineEvent(kind: .cfi, date: date("2022-04-01"), outcome: .positive, recordedBy: "mreyes", sequence: 2),
            TimelineEvent(kind: .masterHearing, date: date("2026-12-03"), time: TimeOfDay(hour: 8, minute: 30),
                          place: "880 Front St, Courtroom 4", title: "Master calendar", notes: "Bring\npassport",
                          status: .scheduled, recordedBy: "mreyes", sequence: 3),
            TimelineEvent(kind: .courtDeadline, date: date("2026-11-20"), title: "Brief due", hearing: date("2026-12-03"),
                          sequence: 4),
            TimelineEvent(kind: .vdGranted, date: date("2025-01-02"), days: 60, sequence: 5),
            TimelineEvent(kind: .eadGranted, date: date("2024-01-02"), expires: date("2029-01-01"), sequence: 6),
        ]
        let evidence = [
            EvidenceItem(category: .persecution, title: "Court ruling, CoAP Art. 20.2", status: .received, language: "ru",
                         needsTranslation: true, translationCertified: false, exhibit: "Tab C",
                         notes: "Original\nand copy"),
            EvidenceItem(category: .identity, title: "护照", status: .unavailable, language: "zh",
                         unavailableReason: "Seized at the border"),
        ]
        return CaseFile(matter: matter, client: client, family: family, grounds: [.politicalOpinion, .cat],
                        track: .defensive, court: "San Diego Immigration Court", docket: .nonDetained,
                        judge: "Judge Smith", paralegal: "mreyes", attorney: "jsapochnick",
                        oneYearException: .changedCircumstances, closed: nil, custody: custody, events: events,
                        evidence: evidence)
    }

    static func simpleCase(_ matter: String, name: String = "Client", paralegal: String? = "mreyes") -> CaseFile {
        CaseFile(matter: matter, client: Client(name: name), paralegal: paralegal)
    }
}
