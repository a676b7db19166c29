import CaseDomain

extension SampleCases {
    static let ivanov = CaseFile(
        matter: "2026-0142",
        client: Client(name: "Дмитрий Иванов", latinName: "Dmitrii Ivanov", aNumber: ANumber(parsing: "234567890"),
                       birthDate: date("1990-02-28"), nationality: "RU", languages: ["ru"], interpreter: true),
        grounds: [.politicalOpinion], track: .defensive, court: "San Diego Immigration Court", docket: .nonDetained,
        paralegal: "mreyes", attorney: "jsapochnick",
        custody: [
            CustodyPeriod(status: .cbpCustody, from: date("2022-03-10"), to: date("2022-03-11"), place: "San Ysidro POE"),
            CustodyPeriod(status: .iceDetained, from: date("2022-03-11"), to: date("2022-07-12"),
                          place: "Otay Mesa Detention Center", authority: "235(b)(1)"),
            CustodyPeriod(status: .paroled, from: date("2022-07-12"), authority: "INA 212(d)(5)",
                          paroleExpiry: date("2027-07-11"), conditions: "Report to ICE San Diego", atd: .smartlink,
                          nextCheckIn: date("2026-12-15"),
                          sponsor: Sponsor(name: "Анна Соколова", relation: "sister", phone: "+1 619 555 0100")),
        ],
        events: [
            TimelineEvent(kind: .arrival, date: date("2022-03-10"), place: "San Ysidro POE", title: "Presented at port"),
            TimelineEvent(kind: .cfi, date: date("2022-04-02"), outcome: .positive),
            TimelineEvent(kind: .ntaServed, date: date("2022-04-20")),
            TimelineEvent(kind: .i589Filed, date: date("2023-02-20")),
            TimelineEvent(kind: .masterHearing, date: date("2026-12-03"), time: TimeOfDay(hour: 8, minute: 30),
                          place: "880 Front St, Courtroom 4", title: "Master calendar"),
            TimelineEvent(kind: .individualHearing, date: date("2027-02-16"), time: TimeOfDay(hour: 13, minute: 0)),
        ],
        evidence: [
            EvidenceItem(category: .forms, title: "I-589 with fee receipt", status: .filed),
            EvidenceItem(category: .identity, title: "Internal passport", status: .translated, language: "ru",
                         needsTranslation: true, translationCertified: true),
            EvidenceItem(category: .persecution, title: "Court ruling, CoAP Art. 20.2", status: .received,
                         language: "ru", needsTranslation: true),
            EvidenceItem(category: .persecution, title: "Police detention record", status: .requested),
            EvidenceItem(category: .witness, title: "Affidavit of Anna Sokolova", status: .needed),
            EvidenceItem(category: .medical, title: "Medical records of injuries", status: .unavailable,
                         unavailableReason: "clinic closed"),
        ])

    static let petrenko = CaseFile(
        matter: "2026-0139",
        client: Client(name: "Олена Петренко", latinName: "Olena Petrenko", aNumber: ANumber(parsing: "A-012-345-678"),
                       nationality: "UA", languages: ["uk"]),
        grounds: [.politicalOpinion], track: .defensive, docket: .detained, paralegal: "mreyes",
        custody: [CustodyPeriod(status: .iceDetained, from: date("2026-09-01"), place: "Otay Mesa Detention Center",
                                authority: "235(b)(1)", bondEligible: false)],
        events: [TimelineEvent(kind: .arrival, date: date("2025-12-04"), place: "Otay Mesa POE")])

    static let orlov = CaseFile(
        matter: "2026-0131",
        client: Client(name: "Алексей Орлов", latinName: "Aleksei Orlov", nationality: "RU"),
        grounds: [.politicalOpinion], track: .defensive, paralegal: "tkim",
        custody: [CustodyPeriod(status: .notDetained, from: date("2024-05-01"))],
        events: [TimelineEvent(kind: .arrival, date: date("2024-05-01")),
                 TimelineEvent(kind: .i589Filed, date: date("2024-09-10"))])

    static let li = CaseFile(
        matter: "2025-0077",
        client: Client(name: "李明", latinName: "Li Ming", aNumber: ANumber(parsing: "A 98 765 432"), nationality: "CN"),
        grounds: [.religion], track: .affirmative, paralegal: "tkim",
        events: [TimelineEvent(kind: .i589Filed, date: date("2026-06-01")),
                 TimelineEvent(kind: .asylumInterview, date: date("2027-01-15"), place: "Asylum Office, Tustin")],
        evidence: [EvidenceItem(category: .declaration, title: "Declaration 声明书", status: .needed, language: "zh",
                                needsTranslation: true)])

    static let nunez = CaseFile(
        matter: "2026-0150",
        client: Client(name: "José Núñez\u{1B}[31m", nationality: "VE"),
        grounds: [.particularSocialGroup], paralegal: "mreyes",
        events: [TimelineEvent(kind: .addressChange, date: date("2026-11-20"), title: "Moved\u{202E} to Chula Vista")])
}
