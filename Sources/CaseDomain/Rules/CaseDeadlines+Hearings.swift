/// Pre-hearing filings: counted back from each scheduled hearing, or set by the court.
extension CaseDeadlines {
    /// The hearings the pre-hearing rules apply to: scheduled, dated today or later.
    var upcomingHearings: [(rule: RuleID, event: TimelineEvent)] {
        events.compactMap { event in
            guard event.hearingStatus == .scheduled, event.date >= today else { return nil }
            if event.kind == .masterHearing { return (.prehearingMaster, event) }
            if event.kind == .individualHearing { return (.prehearingIndividual, event) }
            return nil
        }
    }

    /// The earliest date the court set for the hearing on `hearing`, if any.
    func courtDeadline(for hearing: CivilDate) -> TimelineEvent? {
        events.first { $0.kind == .courtDeadline && $0.hearing == hearing }
    }

    static func hearingName(_ rule: RuleID) -> String {
        rule == .prehearingIndividual ? "individual hearing" : "master calendar hearing"
    }

    /// One item per upcoming hearing, plus each court-set date that belongs to no hearing on record.
    func hearingItems() -> [DeadlineItem] {
        let detained = file.docket == .detained
        var items: [DeadlineItem] = []
        for (rule, hearing) in upcomingHearings {
            let title = "Filings due for the \(Self.hearingName(rule)) of \(hearing.date.iso)"
            let filed = events.first { $0.kind == .filing && $0.hearing == hearing.date && $0.date < hearing.date }
            if let set = courtDeadline(for: hearing.date) {
                items.append(item(rule, title: title, trigger: hearing.date, hearing: hearing.date, .fixed(set.date),
                                  satisfiedOn: filed?.date, isCourtSet: true))
            } else if !detained {
                items.append(item(rule, title: title, trigger: hearing.date, hearing: hearing.date,
                                  engine.prehearing(rule, hearing: hearing.date), satisfiedOn: filed?.date))
            }
        }
        return items + orphanCourtDeadlines()
    }

    /// A judge's date is never dropped silently: one whose hearing is not on the timeline is shown as a
    /// task with its own title. Dates for hearings held, cancelled or past are moot and left out.
    func orphanCourtDeadlines() -> [DeadlineItem] {
        let hearingDates = Set(events.filter(\.kind.isHearing).map(\.date))
        return all(.courtDeadline).compactMap { event in
            if let hearing = event.hearing, hearingDates.contains(hearing) { return nil }
            return item(.task, title: event.title ?? EventKind.courtDeadline.label, trigger: event.date,
                        hearing: event.hearing, .fixed(event.date), satisfiedOn: nil, isCourtSet: true)
        }
    }

    /// Upcoming hearings on the detained docket still waiting for the court's filing date.
    func awaitingCourtDates() -> [CourtSetFilingDate] {
        guard file.docket == .detained else { return [] }
        return upcomingHearings.compactMap { rule, hearing in
            guard courtDeadline(for: hearing.date) == nil else { return nil }
            return CourtSetFilingDate(
                rule: rule, hearing: hearing.date,
                title: "Court sets filing date for the \(Self.hearingName(rule)) of \(hearing.date.iso)")
        }
    }
}
