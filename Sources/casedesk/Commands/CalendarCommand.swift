import ArgumentParser
import CaseDomain
import CaseFormats
import CaseStore
import Foundation

/// `casedesk calendar`: hearings and open deadlines as an RFC 5545 iCalendar feed.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write hearings and open deadlines as an iCalendar (RFC 5545) file.",
        discussion: """
            Hearings and interviews are timed events with their place; open and missed deadlines are \
            all-day events. UIDs are stable (<matter>-<kind>-<date>@casedesk), so a calendar app updates \
            events instead of duplicating them. Summaries carry the matter number and what it is; client \
            names only with --names. Default range: today to today + 365 days. Recorded in the audit trail.

            Examples:
              casedesk calendar --out /secure/hearings.ics
              casedesk calendar --from 2026-12-01 --to 2026-12-31 --names > december.ics
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The first day (default: today).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("The last day (default: today + 365).", valueName: "YYYY-MM-DD"))
    var to: String?

    @Flag(help: "Add client names to the summaries (calendars get shared: think first).")
    var names = false

    @Option(help: ArgumentHelp("The file to write (default: stdout).", valueName: "file"))
    var out: String?

    func validate() throws {
        let first = try from.map { try ArgumentCheck.date($0, option: "--from") }
        let last = try to.map { try ArgumentCheck.date($0, option: "--to") }
        if let first, let last, last < first { throw ValidationError("--to is before --from") }
    }

    func run() throws {
        let context = try store.context()
        let today = context.now.date
        let first = try from.map { try ArgumentCheck.date($0, option: "--from") } ?? today
        let last = try to.map { try ArgumentCheck.date($0, option: "--to") } ?? first.adding(days: 365)
        guard first <= last else { throw CLIError("--to \(last.iso) is before --from \(first.iso)") }
        let engine = context.engine
        var entries: [CalendarCase] = []
        var events = 0
        try context.store.forEachCase { stored in
            let file = stored.file
            let hearings = file.events.filter { $0.isScheduledAppointment && (first...last).contains($0.date) }.count
            let deadlines = engine.items(for: file, today: today).filter {
                $0.state.isPending && (first...last).contains($0.due)
            }
            guard hearings + deadlines.count > 0 else { return }
            events += hearings + deadlines.count
            entries.append(CalendarCase(file: file, deadlines: deadlines))
        }
        let output = try OutputFile(path: out)
        try context.store.recordDataOut(.calendar(from: first, to: last, events: events, names: names),
                                        destination: output.name)
        let zone = TimeZone(identifier: try context.store.settings().timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        let text = ICalendarWriter(names: names, stamp: Date(), timeZone: zone)
            .text(for: entries, from: first, through: last)
        do {
            try output.write(text)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        if !output.isStandardOutput {
            Streams.err("calendar: wrote \(events) events (\(first.iso) to \(last.iso)) to \(TextSafety.display(output.name))\n")
        }
    }
}
