import CaseDomain

/// What `:staff` and `:settings` show and change: the staff directory and the store-wide settings.
public enum AdminTopic: Hashable, Sendable {
    case staff, settings

    public var title: String {
        switch self {
        case .staff: "Staff directory"
        case .settings: "Store settings"
        }
    }
}

/// One change of the directory or the settings, as typed after `:staff` or `:settings`. The store checks
/// the role (attorney or admin) and audits it.
public enum AdminChange: Hashable, Sendable {
    /// A setting's key and its value words, as `casedesk settings` takes them
    /// (`meritsFilingLeadDays 15`, `closures add 2026-12-24 REASON`).
    case setting(key: String, values: [String])
    case addStaff(StaffMember)
    case removeStaff(login: String)

    public var topic: AdminTopic {
        switch self {
        case .setting: .settings
        case .addStaff, .removeStaff: .staff
        }
    }
}

/// The `:staff`/`:settings` overlay's state.
public struct AdminPanel: Hashable, Sendable {
    public var topic: AdminTopic
    /// The lines shown, as `casedesk staff` and `casedesk settings` print them; nil while they load.
    public var lines: [String]?
    public var failure: String?

    public init(topic: AdminTopic) {
        self.topic = topic
    }
}

/// A data source without a staff directory or settings (a sample).
public struct AdministrationUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "this data source has no staff directory or settings" }
}

extension AdminChange {
    /// Parses the words after `:staff` (`add LOGIN ROLE INITIALS NAME…`, `remove LOGIN`); nil for none
    /// (show the directory).
    static func staff(_ words: [String]) -> Result<AdminChange, CommandError>? {
        guard let verb = words.first else { return nil }
        switch (verb.lowercased(), words.count) {
        case ("add", 5...):
            guard let role = StaffRole(rawValue: words[2].lowercased()) else {
                return .failure(CommandError("Role " + TextSafety.quoted(words[2]) + " is not paralegal, attorney or admin"))
            }
            let name = words.dropFirst(4).joined(separator: " ")
            return .success(.addStaff(StaffMember(login: words[1], name: name, initials: words[3], role: role)))
        case ("remove", 2):
            return .success(.removeStaff(login: words[1]))
        default:
            return .failure(CommandError("Usage: :staff, :staff add LOGIN ROLE INITIALS NAME, :staff remove LOGIN"))
        }
    }

    /// Parses the words after `:settings` (`KEY VALUE…`); nil for none (show the settings). A closure's
    /// reason may have spaces.
    static func settings(_ words: [String]) -> Result<AdminChange, CommandError>? {
        guard let key = words.first else { return nil }
        guard words.count >= 2 else {
            return .failure(CommandError("Usage: :settings KEY VALUE (:settings alone lists them)"))
        }
        var values = Array(words.dropFirst())
        if key == "closures", values.first == "add", values.count > 3 {
            values = Array(values.prefix(2)) + [values.dropFirst(2).joined(separator: " ")]
        }
        return .success(.setting(key: key, values: values))
    }
}
