import CaseDomain

/// What the interactive dashboard is started with (from the command line, config and environment).
public struct DashboardOptions: Sendable {
    /// The current user's login (the OS account).
    public var user: String
    /// What "today" is (`--today`, or the store's time zone's date).
    public var today: CivilDate
    /// A theme name or path (`--theme`, config `theme`); nil for the default.
    public var theme: String?
    /// `--ascii` or config `ascii`.
    public var ascii: Bool
    /// Config `escDelay` in milliseconds (`ESCDELAY` in the environment wins).
    public var escDelay: Int?
    /// The store setting `idleLockMinutes` (0 disables the privacy screen).
    public var idleLockMinutes: Int
    public var environment: [String: String]

    public init(user: String, today: CivilDate, theme: String? = nil, ascii: Bool = false, escDelay: Int? = nil,
                idleLockMinutes: Int = 10, environment: [String: String]) {
        self.user = user
        self.today = today
        self.theme = theme
        self.ascii = ascii
        self.escDelay = escDelay
        self.idleLockMinutes = idleLockMinutes
        self.environment = environment
    }
}
