/// Rules started by arrival, decisions, address changes, voluntary departure and dated tasks.
extension CaseDeadlines {
    /// `one-year-filing` from the latest arrival.
    func arrivalItems() -> [DeadlineItem] {
        guard let arrival = all(.arrival).last else { return [] }
        var title = RuleCatalog.rule(.oneYearFiling).title
        switch file.oneYearException {
        case .changedCircumstances?: title += " (exception claimed: changed circumstances)"
        case .extraordinaryCircumstances?: title += " (exception claimed: extraordinary circumstances)"
        case nil: break
        }
        let filed = first([.i589Filed], onOrAfter: arrival.date)
        return [item(.oneYearFiling, title: title, trigger: arrival.date, engine.oneYear(arrival: arrival.date),
                     satisfiedOn: filed?.date)]
    }

    /// Appeals, petitions for review and the optional motions.
    func decisionItems() -> [DeadlineItem] {
        var items: [DeadlineItem] = []
        for decision in all(.ijDecision) where decision.outcome.map(RuleID.biaAppeal.isTriggered(by:)) == true {
            let done = first([.biaAppealFiled, .appealWaived], onOrAfter: decision.date)
            items.append(item(.biaAppeal, trigger: decision.date, engine.thirtyDays(after: decision.date),
                              satisfiedOn: done?.date))
        }
        for decision in all(.biaDecision) where decision.outcome.map(RuleID.pfr.isTriggered(by:)) == true {
            let done = first([.pfrFiled, .appealWaived], onOrAfter: decision.date)
            items.append(item(.pfr, trigger: decision.date, engine.thirtyDays(after: decision.date),
                              satisfiedOn: done?.date))
        }
        let adverse = events.last { event in
            (event.kind == .ijDecision || event.kind == .biaDecision)
                && event.outcome.map(RuleID.motionReopen.isTriggered(by:)) == true
        }
        if let decision = adverse {
            let reconsider = first([.motionReconsiderFiled], onOrAfter: decision.date)
            items.append(item(.motionReconsider, trigger: decision.date, engine.thirtyDays(after: decision.date),
                              satisfiedOn: reconsider?.date))
            let reopen = first([.motionReopenFiled], onOrAfter: decision.date)
            items.append(item(.motionReopen, trigger: decision.date,
                              engine.motionReopen(decision: decision.date, outcome: decision.outcome),
                              satisfiedOn: reopen?.date))
        }
        return items
    }

    /// `eoir-33` and `ar-11` for each address change.
    func addressItems() -> [DeadlineItem] {
        all(.addressChange).flatMap { change in
            [item(.eoir33, trigger: change.date, engine.eoir33(change: change.date),
                  satisfiedOn: first([.eoir33Filed], onOrAfter: change.date)?.date),
             item(.ar11, trigger: change.date, engine.ar11(change: change.date),
                  satisfiedOn: first([.ar11Filed], onOrAfter: change.date)?.date)]
        }
    }

    /// `voluntary-departure` for each grant with its days; met by a removal on or before the due date.
    func custodyItems() -> [DeadlineItem] {
        var items: [DeadlineItem] = []
        for grant in all(.vdGranted) {
            guard let days = grant.days, days > 0 else { continue }
            let reckoning = engine.voluntaryDeparture(granted: grant.date, days: days)
            let departed = file.custody.chronological.first { period in
                period.status == .removed && period.from >= grant.date && period.from <= reckoning.due
            }
            items.append(item(.voluntaryDeparture, trigger: grant.date, reckoning, satisfiedOn: departed?.from))
        }
        return items + paroleItems()
    }

    /// Each `deadline` event: due on its date, titled by its title.
    func taskItems() -> [DeadlineItem] {
        all(.deadline).map { task in
            item(.task, title: task.title ?? EventKind.deadline.label, trigger: task.date, .fixed(task.date),
                 satisfiedOn: nil)
        }
    }
}

extension RuleID {
    /// Whether a decision with `outcome` starts this rule's clock (`bia-appeal`, `pfr` and the motions);
    /// false for every other rule.
    public func isTriggered(by outcome: Outcome) -> Bool {
        switch self {
        case .biaAppeal:
            return [.denied, .withholding, .cat, .dismissed].contains(outcome)
        case .pfr:
            return outcome == .dismissed
        case .motionReconsider, .motionReopen:
            let decisionOutcomes = EventKind.ijDecision.allowedOutcomes + EventKind.biaDecision.allowedOutcomes
            return decisionOutcomes.contains(outcome) && outcome != .granted && outcome != .sustained
        case .oneYearFiling, .prehearingMaster, .prehearingIndividual, .eoir33, .ar11, .voluntaryDeparture,
             .paroleExpiry, .eadRenewal, .annualAsylumFee, .eadFile, .eadGrant, .task:
            return false
        }
    }

    /// Whether the rule is started by a decision's outcome (and so takes `--outcome`).
    public var takesOutcome: Bool {
        switch self {
        case .biaAppeal, .pfr, .motionReconsider, .motionReopen: true
        case .oneYearFiling, .prehearingMaster, .prehearingIndividual, .eoir33, .ar11, .voluntaryDeparture,
             .paroleExpiry, .eadRenewal, .annualAsylumFee, .eadFile, .eadGrant, .task: false
        }
    }
}
