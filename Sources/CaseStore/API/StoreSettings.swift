import CaseDomain

/// The store-wide settings (docs/configuration.md, "Store settings"): every user of a store sees the same values.
public struct StoreSettings: Hashable, Sendable {
    /// An IANA zone name: what "today" and times of day mean.
    public var timeZone: String
    public var meritsFilingLeadDays: Int
    public var closures: [CourtClosure]
    /// The kiosk shows opaque per-case codes instead of matter numbers.
    public var kioskOpaqueCodes: Bool
    /// The store and its folder are shared with the group (0660 / 2770).
    public var groupShared: Bool
    /// Minutes without a key before the dashboard locks; 0 never locks.
    public var idleLockMinutes: Int

    public init(timeZone: String, meritsFilingLeadDays: Int = 30, closures: [CourtClosure] = [],
                kioskOpaqueCodes: Bool = false, groupShared: Bool = false, idleLockMinutes: Int = 10) {
        self.timeZone = timeZone
        self.meritsFilingLeadDays = meritsFilingLeadDays
        self.closures = closures
        self.kioskOpaqueCodes = kioskOpaqueCodes
        self.groupShared = groupShared
        self.idleLockMinutes = idleLockMinutes
    }

    /// What the deadline engine needs of them.
    public var deadlineSettings: DeadlineSettings {
        DeadlineSettings(meritsFilingLeadDays: meritsFilingLeadDays, closures: closures)
    }

    /// Accepted ranges, checked on every change.
    public static let meritsFilingLeadDaysRange = 1...365
    public static let idleLockMinutesRange = 0...1440
}

/// The names of the settings, as `casedesk settings KEY` spells them.
public enum SettingKey: String, Sendable, CaseIterable {
    case timeZone, meritsFilingLeadDays, closures, kioskOpaqueCodes, groupShared, idleLockMinutes

    /// Whether changing it moves computed dates (every digest is then recomputed).
    public var changesDeadlines: Bool {
        switch self {
        case .meritsFilingLeadDays, .closures: true
        case .timeZone, .kioskOpaqueCodes, .groupShared, .idleLockMinutes: false
        }
    }
}
