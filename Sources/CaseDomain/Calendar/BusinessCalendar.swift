/// A date after rolling off non-business days, with the days it skipped and why.
public struct RolledDate: Hashable, Sendable {
    /// The business day reached.
    public var date: CivilDate
    /// The days passed over, in the order they were passed (backward rolls list later days first).
    public var skipped: [SkippedDay]

    public init(date: CivilDate, skipped: [SkippedDay]) {
        self.date = date
        self.skipped = skipped
    }

    /// Whether the roll moved the date.
    public var moved: Bool { !skipped.isEmpty }
}

/// Business days for filing: not a Saturday, Sunday, federal holiday (observed) or configured court
/// closure (docs/rules.md, "Counting").
public struct BusinessCalendar: Sendable {
    /// Closure reasons by day number; the first closure listed for a day wins.
    private let closureReasons: [Int: String]

    /// A calendar with the store's court closures (days federal offices were closed).
    public init(closures: [CourtClosure] = []) {
        var reasons: [Int: String] = [:]
        for closure in closures where reasons[closure.date.dayNumber] == nil {
            reasons[closure.date.dayNumber] = closure.reason
        }
        closureReasons = reasons
    }

    /// Why `date` is not a business day (`"Saturday"`, `"Sunday"`, a holiday's name, a closure's
    /// reason), or nil when it is one. A weekend is named before a holiday or a closure on it.
    public func reasonClosed(on date: CivilDate) -> String? {
        switch date.weekday {
        case .saturday: return "Saturday"
        case .sunday: return "Sunday"
        case .monday, .tuesday, .wednesday, .thursday, .friday: break
        }
        if let holiday = FederalHolidays.name(on: date) { return holiday }
        return closureReasons[date.dayNumber]
    }

    /// Whether filings can be made on `date`.
    public func isBusinessDay(_ date: CivilDate) -> Bool { reasonClosed(on: date) == nil }

    /// The day `count` business days after `date` (before it when negative); `date` itself for 0.
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        let step = count < 0 ? -1 : 1
        var remaining = abs(count)
        var day = date
        while remaining > 0 {
            day = day.adding(days: step)
            if isBusinessDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Rolls forward to the first business day on or after `date`.
    public func rollForward(_ date: CivilDate) -> RolledDate { roll(date, step: 1) }

    /// Rolls back to the last business day on or before `date`.
    public func rollBack(_ date: CivilDate) -> RolledDate { roll(date, step: -1) }

    private func roll(_ date: CivilDate, step: Int) -> RolledDate {
        var day = date
        var skipped: [SkippedDay] = []
        while let reason = reasonClosed(on: day) {
            skipped.append(SkippedDay(date: day, reason: reason))
            day = day.adding(days: step)
        }
        return RolledDate(date: day, skipped: skipped)
    }
}
