import CaseDomain
import CaseStore
import Dashboard

extension StoreDataSource {
    /// The directory as `casedesk staff` lists it (aligned), or the settings as `casedesk settings` does.
    func administration(_ topic: AdminTopic) throws -> [String] {
        switch topic {
        case .staff:
            let members = try store.staff()
            let loginWidth = members.map(\.login.count).max() ?? 0
            return members.map { member in
                member.login.padding(toLength: loginWidth + 2, withPad: " ", startingAt: 0)
                    + member.initials.padding(toLength: 5, withPad: " ", startingAt: 0)
                    + member.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) + member.name
            }
        case .settings:
            return SettingsCommand.describe(try store.settings()).split(separator: "\n").map(String.init)
        }
    }

    /// The same changes as `casedesk staff` and `casedesk settings`, with their checks and messages; the
    /// store audits each and refuses those the user's role does not allow.
    func administer(_ change: AdminChange) throws -> String {
        switch change {
        case .setting(let key, let values):
            guard let settingKey = SettingKey(rawValue: key) else {
                throw CLIError("unknown setting \(TextSafety.quoted(key)) (known: "
                               + SettingKey.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            try SettingsCommand.apply(settingKey, values, to: store)
            return "Setting \(key) changed"
        case .addStaff(let member):
            try store.addStaff(member)
            return "Added \(member.login) to the staff directory"
        case .removeStaff(let login):
            try store.removeStaff(login: login)
            return "Removed \(login) from the staff directory"
        }
    }
}
