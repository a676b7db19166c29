import CaseDomain
import Foundation

/// What "now" is: `--today` or `$CASEDESK_TODAY` for reproducible runs, else the clock in the store's zone.
struct Now: Equatable {
    var date: CivilDate
    var time: TimeOfDay?

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    init?(text: String) {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let date = CivilDate(iso: parts[0]) else { return nil }
        self.date = date
        if parts.count == 2 {
            guard let time = TimeOfDay(text: parts[1]) else { return nil }
            self.time = time
        }
    }

    init(date: CivilDate, time: TimeOfDay?) {
        self.date = date
        self.time = time
    }

    /// The fixed value given on the command line or in the environment, if any.
    static func fixed(option: String?) throws -> Now? {
        let environment = ProcessInfo.processInfo.environment["CASEDESK_TODAY"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text = option ?? environment else { return nil }
        guard let now = Now(text: text) else {
            let source = option == nil ? "CASEDESK_TODAY" : "--today"
            throw CLIError("\(source): \(TextSafety.quoted(text)) is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        }
        return now
    }

    /// The wall clock in `timeZone` (an IANA name; UTC when unknown, as for the store's "today").
    static func clock(timeZone identifier: String?) -> Now {
        let clock = CivilDate.wallClock(inZone: identifier)
        return Now(date: clock.date, time: clock.time)
    }

    /// `2026-11-30T09:00`.
    var text: String { date.iso + (time.map { "T" + $0.text } ?? "") }
}
