extension CaseValidation {
    /// One custody period on its own: text, `to` after `from`, the bond amount.
    public static func custodyProblems(_ period: CustodyPeriod, at path: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if let to = period.to, to <= period.from {
            problems.append(ValidationProblem(path: ProblemPath.member(path, "to"),
                                              message: "\(to.iso) is not after \"from\" (\(period.from.iso))"))
        }
        if let amount = period.bondAmount, amount < minimumBond {
            problems.append(ValidationProblem(path: ProblemPath.member(path, "bondAmount"),
                                              message: "\(amount) is below the minimum bond of \(minimumBond) dollars"))
        }
        problems += text(period.place, at: ProblemPath.member(path, "place"))
        problems += text(period.authority, at: ProblemPath.member(path, "authority"))
        problems += text(period.obligor, at: ProblemPath.member(path, "obligor"))
        problems += text(period.conditions, at: ProblemPath.member(path, "conditions"))
        if let sponsor = period.sponsor {
            let base = ProblemPath.member(path, "sponsor")
            problems += required(sponsor.name, at: ProblemPath.member(base, "name"))
            problems += text(sponsor.relation, at: ProblemPath.member(base, "relation"))
            problems += text(sponsor.phone, at: ProblemPath.member(base, "phone"))
            problems += text(sponsor.address, at: ProblemPath.member(base, "address"))
        }
        problems += text(period.notes, at: ProblemPath.member(path, "notes"), multiline: true)
        return problems
    }

    /// The history as a whole: periods do not overlap and at most one is open. `index` is each period's
    /// position in the case (or the file), so that paths name the right element.
    public static func custodyHistoryProblems(_ periods: [(index: Int, period: CustodyPeriod)]) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let open = periods.filter { $0.period.to == nil }
        for extra in open.dropFirst() {
            problems.append(ValidationProblem(
                path: ProblemPath.member(ProblemPath.element("custody", extra.index), "to"),
                message: "a second open period (custody[\(open[0].index)] has no end either)"))
        }
        // Stable by position so that the later period of an overlapping pair is the one named.
        let sorted = periods.sorted { ($0.period.from, $0.index) < ($1.period.from, $1.index) }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            let end = earlier.period.to
            // Open periods are reported above; a period that ends on or before the next one starts is fine.
            guard let end, end > later.period.from else { continue }
            problems.append(ValidationProblem(
                path: ProblemPath.member(ProblemPath.element("custody", later.index), "from"),
                message: "\(later.period.from.iso) overlaps custody[\(earlier.index)] (\(earlier.period.from.iso) to \(end.iso))"))
        }
        return problems
    }

    /// One timeline event: the fields its kind allows and requires, and its text.
    public static func eventProblems(_ event: TimelineEvent, at path: String) -> [ValidationProblem] {
        let kind = event.kind
        var problems: [ValidationProblem] = []
        func reject(_ key: String, _ message: String) {
            problems.append(ValidationProblem(path: ProblemPath.member(path, key), message: message))
        }
        if let outcome = event.outcome, !kind.allowedOutcomes.contains(outcome) {
            let allowed = kind.allowedOutcomes.map(\.rawValue)
            reject("outcome", allowed.isEmpty
                ? "is not allowed for \"\(kind.rawValue)\" events"
                : "\"\(outcome.rawValue)\" is not an outcome of \"\(kind.rawValue)\" (\(allowed.joined(separator: ", ")))")
        }
        if let days = event.days {
            if kind != .vdGranted {
                reject("days", "is only allowed for \"vd-granted\" events")
            } else if days <= 0 {
                reject("days", "\(days) is not a positive number of days")
            }
        }
        if event.status != nil, !kind.isHearing {
            reject("status", "is only allowed for hearings")
        }
        if event.hearing != nil, !kind.belongsToHearing {
            reject("hearing", "is only allowed for \"court-deadline\" and \"filing\" events")
        }
        if event.expires != nil, kind != .eadGranted {
            reject("expires", "is only allowed for \"ead-granted\" events")
        }
        let titlePath = ProblemPath.member(path, "title")
        if kind.requiresTitle {
            problems += required(event.title ?? "", at: titlePath,
                                 message: "is required for \"\(kind.rawValue)\" events")
        } else {
            problems += text(event.title, at: titlePath)
        }
        problems += text(event.place, at: ProblemPath.member(path, "place"))
        problems += text(event.recordedBy, at: ProblemPath.member(path, "recordedBy"))
        problems += text(event.notes, at: ProblemPath.member(path, "notes"), multiline: true)
        return problems
    }
}
