import Foundation

extension CivilDate {
    /// "Today" at `now` in the store's time zone: the one reckoning of the current date that the store and
    /// the command line share.
    ///
    /// `identifier` is an IANA zone name (the store's `timeZone` setting). When it is nil or names no zone
    /// this system knows (a store brought from a machine with newer time-zone data), the date is UTC's:
    /// the same for every user of the store, whatever each one's own `TZ` says (docs/configuration.md).
    public static func today(inZone identifier: String?, now: Date = Date()) -> CivilDate {
        wallClock(inZone: identifier, now: now).date
    }

    /// The date and the minute at `now` in the zone named `identifier`, with `today(inZone:now:)`'s UTC
    /// fallback.
    public static func wallClock(inZone identifier: String?, now: Date = Date()) -> (date: CivilDate, time: TimeOfDay) {
        guard let identifier, let zone = TimeZone(identifier: identifier) else { return utcClock(at: now) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let date = CivilDate(year: year, month: month, day: day) else { return utcClock(at: now) }
        return (date, TimeOfDay(secondsIntoDay: (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60))
    }

    /// UTC's date and minute, by arithmetic on the seconds since 1970 (no zone data needed).
    static func utcClock(at now: Date) -> (date: CivilDate, time: TimeOfDay) {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (CivilDate(dayNumber: days), TimeOfDay(secondsIntoDay: seconds - days * 86_400))
    }
}

extension TimeOfDay {
    /// The minute `seconds` (0 ..< 86,400) into a day.
    init(secondsIntoDay seconds: Int) { minutes = min(max(seconds / 60, 0), 24 * 60 - 1) }
}
