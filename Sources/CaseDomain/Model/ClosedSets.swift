/// The closed sets of docs/domain.md. Raw values are the identifiers of docs/formats.md and the CLI.

public enum Ground: String, CaseIterable, Sendable, Codable {
    case race, religion, nationality
    case politicalOpinion = "political-opinion"
    case particularSocialGroup = "particular-social-group"
    case cat

    public var label: String {
        switch self {
        case .race: "race"
        case .religion: "religion"
        case .nationality: "nationality"
        case .politicalOpinion: "political opinion"
        case .particularSocialGroup: "particular social group"
        case .cat: "CAT"
        }
    }
}

public enum Track: String, CaseIterable, Sendable, Codable {
    case defensive, affirmative
}

public enum Docket: String, CaseIterable, Sendable, Codable {
    case detained
    case nonDetained = "non-detained"
}

public enum ClosedReason: String, CaseIterable, Sendable, Codable {
    case granted
    case deniedFinal = "denied-final"
    case withdrawn, transferred, other
}

public enum OneYearException: String, CaseIterable, Sendable, Codable {
    case changedCircumstances = "changed-circumstances"
    case extraordinaryCircumstances = "extraordinary-circumstances"
}

public enum StaffRole: String, CaseIterable, Sendable, Codable {
    case paralegal, attorney, admin
}

public enum CustodyStatus: String, CaseIterable, Sendable, Codable {
    case cbpCustody = "cbp-custody"
    case iceDetained = "ice-detained"
    case paroled, bond, recognizance, supervision, mpp, removed
    case notDetained = "not-detained"

    /// Held in a facility: counted in days detained and listed in the review's detained section.
    public var isDetention: Bool {
        switch self {
        case .cbpCustody, .iceDetained: true
        case .paroled, .bond, .recognizance, .supervision, .mpp, .removed, .notDetained: false
        }
    }

    public var label: String {
        switch self {
        case .cbpCustody: "CBP custody"
        case .iceDetained: "ICE detained"
        case .paroled: "Paroled"
        case .bond: "Released on bond"
        case .recognizance: "Recognizance"
        case .supervision: "Order of supervision"
        case .mpp: "MPP (Mexico)"
        case .removed: "Removed"
        case .notDetained: "Not detained"
        }
    }
}

/// Alternatives to detention: an overlay on a release status.
public enum AlternativeToDetention: String, CaseIterable, Sendable, Codable {
    case gpsMonitor = "gps-monitor"
    case smartlink, telephonic
}

public enum HearingStatus: String, CaseIterable, Sendable, Codable {
    case scheduled, held, adjourned, cancelled
}

/// Outcomes of `cfi`, `ij-decision` and `bia-decision` events.
public enum Outcome: String, CaseIterable, Sendable, Codable {
    case positive, negative
    case granted, denied, withholding, cat, dismissed
    case inAbsentia = "in-absentia"
    case sustained, remanded, terminated
}

public enum EvidenceCategory: String, CaseIterable, Sendable, Codable {
    case forms, identity, declaration, persecution
    case politicalProfile = "political-profile"
    case medical, witness
    case countryConditions = "country-conditions"
    case expert, other

    /// Position in docs/domain.md's order (the export and the pane sort by it).
    public var order: Int { EvidenceCategory.allCases.firstIndex(of: self) ?? 0 }

    public var label: String {
        switch self {
        case .forms: "Forms"
        case .identity: "Identity"
        case .declaration: "Declaration"
        case .persecution: "Persecution"
        case .politicalProfile: "Political profile"
        case .medical: "Medical"
        case .witness: "Witness"
        case .countryConditions: "Country conditions"
        case .expert: "Expert"
        case .other: "Other"
        }
    }
}

public enum EvidenceStatus: String, CaseIterable, Sendable, Codable {
    case needed, requested, received, translated, filed, unavailable

    /// Counted as done by the completeness meter.
    public var isComplete: Bool { self == .filed || self == .unavailable }
}
