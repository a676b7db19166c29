import CaseDomain

/// One line of a case's audit trail, as the report shows it.
public struct AuditLine: Hashable, Sendable {
    /// When it happened, already formatted (`2026-11-30 09:12`).
    public var when: String
    /// Who did it (login or name).
    public var who: String
    /// What changed, in words.
    public var what: String

    public init(when: String, who: String, what: String) {
        self.when = when
        self.who = who
        self.what = what
    }
}

/// `casedesk report MATTER`: a Markdown case report. Every piece of store text passes through
/// `MarkdownText`, so it can neither change the document's structure nor reach a terminal unescaped.
public struct MarkdownReport {
    public var today: CivilDate
    /// The citation of a rule (`RuleCatalog.rule(id).citation`).
    public var citation: (RuleID) -> String?

    public init(today: CivilDate, citation: @escaping (RuleID) -> String?) {
        self.today = today
        self.citation = citation
    }

    public func text(for file: CaseFile, deadlines: [DeadlineItem], changes: [AuditLine]) -> String {
        var out: [String] = []
        let e = MarkdownText.inline
        out.append("# Case " + e(file.matter))
        out.append("")
        out.append("| Field | Value |")
        out.append("| --- | --- |")
        let client = file.client
        var rows: [(String, String?)] = [
            ("Client", e(client.name) + (client.latinName.map { " (" + e($0) + ")" } ?? "")),
            ("A-number", client.aNumber?.display), ("Born", client.birthDate?.iso),
            ("Nationality", client.nationality.map(e)),
            ("Languages", client.languages.isEmpty ? nil : client.languages.map(e).joined(separator: ", ")
                + (client.interpreter ? " (interpreter)" : "")),
            ("Grounds", file.grounds.isEmpty ? nil : file.grounds.map(\.label).joined(separator: ", ")),
            ("Track", file.track?.rawValue), ("Court", file.court.map(e)), ("Docket", file.docket?.rawValue),
            ("Judge", file.judge.map(e)), ("Paralegal", file.paralegal.map(e)), ("Attorney", file.attorney.map(e)),
            ("One-year exception", file.oneYearException?.rawValue),
        ]
        rows.append(("Status", file.closed.map { "closed " + $0.date.iso + " (" + $0.reason.rawValue + ")" } ?? "open"))
        for (label, value) in rows { if let value { out.append("| " + label + " | " + value + " |") } }
        if !file.family.isEmpty {
            out += ["", "## Family", "", "| Name | Relation | A-number | Born |", "| --- | --- | --- | --- |"]
            for member in file.family {
                out.append("| " + e(member.name) + (member.latinName.map { " (" + e($0) + ")" } ?? "") + " | "
                           + (member.relation.map(e) ?? "") + " | " + (member.aNumber?.display ?? "") + " | "
                           + (member.birthDate?.iso ?? "") + " |")
            }
        }
        out += custodySection(file)
        out += timelineSection(file, deadlines: deadlines)
        out += evidenceSection(file)
        out += ["", "## Recent changes", ""]
        if changes.isEmpty { out.append("No recorded changes.") } else {
            out += ["| When | Who | What |", "| --- | --- | --- |"]
            for change in changes { out.append("| " + e(change.when) + " | " + e(change.who) + " | " + e(change.what) + " |") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func custodySection(_ file: CaseFile) -> [String] {
        let e = MarkdownText.inline
        var out = ["", "## Custody", ""]
        let periods = file.custody.chronological
        guard !periods.isEmpty else { return out + ["No custody history recorded."] }
        out += ["| Status | From | To | Place | Days detained |", "| --- | --- | --- | --- | --- |"]
        for period in periods {
            let days = period.status.isDetention ? String(period.daysDetained(asOf: today)) : ""
            out.append("| " + period.status.label + " | " + period.from.iso + " | " + (period.to?.iso ?? "current")
                       + " | " + (period.place.map(e) ?? "") + " | " + days + " |")
        }
        out += ["", "Days detained in total as of " + today.iso + ": " + String(periods.daysDetained(asOf: today)) + "."]
        return out
    }

    private func timelineSection(_ file: CaseFile, deadlines: [DeadlineItem]) -> [String] {
        let e = MarkdownText.inline
        var entries: [(date: CivilDate, order: Int, line: String)] = []
        for (index, event) in file.events.chronological.enumerated() {
            var what = "**" + event.kind.label + "**"
            if let title = event.title { what += ": " + e(title) }
            if let outcome = event.outcome { what += " (" + outcome.rawValue + ")" }
            if event.kind.isHearing { what += " [" + event.hearingStatus.rawValue + "]" }
            if let place = event.place { what += ", " + e(place) }
            entries.append((event.date, index * 2, "- " + event.date.iso + (event.time.map { " " + $0.text } ?? "") + " " + what))
        }
        for (index, item) in deadlines.enumerated() {
            var line = "- " + item.due.iso + " **Deadline** " + e(item.title) + " (" + item.rule.rawValue + ", "
                + item.state.rawValue + ", " + String(item.daysLeft) + " days left)"
            if let cite = citation(item.rule) { line += ", " + e(cite) }
            entries.append((item.due, index * 2 + 1, line))
        }
        let sorted = entries.sorted { ($0.date, $0.order) < ($1.date, $1.order) }
        let body = sorted.isEmpty ? ["Nothing on the timeline yet."] : sorted.map(\.line)
        var notes: [String] = []
        for event in file.events.chronological {
            if let text = event.notes { notes += ["", "Notes of " + event.kind.label + " " + event.date.iso + ":", "", MarkdownText.block(text)] }
        }
        return ["", "## Timeline", ""] + body + notes
    }

    private func evidenceSection(_ file: CaseFile) -> [String] {
        let e = MarkdownText.inline
        let items = file.evidence.ordered
        var out = ["", "## Evidence", ""]
        guard !items.isEmpty else { return out + ["No evidence checklist."] }
        out.append("Complete: " + String(items.completeCount) + " of " + String(items.count) + ".")
        out += ["", "| Category | Item | Status | Translation |", "| --- | --- | --- | --- |"]
        for item in items {
            let translation = item.needsTranslation
                ? (item.translationCertified ? "certified" : "needed") + (item.language.map { " (" + e($0) + ")" } ?? "")
                : ""
            var status = item.status.rawValue
            if let reason = item.unavailableReason, item.status == .unavailable { status += ": " + e(reason) }
            out.append("| " + item.category.label + " | " + e(item.title) + " | " + status + " | " + translation + " |")
        }
        let missing = items.filter { !$0.status.isComplete }
        let untranslated = items.filter(\.isAwaitingTranslation)
        out += ["", "Missing (" + String(missing.count) + "):"]
        out += missing.isEmpty ? ["- nothing"] : missing.map { "- " + e($0.title) }
        out += ["", "Awaiting certified translation (" + String(untranslated.count) + "):"]
        out += untranslated.isEmpty ? ["- nothing"] : untranslated.map { "- " + e($0.title) }
        return out
    }
}
