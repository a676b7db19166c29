/// The daily review queue (docs/domain.md §Daily review): one function used by the dashboard, the `review`
/// command and the kiosk's counts.
public enum DailyReview {
    public static let hearingWindowDays = 7
    public static let checkInWindowDays = 3
    public static let evidenceWindowDays = 45
    public static let staleAfterDays = 30

    /// The queue for `date`: the open cases where `user` is the paralegal or the attorney (everyone when
    /// nil), in section order; within a
    /// section overdue first, then by date, then by matter (one case's same-day deadlines in
    /// `DeadlineItem.dueOrder`). `reviewed` holds the ids marked for that day.
    public static func queue(cases: [ReviewCase], date: CivilDate, user: String?,
                             reviewed: Set<String> = []) -> [ReviewItem] {
        // The cases' items are built on every core, a chunk of cases each: a firm-wide queue has tens of
        // thousands of items.
        let chunks = Parallel.mapChunks(count: cases.count) { range in
            var part = Collected()
            for index in range where cases[index].isOpen && (user == nil || cases[index].isWorked(by: user)) {
                collect(cases[index], on: date, into: &part)
            }
            return part
        }
        var items: [ReviewItem] = []
        var keys: [SortKey] = []
        items.reserveCapacity(chunks.reduce(0) { $0 + $1.items.count })
        keys.reserveCapacity(items.capacity)
        for chunk in chunks {
            items += chunk.items
            keys += chunk.keys
        }
        if !reviewed.isEmpty {
            for index in items.indices { items[index].reviewed = reviewed.contains(items[index].id) }
        }
        // Sort small keys, not the items themselves: a firm-wide queue can hold many thousand items.
        let order = keys.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.section != y.section { return x.section < y.section }
            if x.overdue != y.overdue { return x.overdue }
            if x.day != y.day { return x.day < y.day }
            if x.matterPrefix != y.matterPrefix { return x.matterPrefix < y.matterPrefix }
            // Stored text is NFC, where `<` orders as the UTF-8 bytes do (and takes the fast path).
            if items[a].matter != items[b].matter { return items[a].matter < items[b].matter }
            // One case's deadlines due the same day: the one order of deadlines (the catalogue's).
            if case .deadline(let p) = items[a].detail, case .deadline(let q) = items[b].detail {
                if DeadlineItem.dueOrder(p, q) { return true }
                if DeadlineItem.dueOrder(q, p) { return false }
            }
            return items[a].id < items[b].id
        }
        return order.map { items[$0] }
    }

    /// How many items `queue(cases:date:user:)` holds and how many of them `isReviewed` counts, without
    /// keeping or sorting them: a header's count of a firm-wide queue needs neither, and the queue's
    /// 100,000 items were most of a dashboard's memory.
    public static func counts(cases: [ReviewCase], date: CivilDate, user: String?,
                              isReviewed: @Sendable (ReviewItem) -> Bool) -> (total: Int, reviewed: Int) {
        let chunks = Parallel.mapChunks(count: cases.count) { range in
            var part = Collected(), total = 0, reviewed = 0
            for index in range where cases[index].isOpen && (user == nil || cases[index].isWorked(by: user)) {
                collect(cases[index], on: date, into: &part)
                total += part.items.count
                reviewed += part.items.reduce(0) { $0 + (isReviewed($1) ? 1 : 0) }
                part.items.removeAll(keepingCapacity: true)
                part.keys.removeAll(keepingCapacity: true)
            }
            return (total, reviewed)
        }
        return chunks.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// Where an item goes in its section: overdue first, then by date, then by matter.
    struct SortKey {
        var section: Int
        var overdue: Bool
        var day: Int
        /// The matter's first UTF-8 bytes, which order most pairs of matters without touching the text.
        var matterPrefix: MatterPrefix
    }

    /// The first 16 UTF-8 bytes of a matter as two big-endian numbers, zero-padded: comparing them orders
    /// matters as their bytes do (text never holds a zero byte), and equal prefixes of shorter text mean
    /// equal text.
    struct MatterPrefix: Comparable {
        var high: UInt64 = 0
        var low: UInt64 = 0

        init(_ matter: String) {
            for (index, byte) in matter.utf8.prefix(16).enumerated() {
                if index < 8 {
                    high |= UInt64(byte) << (56 - 8 * index)
                } else {
                    low |= UInt64(byte) << (56 - 8 * (index - 8))
                }
            }
        }

        static func < (a: MatterPrefix, b: MatterPrefix) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    /// Items and their keys, side by side.
    struct Collected {
        var items: [ReviewItem] = []
        var keys: [SortKey] = []
    }

    /// Every item one case contributes on `date` (tests).
    static func items(for candidate: ReviewCase, on date: CivilDate) -> [ReviewItem] {
        var collected = Collected()
        collect(candidate, on: date, into: &collected)
        return collected.items
    }

    /// Appends every item one case contributes on `date`, with its sort key.
    static func collect(_ candidate: ReviewCase, on date: CivilDate, into collected: inout Collected) {
        let digest = candidate.digest
        let matterPrefix = MatterPrefix(candidate.matter)
        func add(_ section: ReviewSection, _ about: String, _ title: String, _ detail: ReviewDetail,
                 day: CivilDate, overdue: Bool = false) {
            collected.items.append(ReviewItem(id: "\(section.rawValue):\(candidate.matter)\(about)", section: section,
                                              matter: candidate.matter, title: title, detail: detail,
                                              clientName: candidate.clientName, latinName: candidate.latinName,
                                              reviewed: false, caseID: candidate.id, paralegal: candidate.paralegal,
                                              attorney: candidate.attorney))
            collected.keys.append(SortKey(section: section.order, overdue: overdue, day: day.dayNumber,
                                          matterPrefix: matterPrefix))
        }
        let hearingEnd = date.adding(days: hearingWindowDays)
        for appointment in digest.upcomingAppointments where appointment.date >= date && appointment.date <= hearingEnd {
            let at = appointment.time.map { " at \($0.text)" } ?? ""
            add(.hearings, ":\(appointment.kind.rawValue):\(appointment.date.iso)",
                "\(appointment.kind.label) on \(appointment.date.iso)\(at)", .hearing(appointment), day: appointment.date)
        }
        for var deadline in digest.pendingDeadlines where deadline.listFrom <= date {
            deadline.daysLeft = date.days(until: deadline.due)
            deadline.state = deadline.due < date ? .missed : .open
            add(.deadlines, ":\(deadline.rule.rawValue):\(deadline.due.iso)", deadline.title, .deadline(deadline),
                day: deadline.due, overdue: deadline.state == .missed)
        }
        if let since = digest.detainedSince {
            let days = digest.daysDetained(on: date)
            add(.detained, "", "Detained since \(since.iso) (\(days) days)", .detained(since: since, daysDetained: days),
                day: since)
        }
        if let checkIn = digest.nextCheckIn, checkIn >= date, checkIn <= date.adding(days: checkInWindowDays) {
            add(.checkIns, ":\(checkIn.iso)", "ICE check-in on \(checkIn.iso)", .checkIn(date: checkIn), day: checkIn)
        }
        if let hearing = digest.nextIndividualHearing, hearing >= date,
           hearing <= date.adding(days: evidenceWindowDays), digest.hasEvidenceWork {
            let missing = digest.evidenceTotal - digest.evidenceComplete
            add(.evidence, ":\(hearing.iso)",
                "Individual hearing on \(hearing.iso): \(count(missing, "item")) outstanding, \(digest.evidenceUntranslated) awaiting translation",
                .evidence(hearing: hearing, missing: missing, untranslated: digest.evidenceUntranslated), day: hearing)
        }
        let daysSince = candidate.lastChange.days(until: date)
        if daysSince > staleAfterDays {
            add(.stale, "", "No change since \(candidate.lastChange.iso) (\(daysSince) days)",
                .stale(lastChange: candidate.lastChange, daysSince: daysSince), day: candidate.lastChange)
        }
    }

    /// "1 item", "3 items".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
