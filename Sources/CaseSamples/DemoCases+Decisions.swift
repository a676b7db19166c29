import CaseDomain

extension DemoCases {
    /// A Venezuelan opposition organiser denied by the judge: the appeal window is open.
    var ramirez: CaseFile {
        CaseFile(
            matter: "2025-0311",
            client: Client(name: "José Ramírez", latinName: "Jose Ramirez", aNumber: ANumber(parsing: "A 20 771 342"),
                           birthDate: CivilDate(year: 1984, month: 1, day: 30), nationality: "VE", languages: ["es"],
                           interpreter: true),
            grounds: [.politicalOpinion], track: .defensive, court: "San Diego Immigration Court", docket: .nonDetained,
            judge: "Judge Brennan", paralegal: "tnguyen", attorney: "dlevin",
            custody: [CustodyPeriod(status: .paroled, from: d("2024-02-07"), paroleExpiry: d("2026-12-20"),
                                    sponsor: Sponsor(name: "Carmen Ramírez", relation: "cousin"))],
            events: [
                event(.arrival, "2024-02-06") { $0.place = "San Ysidro POE" },
                event(.i589Filed, "2024-09-30"),
                event(.feePaid, "2025-10-06") { $0.title = "Annual asylum fee" },
                event(.feePaid, "2026-09-28") { $0.title = "Annual asylum fee" },
                event(.individualHearing, "2026-11-10") { $0.time = self.t("08:30"); $0.status = .held },
                event(.ijDecision, "2026-11-10") { $0.outcome = .denied; $0.notes = "Oral decision; adverse credibility finding." },
            ],
            evidence: checklist([.politicalOpinion], "es", statuses: Dictionary(uniqueKeysWithValues:
                StartingChecklists.items(for: [.politicalOpinion], language: "es").map { ($0.title, EvidenceStatus.filed) })))
    }

    /// Ordered removed in absentia after a notice went to an old address; a motion to reopen is being drafted.
    var hernandez: CaseFile {
        CaseFile(
            matter: "2026-0077",
            client: Client(name: "Ana Hernández", latinName: "Ana Hernandez", aNumber: ANumber(parsing: "212-409-553"),
                           birthDate: CivilDate(year: 1998, month: 12, day: 1), nationality: "HN", languages: ["es"]),
            grounds: [.particularSocialGroup], track: .defensive, court: "San Diego Immigration Court",
            docket: .nonDetained, paralegal: "mreyes", attorney: "dlevin",
            custody: [CustodyPeriod(status: .recognizance, from: d("2024-10-03"))],
            events: [
                event(.arrival, "2024-10-02") { $0.place = "Calexico POE" },
                event(.i589Filed, "2025-06-11"),
                event(.feePaid, "2026-06-01") { $0.title = "Annual asylum fee" },
                event(.masterHearing, "2026-06-05") { $0.status = .held; $0.notes = "Client absent: hearing notice went to a prior address." },
                event(.ijDecision, "2026-06-05") { $0.outcome = .inAbsentia },
                event(.addressChange, "2026-11-25") { $0.notes = "Now lives in Chula Vista." },
            ],
            evidence: checklist([.particularSocialGroup], "es", statuses: ["Applicant's declaration": .received]))
    }

    /// A Belarusian case nobody has touched in seven weeks; his parole runs out next month.
    var koval: CaseFile {
        CaseFile(
            matter: "2025-0402",
            client: Client(name: "Сяргей Коваль", latinName: "Siarhei Kaval", aNumber: ANumber(parsing: "228 350 917"),
                           birthDate: CivilDate(year: 1975, month: 3, day: 8), nationality: "BY", languages: ["be", "ru"],
                           interpreter: true),
            grounds: [.politicalOpinion], track: .defensive, court: "San Diego Immigration Court", docket: .nonDetained,
            paralegal: "tnguyen", attorney: "aokafor",
            custody: [CustodyPeriod(status: .paroled, from: d("2025-06-18"), paroleExpiry: d("2026-12-28"))],
            events: [
                event(.arrival, "2025-06-16") { $0.place = "San Ysidro POE" },
                event(.i589Filed, "2025-11-03"),
                event(.masterHearing, "2027-03-09") { $0.time = self.t("08:30") },
            ],
            evidence: checklist([.politicalOpinion], "be", statuses: ["International passport": .received]))
    }

    /// A Georgian client granted asylum: the case is closed.
    var beridze: CaseFile {
        CaseFile(
            matter: "2024-0188",
            client: Client(name: "ნინო ბერიძე", latinName: "Nino Beridze", aNumber: ANumber(parsing: "209553120"),
                           birthDate: CivilDate(year: 1991, month: 7, day: 19), nationality: "GE", languages: ["ka"]),
            grounds: [.particularSocialGroup], track: .defensive, court: "San Diego Immigration Court",
            docket: .nonDetained, paralegal: "mreyes", attorney: "aokafor",
            closed: CaseClosure(date: d("2026-09-30"), reason: .granted),
            custody: [CustodyPeriod(status: .paroled, from: d("2023-05-10"))],
            events: [
                event(.arrival, "2023-05-09") { $0.place = "San Ysidro POE" },
                event(.i589Filed, "2024-01-15"),
                event(.individualHearing, "2026-09-30") { $0.status = .held },
                event(.ijDecision, "2026-09-30") { $0.outcome = .granted },
                event(.appealWaived, "2026-09-30"),
            ],
            evidence: checklist([.particularSocialGroup], "ka", statuses: Dictionary(uniqueKeysWithValues:
                StartingChecklists.items(for: [.particularSocialGroup], language: "ka").map { ($0.title, EvidenceStatus.filed) })))
    }
}
