import CaseDomain
import CaseFormats

/// The review queue as docs/formats.md's JSON and as text for people.
enum ReviewOutput {
    /// Streams the JSON to standard output in 64 KB chunks, written member by member: a firm-wide queue
    /// holds tens of thousands of items, many megabytes, and a tree of values per item would cost more
    /// than computing the queue.
    static func printJSON(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool) {
        writeJSON(items, date: date, user: user, names: names) { Streams.out(bytes: $0) }
    }

    /// Items written in parallel before their text is handed on.
    static let windowSize = 16_384

    /// The whole document, handed to `sink` in chunks of about 64 KB.
    static func writeJSON(_ items: [ReviewItem], date: CivilDate, user: String?, names: Bool,
                          sink: ([UInt8]) -> Void) {
        var out = JSONOutput()
        out.bytes.reserveCapacity(1 << 17)
        var document = JSONObjectOutput(&out, indent: 0)
        document.string("format", "casedesk-review/1", &out)
        document.string("date", date.iso, &out)
        document.string("user", user, &out)
        document.key("items", &out)
        if items.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            // A window of items at a time is written on every core, each chunk into its own bytes, and the
            // chunks handed on in order: memory holds one window's text whatever the queue's size.
            for window in stride(from: 0, to: items.count, by: windowSize) {
                let end = min(window + windowSize, items.count)
                let chunks = Parallel.mapChunks(count: end - window, minimumChunk: 512) { range in
                    var part = JSONOutput()
                    for index in range.lowerBound + window ..< range.upperBound + window {
                        if index > 0 { part.raw(",") }
                        part.newline(indent: 4)
                        write(items[index], names: names, into: &part)
                    }
                    return part.bytes
                }
                for chunk in chunks {
                    out.append(chunk)
                    out.flush(ifAtLeast: 1 << 16, to: sink)
                }
            }
            out.newline(indent: 2)
            out.raw("]")
        }
        document.close(&out)
        out.raw("\n")
        out.flush(to: sink)
    }

    /// docs/formats.md's members of one item, in order.
    static func write(_ item: ReviewItem, names: Bool, into out: inout JSONOutput) {
        var object = JSONObjectOutput(&out, indent: 4)
        object.string("id", item.id, &out)
        object.string("section", item.section.rawValue, &out)
        object.string("matter", item.matter, &out)
        if names { object.string("client", item.clientName, &out) }
        object.string("title", item.title, &out)
        switch item.detail {
        case .hearing(let appointment):
            object.string("date", appointment.date.iso, &out)
            object.string("time", appointment.time?.text, &out)
            object.string("event", appointment.kind.rawValue, &out)
        case .deadline(let deadline):
            object.string("rule", deadline.rule.rawValue, &out)
            object.string("due", deadline.due.iso, &out)
            object.integer("daysLeft", deadline.daysLeft, &out)
            object.string("state", deadline.state.rawValue, &out)
        case .detained(let since, let days):
            object.string("since", since.iso, &out)
            object.integer("daysDetained", days, &out)
        case .checkIn(let date):
            object.string("date", date.iso, &out)
        case .evidence(let hearing, let missing, let untranslated):
            object.string("hearing", hearing.iso, &out)
            object.integer("missing", missing, &out)
            object.integer("untranslated", untranslated, &out)
        case .stale(let lastChange, let daysSince):
            object.string("lastChange", lastChange.iso, &out)
            object.integer("daysSince", daysSince, &out)
        }
        object.bool("reviewed", item.reviewed, &out)
        object.close(&out)
    }

    static func text(_ queue: ReviewQueue, names: Bool) -> String {
        let items = queue.items
        let done = queue.reviewedCount
        let whose: String
        switch queue.scope {
        case .user(let login): whose = "cases of \(TextSafety.display(login))"
        case .everyone: whose = "everyone"
        case .firm: whose = "the firm (no cases of your own)"
        }
        var out = "Review for \(DateText.long(queue.date)) — \(whose)"
        out += " — \(items.count) items, \(done) reviewed\n"
        for section in ReviewSection.allCases {
            let inSection = items.filter { $0.section == section }
            out += "\n\(section.title) (\(inSection.count))\n"
            if inSection.isEmpty { out += "  nothing\n" }
            for item in inSection {
                let mark = item.reviewed ? "✓" : " "
                // Each value on its own: the whole is displayed keeping its line breaks, so a line break
                // stored inside a name (by another tool) would otherwise start a line of its own.
                let show = { (text: String) in TextSafety.display(text) }
                let who = names ? "  \(show(item.clientName))" + (item.latinName.map { " (\(show($0)))" } ?? "") : ""
                out += "  \(mark) \(show(item.matter))\(who)  \(show(item.title))\(suffix(item))\n"
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
