/// The sections of the daily review, in their order (docs/domain.md).
public enum ReviewSection: String, CaseIterable, Sendable, Codable {
    case hearings, deadlines, detained
    case checkIns = "check-ins"
    case evidence, stale

    /// The section's place in the review, from 0.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

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

/// What a review item is about, by section (docs/formats.md's per-section fields).
public enum ReviewDetail: Hashable, Sendable {
    case hearing(Appointment)
    case deadline(DeadlineItem)
    case detained(since: CivilDate, daysDetained: Int)
    case checkIn(date: CivilDate)
    case evidence(hearing: CivilDate, missing: Int, untranslated: Int)
    case stale(lastChange: CivilDate, daysSince: Int)
}

/// One line of the daily review.
///
/// Its facts sit in one shared, immutable box: a firm-wide queue sorts and hands on tens of thousands of
/// items, and copying one is then a single reference count instead of one per text.
public struct ReviewItem: Hashable, Sendable {
    private final class Facts: Sendable {
        let id: String
        let section: ReviewSection
        let matter: String
        let title: String
        let detail: ReviewDetail
        let clientName: String
        let latinName: String?
        let caseID: CaseID?
        let paralegal: String?
        let attorney: String?

        init(id: String, section: ReviewSection, matter: String, title: String, detail: ReviewDetail,
             clientName: String, latinName: String?, caseID: CaseID?, paralegal: String?, attorney: String?) {
            self.caseID = caseID
            self.paralegal = paralegal
            self.attorney = attorney
            self.id = id
            self.section = section
            self.matter = matter
            self.title = title
            self.detail = detail
            self.clientName = clientName
            self.latinName = latinName
        }
    }

    private let facts: Facts
    /// Marked as reviewed for the day.
    public var reviewed: Bool

    public init(id: String, section: ReviewSection, matter: String, title: String, detail: ReviewDetail,
                clientName: String, latinName: String?, reviewed: Bool, caseID: CaseID? = nil,
                paralegal: String? = nil, attorney: String? = nil) {
        facts = Facts(id: id, section: section, matter: matter, title: title, detail: detail,
                      clientName: clientName, latinName: latinName, caseID: caseID, paralegal: paralegal,
                      attorney: attorney)
        self.reviewed = reviewed
    }

    /// Stable for the day: section, matter and what it is about.
    public var id: String { facts.id }
    public var section: ReviewSection { facts.section }
    public var matter: String { facts.matter }
    public var title: String { facts.title }
    public var detail: ReviewDetail { facts.detail }
    public var clientName: String { facts.clientName }
    public var latinName: String? { facts.latinName }
    /// The case the item is about, to open it (nil for a case made outside a store).
    public var caseID: CaseID? { facts.caseID }
    /// The case's paralegal: in the everyone view an item counts as reviewed when they marked it.
    public var paralegal: String? { facts.paralegal }
    public var attorney: String? { facts.attorney }

    public static func == (a: ReviewItem, b: ReviewItem) -> Bool {
        a.reviewed == b.reviewed && (a.facts === b.facts || (a.id == b.id && a.section == b.section
            && a.matter == b.matter && a.title == b.title && a.detail == b.detail && a.clientName == b.clientName
            && a.latinName == b.latinName && a.caseID == b.caseID && a.paralegal == b.paralegal
            && a.attorney == b.attorney))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(reviewed)
    }
}
