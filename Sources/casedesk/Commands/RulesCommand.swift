import ArgumentParser
import CaseDomain

/// `casedesk rules`: every rule with its period, citation and attorney note.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the deadline rules with their periods, citations and attorney notes.",
        discussion: """
            Every computed date comes from one of these rules. None of this is legal advice: confirm each \
            rule with the supervising attorney.

            Example:
              casedesk rules
            """)

    func run() throws {
        var out = "Deadline rules — confirm every rule with the supervising attorney; nothing here is legal advice.\n"
        for rule in RuleCatalog.all {
            out += "\n\(rule.id.rawValue) — \(rule.title)\(rule.isOptional ? " (optional)" : "")\n"
            out += "  kind       \(rule.kind.rawValue)\n"
            out += "  trigger    \(rule.trigger)\n"
            out += "  period     \(rule.period) (\(rule.counting.rawValue))\n"
            out += "  satisfied  \(rule.satisfiedBy)\n"
            out += "  citation   \(rule.citation)\n"
            out += "  note       \(rule.attorneyNote)\n"
        }
        Streams.out(TextSafety.display(out, keepingLineBreaks: true))
    }
}
