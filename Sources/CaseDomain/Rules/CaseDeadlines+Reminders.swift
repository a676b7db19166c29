/// Reminders (parole, EAD renewal, the annual asylum fee) and the EAD clock's eligibility dates.
extension CaseDeadlines {
    /// `parole-expiry` for each custody period with an expiry, listed 30 days ahead; met by a later period.
    func paroleItems() -> [DeadlineItem] {
        let periods = file.custody.chronological
        return periods.compactMap { period in
            guard let expiry = period.paroleExpiry else { return nil }
            let next = periods.first { $0.from > period.from }
            return item(.paroleExpiry, trigger: period.from, .fixed(expiry), satisfiedOn: next?.from,
                        listFrom: expiry.adding(days: -30))
        }
    }

    /// `ead-renewal` for each card with an expiry, and the annual asylum fee's anniversaries.
    func reminderItems() -> [DeadlineItem] {
        var items: [DeadlineItem] = []
        for grant in all(.eadGranted) {
            guard let expires = grant.expires else { continue }
            let renewal = events.first { $0.kind == .eadFiled && $0.date > grant.date }
            items.append(item(.eadRenewal, trigger: grant.date, .fixed(expires), satisfiedOn: renewal?.date,
                              listFrom: expires.adding(days: -180)))
        }
        guard let filed = all(.i589Filed).first else { return items }
        // While the case is open the next anniversary is due; a closed case's fees stop at its closing.
        let anniversaries = engine.feeAnniversaries(filed: filed.date, through: file.closed?.date ?? today)
            .filter { anniversary in file.closed.map { anniversary <= $0.date } ?? true }
        let payments = all(.feePaid)
        for anniversary in anniversaries {
            let paid = payments.first { abs($0.date.days(until: anniversary)) <= 30 }
            items.append(item(.annualAsylumFee, title: "Annual asylum fee (\(anniversary.iso))",
                              trigger: filed.date, .fixed(anniversary), satisfiedOn: paid?.date,
                              listFrom: anniversary.adding(days: -30)))
        }
        return items
    }

    /// `ead-file` and `ead-grant`: 150 and 180 clock days from the first I-589.
    func clockItems() -> [DeadlineItem] {
        guard let filed = all(.i589Filed).first else { return [] }
        let stops = AsylumClock.stops(in: events)
        return [(RuleID.eadFile, EventKind.eadFiled), (.eadGrant, .eadGranted)].map { rule, satisfier in
            item(rule, trigger: filed.date, engine.eadClock(rule, filed: filed.date, stops: stops, today: today),
                 satisfiedOn: first([satisfier], onOrAfter: filed.date)?.date)
        }
    }
}
