import CaseDomain

/// The demo store's hand-written cases: believable clients whose dates sit around today and that show
/// every feature (overdue filings, detention, check-ins, an appeal window, the EAD clock, a closed case).
///
/// The cases are written as they stand on Monday 30 November 2026 and moved by whole weeks to the week
/// of `today`, so hearings stay on weekdays.
public struct DemoCases: Sendable {
    public static let anchor = CivilDate(year: 2026, month: 11, day: 30) ?? CivilDate(dayNumber: 0)

    public let today: CivilDate
    let shift: Int

    public init(today: CivilDate) {
        self.today = today
        let offset = DemoCases.anchor.days(until: today)
        shift = Int((Double(offset) / 7).rounded()) * 7
    }

    /// The demo's staff directory.
    public static let staff: [StaffMember] = [
        StaffMember(login: "mreyes", name: "Maria Reyes", initials: "MR", role: .paralegal),
        StaffMember(login: "tnguyen", name: "Thao Nguyen", initials: "TN", role: .paralegal),
        StaffMember(login: "aokafor", name: "Adaeze Okafor", initials: "AO", role: .attorney),
        StaffMember(login: "dlevin", name: "David Levin", initials: "DL", role: .attorney),
    ]

    /// A date of the anchor week, moved to today's week.
    func d(_ text: String) -> CivilDate {
        (CivilDate(iso: text) ?? DemoCases.anchor).adding(days: shift)
    }

    func t(_ text: String) -> TimeOfDay? { TimeOfDay(text: text) }

    /// Every demo case with the date of its last change.
    public var all: [SyntheticCase] {
        [
            SyntheticCase(file: ivanov, lastChange: d("2026-11-24")),
            SyntheticCase(file: petrenko, lastChange: d("2026-11-20")),
            SyntheticCase(file: orlov, lastChange: d("2026-11-27")),
            SyntheticCase(file: aliev, lastChange: d("2026-11-28")),
            SyntheticCase(file: liMing, lastChange: d("2026-11-16")),
            SyntheticCase(file: ramirez, lastChange: d("2026-11-12")),
            SyntheticCase(file: hernandez, lastChange: d("2026-11-25")),
            SyntheticCase(file: koval, lastChange: d("2026-10-09")),
            SyntheticCase(file: beridze, lastChange: d("2026-09-30")),
        ]
    }

    func event(_ kind: EventKind, _ date: String, _ build: (inout TimelineEvent) -> Void = { _ in }) -> TimelineEvent {
        var event = TimelineEvent(kind: kind, date: d(date), recordedBy: "mreyes")
        build(&event)
        return event
    }

    func checklist(_ grounds: [Ground], _ language: String, statuses: [String: EvidenceStatus],
                   certified: Set<String> = []) -> [EvidenceItem] {
        StartingChecklists.items(for: grounds, language: language).map { start in
            var item = start
            item.status = statuses[item.title] ?? .needed
            if item.status == .unavailable { item.unavailableReason = "Requested twice; the office does not answer requests from abroad" }
            item.translationCertified = item.needsTranslation && (certified.contains(item.title) || item.status == .filed)
            return item
        }
    }
}
