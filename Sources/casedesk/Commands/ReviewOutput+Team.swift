import CaseDomain
import CaseFormats

extension ReviewOutput {
    /// `review --team` for people: each paralegal's login, initials and progress (`4/12`).
    static func teamText(_ queue: ReviewQueue, initials: [String: String]) -> String {
        var out = "Review progress for \(DateText.long(queue.date)) — \(queue.team.count) "
            + (queue.team.count == 1 ? "paralegal\n" : "paralegals\n")
        let loginWidth = queue.team.map(\.login.count).max() ?? 0
        for person in queue.team {
            let login = person.login.padding(toLength: loginWidth, withPad: " ", startingAt: 0)
            let letters = (initials[person.login] ?? "").padding(toLength: 4, withPad: " ", startingAt: 0)
            let done = person.total > 0 && person.reviewed == person.total ? "  done" : ""
            out += "  \(login)  \(letters)\(person.fraction) reviewed\(done)\n"
        }
        if queue.team.isEmpty { out += "  nobody\n" }
        return TextSafety.display(out, keepingLineBreaks: true)
    }

    /// `review --team --format json` (docs/formats.md, Review team JSON).
    static func teamJSON(_ queue: ReviewQueue, initials: [String: String]) -> String {
        var out = JSONOutput()
        var document = JSONObjectOutput(&out, indent: 0)
        document.string("format", "casedesk-review-team/1", &out)
        document.string("date", queue.date.iso, &out)
        document.key("team", &out)
        if queue.team.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (index, person) in queue.team.enumerated() {
                if index > 0 { out.raw(",") }
                out.newline(indent: 4)
                var object = JSONObjectOutput(&out, indent: 4)
                object.string("login", person.login, &out)
                object.string("initials", initials[person.login], &out)
                object.integer("reviewed", person.reviewed, &out)
                object.integer("total", person.total, &out)
                object.close(&out)
            }
            out.newline(indent: 2)
            out.raw("]")
        }
        document.close(&out)
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
