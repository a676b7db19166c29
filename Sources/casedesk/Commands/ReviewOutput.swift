import CaseDomain

/// The review queue as DATA.md's JSON and as text for people.
enum ReviewOutput {
    /// Streams the JSON to standard output in 64 KB chunks, written member by member: a firm-wide queue
    /// holds tens of thousands of items, many megabytes, and a tree of values per item would cost more
    /// than computing the queue.
    static func printJSON(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool) {
        var out = FlatJSON()
        out.sink = { Streams.out(bytes: $0) }
        writeJSON(items, date: date, user: user, names: names, into: &out)
        out.finish()
    }

    /// Items written in parallel before their text is handed on.
    static let windowSize = 16_384

    static func writeJSON(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool, into out: inout FlatJSON) {
        out.bytes.reserveCapacity(1 << 17)
        out.open("{", indent: 0)
        out.string("format", "casedesk-review/1", indent: 2)
        out.comma(true)
        out.string("date", date.iso, indent: 2)
        out.comma(true)
        out.member("user", .optional(user), indent: 2)
        out.comma(true)
        out.key("items", indent: 2)
        if items.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            // A window of items at a time is written on every core, each chunk into its own bytes, and the
            // chunks handed on in order: memory holds one window's text whatever the queue's size.
            for window in stride(from: 0, to: items.count, by: windowSize) {
                let end = min(window + windowSize, items.count)
                let chunks = Parallel.mapChunks(count: end - window, minimumChunk: 512) { range in
                    var part = FlatJSON()
                    for index in range.lowerBound + window ..< range.upperBound + window {
                        part.comma(index > 0)
                        write(items[index], names: names, into: &part)
                    }
                    return part.bytes
                }
                for chunk in chunks { out.append(chunk) }
            }
            out.close("]", indent: 2)
        }
        out.close("}", indent: 0)
        out.raw("\n")
    }

    /// DATA.md's members of one item, in order.
    static func write(_ item: ReviewItem, names: Bool, into out: inout FlatJSON) {
        out.open("{", indent: 4)
        out.string("id", item.id, indent: 6)
        out.comma(true)
        out.string("section", item.section.rawValue, indent: 6)
        out.comma(true)
        out.string("matter", item.matter, indent: 6)
        if names {
            out.comma(true)
            out.string("client", item.clientName, indent: 6)
        }
        out.comma(true)
        out.string("title", item.title, indent: 6)
        switch item.detail {
        case .hearing(let appointment):
            out.comma(true)
            out.string("date", appointment.date.iso, indent: 6)
            out.comma(true)
            out.member("time", .optional(appointment.time?.text), indent: 6)
            out.comma(true)
            out.string("event", appointment.kind.rawValue, indent: 6)
        case .deadline(let deadline):
            out.comma(true)
            out.string("rule", deadline.rule.rawValue, indent: 6)
            out.comma(true)
            out.string("due", deadline.due.iso, indent: 6)
            out.comma(true)
            out.int("daysLeft", deadline.daysLeft, indent: 6)
            out.comma(true)
            out.string("state", deadline.state.rawValue, indent: 6)
        case .detained(let since, let days):
            out.comma(true)
            out.string("since", since.iso, indent: 6)
            out.comma(true)
            out.int("daysDetained", days, indent: 6)
        case .checkIn(let date):
            out.comma(true)
            out.string("date", date.iso, indent: 6)
        case .evidence(let hearing, let missing, let untranslated):
            out.comma(true)
            out.string("hearing", hearing.iso, indent: 6)
            out.comma(true)
            out.int("missing", missing, indent: 6)
            out.comma(true)
            out.int("untranslated", untranslated, indent: 6)
        case .stale(let lastChange, let daysSince):
            out.comma(true)
            out.string("lastChange", lastChange.iso, indent: 6)
            out.comma(true)
            out.int("daysSince", daysSince, indent: 6)
        }
        out.comma(true)
        out.member("reviewed", .bool(item.reviewed), indent: 6)
        out.close("}", indent: 4)
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
