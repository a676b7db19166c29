import CaseDomain

/// A date from its ISO text; tests only.
func day(_ text: String) -> CivilDate {
    CivilDate(iso: text)!
}

/// An event on a test timeline.
func event(_ kind: EventKind, _ date: String, outcome: Outcome? = nil, days: Int? = nil, hearing: String? = nil,
           status: HearingStatus? = nil, expires: String? = nil, title: String? = nil,
           sequence: Int = 0) -> TimelineEvent {
    TimelineEvent(kind: kind, date: day(date), title: title, outcome: outcome, days: days,
                  hearing: hearing.map(day), status: status, expires: expires.map(day), sequence: sequence)
}

/// A small case holding only what the rules read.
func caseFile(_ events: [TimelineEvent], custody: [CustodyPeriod] = [], docket: Docket? = .nonDetained,
              closed: CaseClosure? = nil, exception: OneYearException? = nil) -> CaseFile {
    CaseFile(matter: "2026-0142", client: Client(name: "Test Client"), docket: docket,
             oneYearException: exception, closed: closed, custody: custody, events: events)
}

/// The December 2025 closures (Executive Order of 18 December 2025 closing offices on 24 and 26 December).
let december2025Closures = [
    CourtClosure(date: day("2025-12-24"), reason: "Executive order: offices closed"),
    CourtClosure(date: day("2025-12-26"), reason: "Executive order: offices closed"),
]

/// Every date from `first` through `last`.
func dates(from first: String, through last: String) -> [CivilDate] {
    (day(first).dayNumber...day(last).dayNumber).map(CivilDate.init(dayNumber:))
}

extension Holiday {
    /// Whether the holiday is observed on another day than its own.
    var isObserved: Bool { date != actual }
}

extension BusinessCalendar {
    /// `date` itself when it is a business day, else the next one.
    func nextBusinessDay(onOrAfter date: CivilDate) -> CivilDate { rollForward(date).date }

    /// `date` itself when it is a business day, else the previous one.
    func previousBusinessDay(onOrBefore date: CivilDate) -> CivilDate { rollBack(date).date }
}
