import CaseDomain

/// A few fixed cases with hand-computed deadlines, for the dashboard's tests (the demo store has its
/// own cases, in `CaseSamples`).
public enum SampleCases {
    /// The "today" the samples are written around: Mon 30 Nov 2026.
    public static let today = date("2026-11-30")

    static func date(_ text: String) -> CivilDate {
        CivilDate(iso: text) ?? CivilDate(dayNumber: 0)
    }

    static func item(_ rule: RuleID, _ title: String, trigger: String, due: String, state: DeadlineState,
                     hearing: String? = nil, unrolled: String? = nil, skipped: [SkippedDay] = [],
                     satisfied: String? = nil) -> DeadlineItem {
        let dueDate = date(due)
        return DeadlineItem(rule: rule, title: title, trigger: date(trigger), hearing: hearing.map(date), due: dueDate,
                            unrolled: unrolled.map(date), skipped: skipped, daysLeft: today.days(until: dueDate),
                            state: state, satisfiedOn: satisfied.map(date), listFrom: dueDate.adding(days: -14))
    }

    /// The cases, whole.
    public static let files: [CaseFile] = [ivanov, petrenko, orlov, li, nunez]

    /// The computed deadlines of each case, by matter.
    public static let deadlines: [String: [DeadlineItem]] = [
        "2026-0142": [
            item(.oneYearFiling, "One-year filing deadline", trigger: "2022-03-10", due: "2023-03-10", state: .met,
                 satisfied: "2023-02-20"),
            item(.prehearingMaster, "Filings due for the master calendar hearing of 2026-12-03", trigger: "2026-12-03",
                 due: "2026-11-18", state: .missed, hearing: "2026-12-03"),
            item(.prehearingIndividual, "Filings due for the individual hearing of 2027-02-16", trigger: "2027-02-16",
                 due: "2027-01-15", state: .open, hearing: "2027-02-16", unrolled: "2027-01-17",
                 skipped: [SkippedDay(date: date("2027-01-17"), reason: "Sunday"),
                           SkippedDay(date: date("2027-01-16"), reason: "Saturday")]),
        ],
        "2026-0139": [
            item(.oneYearFiling, "One-year filing deadline", trigger: "2025-12-04", due: "2026-12-04", state: .open),
        ],
        "2025-0077": [
            item(.eadFile, "EAD filing eligibility", trigger: "2026-06-01", due: "2026-10-29", state: .reached),
        ],
        "2026-0150": [
            item(.eoir33, "EOIR-33 change of address", trigger: "2026-11-20", due: "2026-11-25", state: .missed),
        ],
    ]

    /// The rules the sample deadlines cite.
    public static let rules: [RuleID: DeadlineRule] = [
        .prehearingMaster: DeadlineRule(
            id: .prehearingMaster, title: "Pre-hearing filings (master calendar)", kind: .deadline, isOptional: false,
            trigger: "a scheduled master calendar hearing", period: "15 days", counting: .backward,
            satisfiedBy: "a filing for that hearing", citation: "ICPM 3.1(b)(1)",
            attorneyNote: "A court-set date replaces this one. Confirm the judge's standing order."),
        .oneYearFiling: DeadlineRule(
            id: .oneYearFiling, title: "One-year filing deadline", kind: .deadline, isOptional: false,
            trigger: "the last arrival", period: "1 year", counting: .forward, satisfiedBy: "I-589 filed",
            citation: "INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)",
            attorneyNote: "Changed or extraordinary circumstances may excuse a late filing."),
    ]

    /// Case-list rows for the samples, with the hand-computed deadlines.
    public static var rows: [CaseRow] {
        files.map { file in
            var summary = CaseSummary(file: file, lastChange: today.adding(days: -3), today: today, engine: DeadlineEngine())
            summary.digest.pendingDeadlines = (deadlines[file.matter] ?? []).filter(\.state.isPending)
            return CaseRow(summary: summary)
        }
    }
}
