/// What the office display shows, and all it can show: a projection of the cases with no field for a
/// client's name or initials, an A-number, a birth date, contact details, a sponsor, nationality, grounds,
/// a facility, custody words, a judge, notes or evidence titles (docs/formats.md, Board JSON). This module
/// cannot import the domain's case types (the build refuses it), so nothing else can reach the screen.
public struct KioskBoard: Hashable, Sendable, Codable {
    public static let format = "casedesk-board/1"

    /// `casedesk-board/1`.
    public var format: String
    /// When it was made, local time in the store's zone: `YYYY-MM-DDTHH:MM`.
    public var generatedAt: String
    /// The day it was made for (`YYYY-MM-DD`); the kiosk counts days from its own clock.
    public var date: String
    /// The store's IANA time zone: the kiosk's clock and its midnight.
    public var timeZone: String
    /// Hearings and asylum interviews from the day through 7 days on, by date and time.
    public var hearings: [Hearing]
    /// Deadlines overdue and due within 14 days, overdue first, then by date.
    public var deadlines: [Deadline]
    public var summary: Summary

    public init(generatedAt: String, date: String, timeZone: String, hearings: [Hearing], deadlines: [Deadline],
                summary: Summary) {
        format = Self.format
        self.generatedAt = generatedAt
        self.date = date
        self.timeZone = timeZone
        self.hearings = hearings
        self.deadlines = deadlines
        self.summary = summary
    }

    /// One hearing or interview: the case's code, what it is, when, who works it, how complete its
    /// evidence is.
    public struct Hearing: Hashable, Sendable, Codable {
        public var code: String
        /// The event kind's label: "Individual hearing".
        public var event: String
        public var date: String
        /// `HH:MM`, when known.
        public var time: String?
        /// The paralegal's initials from the staff directory.
        public var staff: String
        public var evidenceComplete: Int
        public var evidenceTotal: Int

        public init(code: String, event: String, date: String, time: String?, staff: String, evidenceComplete: Int,
                    evidenceTotal: Int) {
            self.code = code
            self.event = event
            self.date = date
            self.time = time
            self.staff = staff
            self.evidenceComplete = evidenceComplete
            self.evidenceTotal = evidenceTotal
        }
    }

    /// One deadline: the case's code, the rule's title (never a task's own words), the due date, who
    /// works it.
    public struct Deadline: Hashable, Sendable, Codable {
        public var code: String
        public var deadline: String
        public var due: String
        public var staff: String

        public init(code: String, deadline: String, due: String, staff: String) {
            self.code = code
            self.deadline = deadline
            self.due = due
            self.staff = staff
        }
    }

    /// The office in numbers.
    public struct Summary: Hashable, Sendable, Codable {
        public var hearingsThisWeek: Int
        public var overdue: Int
        /// Clients detained, as a count only.
        public var detained: Int
        /// Open cases per paralegal, by initials.
        public var openCases: [StaffCount]

        public init(hearingsThisWeek: Int, overdue: Int, detained: Int, openCases: [StaffCount]) {
            self.hearingsThisWeek = hearingsThisWeek
            self.overdue = overdue
            self.detained = detained
            self.openCases = openCases
        }
    }

    public struct StaffCount: Hashable, Sendable, Codable {
        public var staff: String
        public var open: Int

        public init(staff: String, open: Int) {
            self.staff = staff
            self.open = open
        }
    }
}
