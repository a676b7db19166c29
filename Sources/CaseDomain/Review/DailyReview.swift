/// The daily review queue (DOMAIN.md §Daily review): one function used by the dashboard, the `review`
/// command and the kiosk's counts.
public enum DailyReview {
    public static let hearingWindowDays = 7
    public static let checkInWindowDays = 3
    public static let evidenceWindowDays = 45
    public static let staleAfterDays = 30

    /// The queue for `date`: the open cases of `user` (everyone when nil), in section order; within a
    /// section overdue first, then by date, then by matter. `reviewed` holds the ids marked for that day.
    public static func queue(cases: [ReviewCase], date: CivilDate, user: String?,
                             reviewed: Set<String> = []) -> [ReviewItem] {
        var items: [ReviewItem] = []
        for candidate in cases where candidate.isOpen && (user == nil || candidate.paralegal == user) {
            items += self.items(for: candidate, on: date)
        }
        for index in items.indices { items[index].reviewed = reviewed.contains(items[index].id) }
        let order = Dictionary(uniqueKeysWithValues: ReviewSection.allCases.enumerated().map { ($1, $0) })
        return items.sorted { a, b in
            if a.section != b.section { return order[a.section, default: 0] < order[b.section, default: 0] }
            if a.isOverdue != b.isOverdue { return a.isOverdue }
            if a.sortDate != b.sortDate { return a.sortDate < b.sortDate }
            if a.matter != b.matter { return a.matter.utf8.lexicographicallyPrecedes(b.matter.utf8) }
            return a.id < b.id
        }
    }

    /// Every item one case contributes on `date`.
    static func items(for candidate: ReviewCase, on date: CivilDate) -> [ReviewItem] {
        let digest = candidate.digest
        var items: [ReviewItem] = []
        func add(_ section: ReviewSection, _ about: String, _ title: String, _ detail: ReviewDetail) {
            items.append(ReviewItem(id: "\(section.rawValue):\(candidate.matter)\(about)", section: section,
                                    matter: candidate.matter, title: title, detail: detail,
                                    clientName: candidate.clientName, latinName: candidate.latinName,
                                    reviewed: false))
        }
        let hearingEnd = date.adding(days: hearingWindowDays)
        for appointment in digest.upcomingAppointments where appointment.date >= date && appointment.date <= hearingEnd {
            let at = appointment.time.map { " at \($0.text)" } ?? ""
            add(.hearings, ":\(appointment.kind.rawValue):\(appointment.date.iso)",
                "\(appointment.kind.label) on \(appointment.date.iso)\(at)", .hearing(appointment))
        }
        for var deadline in digest.pendingDeadlines where deadline.listFrom <= date {
            deadline.daysLeft = date.days(until: deadline.due)
            deadline.state = deadline.due < date ? .missed : .open
            add(.deadlines, ":\(deadline.rule.rawValue):\(deadline.due.iso)", deadline.title, .deadline(deadline))
        }
        if let since = digest.detainedSince {
            let days = digest.daysDetained(on: date)
            add(.detained, "", "Detained since \(since.iso) (\(days) days)", .detained(since: since, daysDetained: days))
        }
        if let checkIn = digest.nextCheckIn, checkIn >= date, checkIn <= date.adding(days: checkInWindowDays) {
            add(.checkIns, ":\(checkIn.iso)", "ICE check-in on \(checkIn.iso)", .checkIn(date: checkIn))
        }
        if let hearing = digest.nextIndividualHearing, hearing >= date,
           hearing <= date.adding(days: evidenceWindowDays), digest.hasEvidenceWork {
            let missing = digest.evidenceTotal - digest.evidenceComplete
            add(.evidence, ":\(hearing.iso)",
                "Individual hearing on \(hearing.iso): \(count(missing, "item")) outstanding, \(digest.evidenceUntranslated) awaiting translation",
                .evidence(hearing: hearing, missing: missing, untranslated: digest.evidenceUntranslated))
        }
        let daysSince = candidate.lastChange.days(until: date)
        if daysSince > staleAfterDays {
            add(.stale, "", "No change since \(candidate.lastChange.iso) (\(daysSince) days)",
                .stale(lastChange: candidate.lastChange, daysSince: daysSince))
        }
        return items
    }

    /// "1 item", "3 items".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
