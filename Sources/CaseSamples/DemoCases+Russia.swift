import CaseDomain

extension DemoCases {
    /// The client from the news: a protester who presented at San Ysidro, was held four months at Otay Mesa
    /// and was paroled to his sister; his pre-hearing filings are overdue and his master hearing is this week.
    var ivanov: CaseFile {
        CaseFile(
            matter: "2026-0142",
            client: Client(name: "Дмитрий Иванов", latinName: "Dmitrii Ivanov", aNumber: ANumber(parsing: "234567890"),
                           birthDate: CivilDate(year: 1990, month: 2, day: 28), nationality: "RU",
                           languages: ["ru"], interpreter: true),
            family: [FamilyMember(name: "Анна Иванова", latinName: "Anna Ivanova", relation: "spouse")],
            grounds: [.politicalOpinion], track: .defensive, court: "San Diego Immigration Court",
            docket: .nonDetained, judge: "Judge Castellanos", paralegal: "mreyes", attorney: "aokafor",
            custody: [
                CustodyPeriod(status: .cbpCustody, from: d("2022-03-10"), to: d("2022-03-11"), place: "San Ysidro POE"),
                CustodyPeriod(status: .iceDetained, from: d("2022-03-11"), to: d("2022-07-12"),
                              place: "Otay Mesa Detention Center", authority: "235(b)(1)", bondEligible: false),
                CustodyPeriod(status: .paroled, from: d("2022-07-12"), authority: "INA 212(d)(5)",
                              paroleExpiry: d("2027-07-11"), conditions: "Report to ICE San Diego",
                              atd: .smartlink, nextCheckIn: d("2026-12-15"),
                              sponsor: Sponsor(name: "Анна Соколова", relation: "sister", phone: "+1 619 555 0100",
                                               address: "4120 Park Blvd, San Diego, CA 92103")),
            ],
            events: [
                event(.arrival, "2022-03-10") { $0.place = "San Ysidro POE"; $0.title = "Presented at port, asked for asylum" },
                event(.cfi, "2022-04-02") { $0.outcome = .positive; $0.place = "Otay Mesa Detention Center" },
                event(.ntaServed, "2022-04-20"),
                event(.i589Filed, "2023-02-14") { $0.notes = "Filed with the court at the first master hearing." },
                event(.biometrics, "2023-04-03") { $0.place = "ASC San Diego" },
                event(.eadFiled, "2023-08-01"),
                event(.feePaid, "2026-02-10") { $0.title = "Annual asylum fee" },
                event(.eadGranted, "2023-10-02") { $0.expires = self.d("2027-04-01") },
                event(.addressChange, "2026-11-23") { $0.notes = "Moved in with his sister in North Park." },
                event(.eoir33Filed, "2026-11-24"),
                event(.masterHearing, "2026-12-03") {
                    $0.time = self.t("08:30"); $0.place = "880 Front St, Courtroom 4"; $0.title = "Master calendar"; $0.status = .scheduled
                },
            ],
            evidence: checklist([.politicalOpinion], "ru", statuses: [
                "I-589 signed, with fee receipt": .filed, "EOIR-28 notice of appearance": .filed,
                "Internal passport": .filed, "International passport": .received,
                "Administrative or criminal court rulings": .received, "Police detention records": .translated,
                "Protest photos or video": .received, "Applicant's declaration": .requested,
                "Letter from the home-country defence lawyer": .requested,
            ], certified: ["Police detention records"]))
    }

    /// A Ukrainian journalist whose one-year filing deadline is ten days away.
    var petrenko: CaseFile {
        CaseFile(
            matter: "2026-0139",
            client: Client(name: "Олена Петренко", latinName: "Olena Petrenko", aNumber: ANumber(parsing: "A-219-884-105"),
                           birthDate: CivilDate(year: 1987, month: 9, day: 14), nationality: "UA",
                           languages: ["uk", "ru"], interpreter: true),
            grounds: [.nationality, .politicalOpinion], track: .defensive, court: "San Diego Immigration Court",
            docket: .nonDetained, paralegal: "mreyes", attorney: "dlevin",
            custody: [
                CustodyPeriod(status: .cbpCustody, from: d("2025-12-10"), to: d("2025-12-12"), place: "Otay Mesa POE"),
                CustodyPeriod(status: .recognizance, from: d("2025-12-12"), conditions: "I-220A: report every 60 days",
                              atd: .gpsMonitor, nextCheckIn: d("2026-12-02")),
            ],
            events: [
                event(.arrival, "2025-12-10") { $0.place = "Otay Mesa POE" },
                event(.ntaServed, "2026-01-08"),
                event(.masterHearing, "2026-05-12") { $0.time = self.t("13:00"); $0.status = .held },
                event(.masterHearing, "2027-02-16") { $0.time = self.t("08:30"); $0.place = "880 Front St, Courtroom 2" },
                event(.deadline, "2026-12-04") { $0.title = "Collect press card from the newsroom in Kharkiv" },
            ],
            evidence: checklist([.nationality, .politicalOpinion], "uk", statuses: [
                "International passport": .received, "Internal passport": .received, "Social-media posts with dates": .received,
            ]))
    }
}
