/// The definitions of 5 U.S.C. 6103(a): name, rule and first year.
enum FederalHoliday: CaseIterable, Sendable {
    case newYearsDay, martinLutherKing, washingtonsBirthday, memorialDay, juneteenth, independenceDay
    case laborDay, columbusDay, veteransDay, thanksgiving, christmasDay

    /// The statute's name.
    var name: String {
        switch self {
        case .newYearsDay: "New Year's Day"
        case .martinLutherKing: "Birthday of Martin Luther King, Jr."
        case .washingtonsBirthday: "Washington's Birthday"
        case .memorialDay: "Memorial Day"
        case .juneteenth: "Juneteenth National Independence Day"
        case .independenceDay: "Independence Day"
        case .laborDay: "Labor Day"
        case .columbusDay: "Columbus Day"
        case .veteransDay: "Veterans Day"
        case .thanksgiving: "Thanksgiving Day"
        case .christmasDay: "Christmas Day"
        }
    }

    /// The first year the holiday was observed (Pub. L. 98-144 from 1986; Pub. L. 117-17 from 2021).
    var firstYear: Int {
        switch self {
        case .martinLutherKing: 1986
        case .juneteenth: 2021
        case .newYearsDay, .washingtonsBirthday, .memorialDay, .independenceDay, .laborDay, .columbusDay,
             .veteransDay, .thanksgiving, .christmasDay: 1
        }
    }

    /// A fixed calendar day, which moves off a weekend; the others always fall on their weekday.
    var isFixedDate: Bool {
        switch self {
        case .newYearsDay, .juneteenth, .independenceDay, .veteransDay, .christmasDay: true
        case .martinLutherKing, .washingtonsBirthday, .memorialDay, .laborDay, .columbusDay, .thanksgiving: false
        }
    }

    /// The day the statute names in `year`, or nil before the holiday existed.
    func actualDate(in year: Int) -> CivilDate? {
        guard year >= firstYear else { return nil }
        switch self {
        case .newYearsDay: return CivilDate(year: year, month: 1, day: 1)
        case .martinLutherKing: return Self.nth(3, .monday, month: 1, year: year)
        case .washingtonsBirthday: return Self.nth(3, .monday, month: 2, year: year)
        case .memorialDay: return Self.last(.monday, month: 5, year: year)
        case .juneteenth: return CivilDate(year: year, month: 6, day: 19)
        case .independenceDay: return CivilDate(year: year, month: 7, day: 4)
        case .laborDay: return Self.nth(1, .monday, month: 9, year: year)
        case .columbusDay: return Self.nth(2, .monday, month: 10, year: year)
        case .veteransDay: return CivilDate(year: year, month: 11, day: 11)
        case .thanksgiving: return Self.nth(4, .thursday, month: 11, year: year)
        case .christmasDay: return CivilDate(year: year, month: 12, day: 25)
        }
    }

    /// The `n`th `weekday` of a month.
    static func nth(_ n: Int, _ weekday: Weekday, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last `weekday` of a month.
    static func last(_ weekday: Weekday, month: Int, year: Int) -> CivilDate? {
        guard let lastDay = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))
        else { return nil }
        let offset = (lastDay.weekday.rawValue - weekday.rawValue + 7) % 7
        return lastDay.adding(days: -offset)
    }
}
