/// One federal holiday of 5 U.S.C. 6103 as federal offices observe it.
public struct Holiday: Hashable, Sendable {
    /// The statute's name, with " (observed)" when the holiday fell on a weekend and moved.
    public var name: String
    /// The day offices are closed.
    public var date: CivilDate
    /// The day the statute names (a Saturday or Sunday when the holiday moved).
    public var actual: CivilDate

    public init(name: String, date: CivilDate, actual: CivilDate) {
        self.name = name
        self.date = date
        self.actual = actual
    }
}

/// The eleven legal public holidays of 5 U.S.C. 6103 on their observed dates.
///
/// A fixed-date holiday on a Saturday is observed the Friday before (so 1 January on a Saturday is
/// observed on 31 December of the year before); on a Sunday, the Monday after (5 U.S.C. 6103(b), the
/// OPM practice). Birthday of Martin Luther King, Jr. from 1986, Juneteenth from 2021. Inauguration Day is
/// left out: it is a holiday only in the Washington area. The Monday rules are those in force since 1971
/// (Veterans Day back on 11 November since 1978), so dates before 1978 are not modelled.
public enum FederalHolidays {
    /// The holidays whose observed date falls in `year`, in date order. A 1 January on a Saturday
    /// belongs to the year before, where it is observed.
    public static func observed(in year: Int) -> [Holiday] {
        var result: [Holiday] = []
        for holidayYear in [year, year + 1] {
            for definition in FederalHoliday.allCases {
                guard let actual = definition.actualDate(in: holidayYear) else { continue }
                let date = definition.isFixedDate ? observedDate(of: actual) : actual
                guard date.year == year else { continue }
                let name = definition.name + (date == actual ? "" : observedSuffix)
                result.append(Holiday(name: name, date: date, actual: actual))
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    /// The name of the holiday observed on `date` (`"Christmas Day"`, `"Independence Day (observed)"`),
    /// or nil when offices are not closed for a holiday that day. A weekend day is never one.
    public static func name(on date: CivilDate) -> String? {
        let weekday = date.weekday
        if date.isWeekend { return nil }
        let (year, month, day) = date.parts
        if let floating = floatingHoliday(year: year, month: month, day: day, weekday: weekday) {
            return floating.name
        }
        // A fixed-date holiday is observed here if it falls today, or tomorrow (a Saturday, seen from a
        // Friday), or yesterday (a Sunday, seen from a Monday).
        if let fixed = fixedHoliday(on: date) { return fixed.name }
        if weekday == .friday, let fixed = fixedHoliday(on: date.adding(days: 1)) {
            return fixed.name + observedSuffix
        }
        if weekday == .monday, let fixed = fixedHoliday(on: date.adding(days: -1)) {
            return fixed.name + observedSuffix
        }
        return nil
    }

    static let observedSuffix = " (observed)"

    static func observedDate(of actual: CivilDate) -> CivilDate {
        switch actual.weekday {
        case .saturday: actual.adding(days: -1)
        case .sunday: actual.adding(days: 1)
        case .monday, .tuesday, .wednesday, .thursday, .friday: actual
        }
    }

    private static func fixedHoliday(on date: CivilDate) -> FederalHoliday? {
        let (year, month, day) = date.parts
        // Matched on month and day directly: this runs for every day a deadline rolls over.
        let candidate: FederalHoliday? = switch (month, day) {
        case (1, 1): .newYearsDay
        case (6, 19): .juneteenth
        case (7, 4): .independenceDay
        case (11, 11): .veteransDay
        case (12, 25): .christmasDay
        default: nil
        }
        guard let candidate, year >= candidate.firstYear else { return nil }
        return candidate
    }

    private static func floatingHoliday(year: Int, month: Int, day: Int, weekday: Weekday) -> FederalHoliday? {
        let candidate: FederalHoliday? = switch (month, weekday) {
        case (1, .monday) where (15...21).contains(day): .martinLutherKing
        case (2, .monday) where (15...21).contains(day): .washingtonsBirthday
        case (5, .monday) where day >= 25: .memorialDay
        case (9, .monday) where day <= 7: .laborDay
        case (10, .monday) where (8...14).contains(day): .columbusDay
        case (11, .thursday) where (22...28).contains(day): .thanksgiving
        default: nil
        }
        guard let candidate, year >= candidate.firstYear else { return nil }
        return candidate
    }
}
