import CaseDomain
import Foundation

/// One case and its computed deadlines: the calendar's input.
public struct CalendarCase: Sendable {
    public var file: CaseFile
    public var deadlines: [DeadlineItem]

    public init(file: CaseFile, deadlines: [DeadlineItem]) {
        self.file = file
        self.deadlines = deadlines
    }
}

/// Writes `casedesk calendar` (RFC 5545): one VEVENT per scheduled hearing or asylum interview and one
/// all-day VEVENT per pending deadline (state `open` or `missed`) dated within the range.
///
/// Times are written in UTC (`DTSTART:20261203T163000Z`, RFC 5545 §3.3.5 form 2): a hearing is at 08:30
/// on the court's clock, which is the store's time zone, and UTC makes a phone in another zone show that
/// moment at its own hour (a floating time would show 08:30 wherever the phone is). UTC needs no
/// VTIMEZONE definition that could drift from the tz database. A hearing without a time is all day.
/// SUMMARY carries the matter and the event kind (or rule) only; `names: true` adds the client's name.
public struct ICalendarWriter: Sendable {
    public var names: Bool
    /// When the calendar was made: DTSTAMP of every event (a parameter so output is reproducible).
    public var stamp: Date
    /// The store's time zone: hearing times are on its clock.
    public var timeZone: TimeZone

    public init(names: Bool = false, stamp: Date, timeZone: TimeZone) {
        self.names = names
        self.stamp = stamp
        self.timeZone = timeZone
    }

    /// The calendar text, CRLF line ends and folded lines.
    public func text(for cases: [CalendarCase], from start: CivilDate, through end: CivilDate) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//casedesk//casedesk calendar//EN",
                     "CALSCALE:GREGORIAN"]
        var uids = Set<String>()
        let stampText = Self.utcStamp(stamp)
        func uid(_ matter: String, _ what: String, _ date: CivilDate) -> String {
            let base = matter + "-" + what + "-" + date.iso
            var candidate = base
            var counter = 2
            while !uids.insert(candidate).inserted {
                candidate = base + "-" + String(counter)
                counter += 1
            }
            return candidate + "@casedesk"
        }
        for entry in cases.sorted(by: { Array($0.file.matter.utf8).lexicographicallyPrecedes(Array($1.file.matter.utf8)) }) {
            let file = entry.file
            let nameSuffix = names ? " (" + TextSafety.display(file.client.name) + ")" : ""
            for event in file.events.chronological where event.isScheduledAppointment && (start...end).contains(event.date) {
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + ICalendarText.escape(uid(file.matter, event.kind.rawValue, event.date)))
                lines.append("DTSTAMP:" + stampText)
                if let time = event.time {
                    lines.append("DTSTART:" + Self.utcStamp(moment(event.date, time)))
                } else {
                    lines.append("DTSTART;VALUE=DATE:" + Self.basic(event.date))
                    lines.append("DTEND;VALUE=DATE:" + Self.basic(event.date.adding(days: 1)))
                }
                let summary = TextSafety.display(file.matter) + " " + event.kind.label + nameSuffix
                lines.append("SUMMARY:" + ICalendarText.escape(summary))
                if let place = event.place {
                    lines.append("LOCATION:" + ICalendarText.escape(TextSafety.display(place)))
                }
                lines.append("END:VEVENT")
            }
            for item in entry.deadlines where item.state.isPending && (start...end).contains(item.due) {
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + ICalendarText.escape(uid(file.matter, item.rule.rawValue, item.due)))
                lines.append("DTSTAMP:" + stampText)
                lines.append("DTSTART;VALUE=DATE:" + Self.basic(item.due))
                lines.append("DTEND;VALUE=DATE:" + Self.basic(item.due.adding(days: 1)))
                let summary = TextSafety.display(file.matter) + " due: " + item.rule.rawValue + nameSuffix
                lines.append("SUMMARY:" + ICalendarText.escape(summary))
                lines.append("TRANSP:TRANSPARENT")
                lines.append("END:VEVENT")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.fold($0) }.joined(separator: "\r\n") + "\r\n"
    }

    /// The moment a local date and time in the store's zone stand for (Foundation reads a wall time that a
    /// daylight-saving change skips as the moment an hour later, as a clock moved forward shows it).
    public func moment(_ date: CivilDate, _ time: TimeOfDay) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (year, month, day) = date.parts
        let components = DateComponents(year: year, month: month, day: day, hour: time.minutes / 60,
                                        minute: time.minutes % 60)
        return calendar.date(from: components)
            ?? Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + time.minutes * 60))
    }

    /// `YYYYMMDD`.
    static func basic(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// `HHMMSS`.
    static func basic(_ time: TimeOfDay) -> String { time.text.replacingOccurrences(of: ":", with: "") + "00" }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    public static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
        return basic(CivilDate(dayNumber: days)) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }
}
