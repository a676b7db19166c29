import ArgumentParser
import CaseDomain
import CaseFormats

/// `casedesk deadline RULE DATE`: the deadline calculator.
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Compute one rule's deadline from a trigger date.",
        discussion: """
            The store's court closures apply. For backward rules (pre-hearing filings) DATE is the hearing.

            Examples:
              casedesk deadline bia-appeal 2025-11-25
              casedesk deadline motion-reopen 2026-03-06 --outcome in-absentia
              casedesk deadline ead-file 2026-06-01 --stop 2026-07-01:2026-07-11 --format json
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The rule id (see `casedesk rules`).")
    var rule: String

    @Argument(help: "The trigger date, YYYY-MM-DD.")
    var date: String

    @Option(help: "The period in days (voluntary-departure).")
    var days: Int?

    @Option(help: "The decision's outcome (e.g. in-absentia for motion-reopen).")
    var outcome: String?

    @Option(name: .customLong("stop"), help: "A clock stop FROM:TO for the EAD rules (repeatable; FROM: while stopped).")
    var stops: [String] = []

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        guard let ruleID = RuleID(rawValue: rule) else {
            throw CLIError("unknown rule \(TextSafety.quoted(rule)); `casedesk rules` lists them")
        }
        let trigger = try ArgumentCheck.date(date, option: "DATE")
        let parsedOutcome = try outcome.map { text in
            guard let value = Outcome(rawValue: text) else {
                throw CLIError("--outcome: \(TextSafety.quoted(text)) is not an outcome (\(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return value
        }
        let clockStops = try stops.map(Self.parseStop)
        let context = try store.context(readOnly: true)
        let calculation: DeadlineCalculation
        do {
            calculation = try context.engine.calculate(rule: ruleID, trigger: trigger, days: days, outcome: parsedOutcome,
                                                       stops: clockStops, today: context.now.date)
        } catch {
            throw CLIError("\(ruleID.rawValue): \(error)")
        }
        switch format {
        case .json: Streams.out(Self.json(calculation))
        case .text: Streams.out(Self.text(calculation))
        }
    }

    static func parseStop(_ text: String) throws -> ClockStop {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let from = CivilDate(iso: parts[0]) else {
            throw CLIError("--stop: \(TextSafety.quoted(text)) is not FROM:TO or FROM: (dates YYYY-MM-DD)")
        }
        if parts[1].isEmpty { return ClockStop(from: from, to: nil) }
        guard let to = CivilDate(iso: parts[1]), to > from else {
            throw CLIError("--stop: \(TextSafety.quoted(text)): TO must be a date after FROM")
        }
        return ClockStop(from: from, to: to)
    }

    static func json(_ calculation: DeadlineCalculation) -> String {
        var out = JSONOutput()
        var object = JSONObjectOutput(&out, indent: 0)
        object.string("format", "casedesk-deadline/1", &out)
        object.string("rule", calculation.rule.rawValue, &out)
        object.string("trigger", calculation.trigger.iso, &out)
        object.string("due", calculation.due.iso, &out)
        object.string("unrolled", calculation.unrolled?.iso, &out)
        object.objects("skipped", calculation.skipped, &out) { day, out, indent in
            var skipped = JSONObjectOutput(&out, indent: indent)
            skipped.string("date", day.date.iso, &out)
            skipped.string("reason", day.reason, &out)
            skipped.close(&out)
        }
        object.string("citation", calculation.citation, &out)
        object.close(&out)
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func text(_ calculation: DeadlineCalculation) -> String {
        let rule = RuleCatalog.rule(calculation.rule)
        var out = "\(rule.id.rawValue) — \(rule.title)\n"
        out += "trigger   \(DateText.long(calculation.trigger))\n"
        out += "due       \(DateText.long(calculation.due))\n"
        if let unrolled = calculation.unrolled {
            out += "unrolled  \(DateText.long(unrolled))\n"
            for day in calculation.skipped { out += "skipped   \(DateText.long(day.date)): \(day.reason)\n" }
        }
        out += "citation  \(calculation.citation)\n"
        out += "note      \(rule.attorneyNote)\n"
        return TextSafety.display(out, keepingLineBreaks: true)
    }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Dates as people read them in text output: `Fri 26 Dec 2025`.
enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func long(_ date: CivilDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
