/// The EAD asylum clock (8 CFR 208.7): calendar days since the I-589 was filed, minus the days it was
/// stopped for applicant-caused delay.
///
/// A stop runs from a `clock-stopped` event's date (inclusive) to the next `clock-resumed` event's date
/// (exclusive); a stop not yet resumed covers every day up to and including today, so the clock is frozen.
public enum AsylumClock {
    /// The stops recorded on a timeline, in date order. A second `clock-stopped` while stopped, and a
    /// `clock-resumed` while running, change nothing.
    public static func stops(in events: [TimelineEvent]) -> [ClockStop] {
        var result: [ClockStop] = []
        var openSince: CivilDate?
        for event in events.chronological {
            if event.kind == .clockStopped, openSince == nil {
                openSince = event.date
            } else if event.kind == .clockResumed, let from = openSince {
                result.append(ClockStop(from: from, to: event.date))
                openSince = nil
            }
        }
        if let from = openSince { result.append(ClockStop(from: from, to: nil)) }
        return result
    }

    /// The day the clock, started on `start` (day 0), reaches `clockDays`.
    public static func date(reaching clockDays: Int, from start: CivilDate, stops: [ClockStop],
                            today: CivilDate) -> CivilDate {
        var due = start.adding(days: clockDays)
        // Intervals are sorted and disjoint, and `due` only grows, so one pass finds every stop that
        // falls before the day the clock reaches its count.
        for interval in stoppedIntervals(after: start, stops: stops, today: today) {
            guard interval.lowerBound <= due.dayNumber else { break }
            due = due.adding(days: interval.count)
        }
        return due
    }

    /// Clock days on `today`: days after `start` up to and including today, minus the stopped ones.
    public static func elapsed(from start: CivilDate, stops: [ClockStop], today: CivilDate) -> Int {
        guard start < today else { return 0 }
        let counted = start.dayNumber + 1..<today.dayNumber + 1
        let stopped = stoppedIntervals(after: start, stops: stops, today: today).reduce(0) { total, interval in
            total + interval.clamped(to: counted).count
        }
        return counted.count - stopped
    }

    /// Whether the clock is stopped on `today`.
    public static func isStopped(stops: [ClockStop], today: CivilDate) -> Bool {
        stops.contains { $0.from <= today && ($0.to.map { today < $0 } ?? true) }
    }

    /// The stopped days after `start` as merged, sorted half-open day-number ranges.
    static func stoppedIntervals(after start: CivilDate, stops: [ClockStop], today: CivilDate) -> [Range<Int>] {
        let ranges = stops.compactMap { stop -> Range<Int>? in
            let lower = max(stop.from.dayNumber, start.dayNumber + 1)
            let upper = (stop.to ?? today.adding(days: 1)).dayNumber
            return lower < upper ? lower..<upper : nil
        }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
