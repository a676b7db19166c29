/// The kinds of timeline events (docs/domain.md).
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case arrival, cfi
    case ntaServed = "nta-served"
    case referral
    case masterHearing = "master-hearing"
    case individualHearing = "individual-hearing"
    case bondHearing = "bond-hearing"
    case asylumInterview = "asylum-interview"
    case i589Filed = "i589-filed"
    case filing, biometrics
    case eoir33Filed = "eoir33-filed"
    case ar11Filed = "ar11-filed"
    case feePaid = "fee-paid"
    case eadFiled = "ead-filed"
    case eadGranted = "ead-granted"
    case motionReopenFiled = "motion-reopen-filed"
    case motionReconsiderFiled = "motion-reconsider-filed"
    case venueChange = "venue-change"
    case ijDecision = "ij-decision"
    case biaAppealFiled = "bia-appeal-filed"
    case biaDecision = "bia-decision"
    case appealWaived = "appeal-waived"
    case pfrFiled = "pfr-filed"
    case circuitDecision = "circuit-decision"
    case vdGranted = "vd-granted"
    case addressChange = "address-change"
    case checkIn = "check-in"
    case clockStopped = "clock-stopped"
    case clockResumed = "clock-resumed"
    case courtDeadline = "court-deadline"
    case deadline, note

    /// Court hearings, which carry a `status`.
    public var isHearing: Bool {
        self == .masterHearing || self == .individualHearing || self == .bondHearing
    }

    /// What the review's hearings section lists: hearings and asylum interviews.
    public var isAppointment: Bool { isHearing || self == .asylumInterview }

    /// The outcomes this kind accepts; empty when it takes none.
    public var allowedOutcomes: [Outcome] {
        switch self {
        case .cfi: [.positive, .negative]
        case .ijDecision: [.granted, .denied, .withholding, .cat, .dismissed, .inAbsentia]
        case .biaDecision: [.dismissed, .sustained, .remanded, .terminated]
        default: []
        }
    }

    /// Kinds whose `title` is required (docs/formats.md).
    public var requiresTitle: Bool { self == .courtDeadline || self == .deadline }

    /// Kinds that belong to a hearing through `hearing` (docs/formats.md).
    public var belongsToHearing: Bool { self == .courtDeadline || self == .filing }

    public var label: String {
        switch self {
        case .arrival: "Arrival"
        case .cfi: "Credible fear interview"
        case .ntaServed: "NTA served"
        case .referral: "Referred to court"
        case .masterHearing: "Master calendar hearing"
        case .individualHearing: "Individual hearing"
        case .bondHearing: "Bond hearing"
        case .asylumInterview: "Asylum interview"
        case .i589Filed: "I-589 filed"
        case .filing: "Filing"
        case .biometrics: "Biometrics"
        case .eoir33Filed: "EOIR-33 filed"
        case .ar11Filed: "AR-11 filed"
        case .feePaid: "Fee paid"
        case .eadFiled: "EAD filed"
        case .eadGranted: "EAD granted"
        case .motionReopenFiled: "Motion to reopen filed"
        case .motionReconsiderFiled: "Motion to reconsider filed"
        case .venueChange: "Change of venue"
        case .ijDecision: "IJ decision"
        case .biaAppealFiled: "BIA appeal filed"
        case .biaDecision: "BIA decision"
        case .appealWaived: "Appeal waived"
        case .pfrFiled: "Petition for review filed"
        case .circuitDecision: "Circuit decision"
        case .vdGranted: "Voluntary departure granted"
        case .addressChange: "Address change"
        case .checkIn: "ICE check-in"
        case .clockStopped: "Asylum clock stopped"
        case .clockResumed: "Asylum clock resumed"
        case .courtDeadline: "Court-set deadline"
        case .deadline: "Deadline"
        case .note: "Note"
        }
    }
}
