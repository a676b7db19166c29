/// The sections of the daily review, in their order (DOMAIN.md).
public enum ReviewSection: String, CaseIterable, Sendable, Codable {
    case hearings, deadlines, detained
    case checkIns = "check-ins"
    case evidence, stale

    public var title: String {
        switch self {
        case .hearings: "Hearings this week"
        case .deadlines: "Deadlines"
        case .detained: "Detained clients"
        case .checkIns: "ICE check-ins"
        case .evidence: "Evidence for upcoming individual hearings"
        case .stale: "Untouched for 30 days"
        }
    }
}

/// What a review item is about, by section (DATA.md's per-section fields).
public enum ReviewDetail: Hashable, Sendable {
    case hearing(Appointment)
    case deadline(DeadlineItem)
    case detained(since: CivilDate, daysDetained: Int)
    case checkIn(date: CivilDate)
    case evidence(hearing: CivilDate, missing: Int, untranslated: Int)
    case stale(lastChange: CivilDate, daysSince: Int)
}

/// One line of the daily review.
public struct ReviewItem: Hashable, Sendable {
    /// Stable for the day: section, matter and what it is about.
    public var id: String
    public var section: ReviewSection
    public var matter: String
    public var title: String
    public var detail: ReviewDetail
    public var clientName: String
    public var latinName: String?
    public var reviewed: Bool

    /// Overdue items first within a section.
    public var isOverdue: Bool {
        if case .deadline(let item) = detail { return item.state == .missed }
        return false
    }

    /// The date the section orders by.
    public var sortDate: CivilDate {
        switch detail {
        case .hearing(let appointment): appointment.date
        case .deadline(let item): item.due
        case .detained(let since, _): since
        case .checkIn(let date): date
        case .evidence(let hearing, _, _): hearing
        case .stale(let lastChange, _): lastChange
        }
    }
}
