import CaseDomain

extension DemoCases {
    /// A draftee who refused mobilisation; his merits hearing is three weeks away.
    var orlov: CaseFile {
        CaseFile(
            matter: "2026-0131",
            client: Client(name: "Алексей Орлов", latinName: "Aleksei Orlov", aNumber: ANumber(parsing: "a 201 334 778"),
                           birthDate: CivilDate(year: 1996, month: 6, day: 3), nationality: "RU", languages: ["ru", "en"]),
            grounds: [.particularSocialGroup, .politicalOpinion], track: .defensive, court: "San Diego Immigration Court",
            docket: .nonDetained, judge: "Judge Alvarez", paralegal: "tnguyen", attorney: "aokafor",
            custody: [
                CustodyPeriod(status: .cbpCustody, from: d("2023-01-16"), to: d("2023-01-17"), place: "San Ysidro POE"),
                CustodyPeriod(status: .iceDetained, from: d("2023-01-17"), to: d("2023-03-02"), place: "Otay Mesa Detention Center",
                              authority: "235(b)(1)"),
                CustodyPeriod(status: .bond, from: d("2023-03-02"), bondAmount: 7_500, obligor: "Pavel Orlov (brother)"),
            ],
            events: [
                event(.arrival, "2023-01-16") { $0.place = "San Ysidro POE" },
                event(.cfi, "2023-02-01") { $0.outcome = .positive },
                event(.bondHearing, "2023-02-27") { $0.status = .held },
                event(.i589Filed, "2023-11-20"),
                event(.feePaid, "2025-11-20"),
                event(.feePaid, "2026-11-18") { $0.title = "Annual asylum fee" },
                event(.individualHearing, "2026-12-21") { $0.time = self.t("09:00"); $0.place = "880 Front St, Courtroom 6" },
                event(.courtDeadline, "2026-12-07") { $0.title = "Judge's filing deadline"; $0.hearing = self.d("2026-12-21") },
            ],
            evidence: checklist([.particularSocialGroup, .politicalOpinion], "ru", statuses: Dictionary(uniqueKeysWithValues:
                StartingChecklists.items(for: [.particularSocialGroup, .politicalOpinion], language: "ru").map { ($0.title, EvidenceStatus.filed) })
                .merging(["Medical records of injuries": .unavailable, "Summonses and search records": .translated], uniquingKeysWith: { $1 }),
                certified: ["Summonses and search records"]))
    }

    /// A Chechen client still detained at Otay Mesa, with a bond hearing this week.
    var aliev: CaseFile {
        CaseFile(
            matter: "2026-0150",
            client: Client(name: "Тимур Алиев", latinName: "Timur Aliev", aNumber: ANumber(parsing: "245-118-306"),
                           birthDate: CivilDate(year: 1993, month: 11, day: 5), nationality: "RU", languages: ["ru", "ce"],
                           interpreter: true),
            grounds: [.religion, .cat], track: .defensive, court: "Otay Mesa Immigration Court", docket: .detained,
            judge: "Judge Dunn", paralegal: "tnguyen", attorney: "dlevin",
            custody: [
                CustodyPeriod(status: .cbpCustody, from: d("2026-08-19"), to: d("2026-08-21"), place: "San Ysidro POE"),
                CustodyPeriod(status: .iceDetained, from: d("2026-08-21"), place: "Otay Mesa Detention Center",
                              authority: "235(b)(1)", bondEligible: false),
            ],
            events: [
                event(.arrival, "2026-08-19") { $0.place = "San Ysidro POE" },
                event(.cfi, "2026-09-02") { $0.outcome = .positive },
                event(.ntaServed, "2026-09-20"),
                event(.i589Filed, "2026-10-26"),
                event(.bondHearing, "2026-12-03") { $0.time = self.t("13:00"); $0.place = "Otay Mesa Immigration Court" },
                event(.individualHearing, "2027-01-12") { $0.time = self.t("08:30"); $0.place = "Otay Mesa Immigration Court" },
            ],
            evidence: checklist([.religion, .cat], "ru", statuses: ["I-589 signed, with fee receipt": .filed,
                                                                     "Applicant's declaration": .received]))
    }

    /// An affirmative applicant whose asylum clock stopped when he asked to reschedule his interview.
    var liMing: CaseFile {
        CaseFile(
            matter: "2026-0098",
            client: Client(name: "李明", latinName: "Li Ming", aNumber: ANumber(parsing: "216660041"),
                           birthDate: CivilDate(year: 1979, month: 4, day: 22), nationality: "CN", languages: ["zh"],
                           interpreter: true),
            grounds: [.religion], track: .affirmative, paralegal: "mreyes", attorney: "aokafor",
            custody: [CustodyPeriod(status: .notDetained, from: d("2025-08-02"))],
            events: [
                event(.arrival, "2025-08-02") { $0.place = "Los Angeles International Airport" },
                event(.i589Filed, "2026-06-01") { $0.place = "USCIS" },
                event(.biometrics, "2026-06-20"),
                event(.clockStopped, "2026-07-01") { $0.notes = "Applicant asked to reschedule the interview." },
                event(.clockResumed, "2026-07-11"),
                event(.asylumInterview, "2026-12-04") { $0.time = self.t("10:00"); $0.place = "Los Angeles Asylum Office" },
            ],
            evidence: checklist([.religion], "zh", statuses: ["I-589 signed, with fee receipt": .filed,
                                                               "Membership or clergy letters": .received]))
    }
}
