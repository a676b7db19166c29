extension DigestBasis {
    /// The basis of a digest computed for `today` from `items` (the engine's items; none for a closed case).
    init(file: CaseFile, today: CivilDate, items: [DeadlineItem]) {
        laterDues = items.compactMap { item in
            guard !item.state.isPending, item.due >= today else { return nil }
            return LaterDue(due: item.due, hearing: Self.isPrehearing(item.rule) ? item.hearing : nil)
        }
        rollsThrough = Self.rollsThrough(file: file, today: today, items: items)
    }

    /// The basis as the rules would give it on `date` (a later day it carries a digest to): the dues
    /// before `date` and those of hearings now past are gone; nothing else changes.
    public func carried(to date: CivilDate) -> DigestBasis {
        DigestBasis(rollsThrough: rollsThrough, laterDues: laterDues.filter { later in
            later.due >= date && (later.hearing.map { $0 >= date } ?? true)
        })
    }

    /// Pre-hearing items exist only while their hearing is today or later (docs/rules.md).
    static func isPrehearing(_ rule: RuleID) -> Bool {
        rule == .prehearingMaster || rule == .prehearingIndividual
    }

    /// The last day the rules' items are the same as on `today` apart from states and passed hearings.
    private static func rollsThrough(file: CaseFile, today: CivilDate, items: [DeadlineItem]) -> CivilDate {
        // A closed period that ends later still adds detention days each day until it ends.
        if file.custody.contains(where: { period in period.to.map { $0 > today } ?? false }) { return today }
        guard file.isOpen else { return CivilDate(dayNumber: Int.max / 2) }
        guard file.events.contains(where: { $0.kind == .i589Filed }) else { return CivilDate(dayNumber: Int.max / 2) }
        // A stop of the asylum clock not yet resumed moves the EAD dates every day.
        if AsylumClock.stops(in: file.events).contains(where: { $0.to == nil }) { return today }
        // The day after the next fee anniversary brings the one after it.
        let nextFee = items.filter { $0.rule == .annualAsylumFee }.map(\.due).max()
        guard let nextFee, nextFee >= today else { return today }
        return nextFee
    }
}

extension CaseDigest {
    /// This digest carried forward to `date` without the case: equal to the digest the rules compute from
    /// the whole case for `date`, or nil when `basis` does not reach that far (the case must be read).
    public func rolled(to date: CivilDate, basis: DigestBasis) -> CaseDigest? {
        guard computedFor <= date, date <= basis.rollsThrough else { return nil }
        if date == computedFor { return self }
        var rolled = self
        rolled.computedFor = date
        rolled.pendingDeadlines = pendingDeadlines.compactMap { item in
            if DigestBasis.isPrehearing(item.rule), let hearing = item.hearing, hearing < date { return nil }
            var item = item
            item.daysLeft = date.days(until: item.due)
            if date > item.due {
                // Pending means not yet satisfied: an optional deadline lapses, any other is missed.
                item.state = RuleCatalog.rule(item.rule).isOptional ? .lapsed : .missed
            }
            return item.state.isPending ? item : nil
        }
        rolled.upcomingAppointments = upcomingAppointments.filter { $0.date >= date }
        // The dues that bound validity: the pending ones and those the digest does not keep, less the
        // items of hearings now past.
        let dues = rolled.pendingDeadlines.map(\.due) + basis.laterDues.compactMap { later -> CivilDate? in
            if let hearing = later.hearing, hearing < date { return nil }
            return later.due
        }
        rolled.validThrough = CaseDigest.validity(from: date, dues: dues, appointments: rolled.upcomingAppointments)
        return rolled
    }
}

extension CaseDigest {
    /// The digest with only the pending deadlines the daily review lists by `date` (those whose `listFrom`
    /// has come), as `init(compactText:listedBy:)` reads a stored one.
    public func listed(by date: CivilDate) -> CaseDigest {
        var listed = self
        listed.pendingDeadlines = pendingDeadlines.filter { $0.listFrom <= date }
        return listed
    }
}

extension DigestBasis {
    /// The last date to which a digest computed for `computedFor` may be carried for the daily review
    /// alone (what it lists by the date, not the whole digest): beyond `rollsThrough` when that is the next
    /// annual fee anniversary. The anniversary after it is a year later and listed 30 days before it, so
    /// until then the items the rules add past `rollsThrough` are not yet listed (docs/rules.md). Any
    /// other bound (an open clock stop, a detention period ending later) is the digest's own day.
    public func listingReach(computedFor: CivilDate) -> CivilDate {
        // The basis of an open case with an I-589 stops after its own day only at a fee anniversary.
        guard rollsThrough > computedFor else { return rollsThrough }
        // A year is at least 365 days: the next anniversary's listing starts 335 days or more after this one.
        return rollsThrough.adding(days: Self.feeListingGap)
    }

    /// Days after a fee anniversary during which the next anniversary is certainly not listed yet.
    public static let feeListingGap = 365 - 30 - 1
}

extension CaseDigest {
    /// What the daily review lists of this digest on `date`, carried there without the case: its
    /// pending deadlines those the review lists by `date` (`listed(by:)`), every other field the rules'
    /// own for that date except `validThrough`, which the review does not read. Nil when `date` is past
    /// the basis's `listingReach` (the case must be read).
    public func rolledListing(to date: CivilDate, basis: DigestBasis) -> CaseDigest? {
        let reach = basis.listingReach(computedFor: computedFor)
        guard date <= reach else { return nil }
        let widened = DigestBasis(rollsThrough: reach, laterDues: basis.laterDues)
        return rolled(to: date, basis: widened)?.listed(by: date)
    }
}
