import CaseDomain

/// The review queue as DATA.md's JSON and as text for people.
enum ReviewOutput {
    /// Written straight into bytes, member by member: a firm-wide queue holds tens of thousands of items,
    /// and a tree of values per item would cost more than computing the queue.
    static func json(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool) -> String {
        var out = FlatJSON()
        out.open("{", indent: 0)
        out.member("format", .string("casedesk-review/1"), indent: 2)
        out.comma(true)
        out.member("date", .string(date.iso), indent: 2)
        out.comma(true)
        out.member("user", .optional(user), indent: 2)
        out.comma(true)
        out.key("items", indent: 2)
        if items.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (index, item) in items.enumerated() {
                out.comma(index > 0)
                out.open("{", indent: 4)
                for (position, member) in members(of: item, names: names).enumerated() {
                    out.comma(position > 0)
                    out.member(member.0, member.1, indent: 6)
                }
                out.close("}", indent: 4)
            }
            out.close("]", indent: 2)
        }
        out.close("}", indent: 0)
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// DATA.md's members of one item, in order.
    static func members(of item: ReviewItem, names: Bool) -> [(String, OrderedJSON)] {
        var members: [(String, OrderedJSON)] = [
            ("id", .string(item.id)), ("section", .string(item.section.rawValue)), ("matter", .string(item.matter)),
        ]
        if names { members.append(("client", .string(item.clientName))) }
        members.append(("title", .string(item.title)))
        switch item.detail {
        case .hearing(let appointment):
            members += [("date", .string(appointment.date.iso)), ("time", .optional(appointment.time?.text)),
                        ("event", .string(appointment.kind.rawValue))]
        case .deadline(let deadline):
            members += [("rule", .string(deadline.rule.rawValue)), ("due", .string(deadline.due.iso)),
                        ("daysLeft", .int(deadline.daysLeft)), ("state", .string(deadline.state.rawValue))]
        case .detained(let since, let days):
            members += [("since", .string(since.iso)), ("daysDetained", .int(days))]
        case .checkIn(let date):
            members += [("date", .string(date.iso))]
        case .evidence(let hearing, let missing, let untranslated):
            members += [("hearing", .string(hearing.iso)), ("missing", .int(missing)), ("untranslated", .int(untranslated))]
        case .stale(let lastChange, let daysSince):
            members += [("lastChange", .string(lastChange.iso)), ("daysSince", .int(daysSince))]
        }
        members.append(("reviewed", .bool(item.reviewed)))
        return members
    }

    static func text(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool) -> String {
        let done = items.filter(\.reviewed).count
        var out = "Review for \(DateText.long(date)) — \(user.map { "cases of \($0)" } ?? "everyone")"
        out += " — \(items.count) items, \(done) reviewed\n"
        for section in ReviewSection.allCases {
            let inSection = items.filter { $0.section == section }
            out += "\n\(section.title) (\(inSection.count))\n"
            if inSection.isEmpty { out += "  nothing\n" }
            for item in inSection {
                let mark = item.reviewed ? "✓" : " "
                let who = names ? "  \(item.clientName)" + (item.latinName.map { " (\($0))" } ?? "") : ""
                out += "  \(mark) \(item.matter)\(who)  \(item.title)\(suffix(item))\n"
            }
        }
        return TextSafety.display(out, keepingLineBreaks: true)
    }

    /// Urgency in words, so it never depends on colour.
    static func suffix(_ item: ReviewItem) -> String {
        guard case .deadline(let deadline) = item.detail else { return "" }
        let days = deadline.daysLeft
        if days < 0 { return " — due \(deadline.due.iso), OVERDUE by \(-days) day\(days == -1 ? "" : "s")" }
        if days == 0 { return " — due TODAY" }
        return " — due \(deadline.due.iso), in \(days) day\(days == 1 ? "" : "s")"
    }
}
