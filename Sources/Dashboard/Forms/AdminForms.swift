import CaseDomain

/// The small forms of `:staff` and `:settings` (`a` in their overlay): the same change the command line
/// makes (`:staff add …`, `:settings KEY VALUE`), typed field by field. The store checks the role and the
/// value and audits the change, exactly as for the command line; these forms keep no draft, since they
/// belong to no case.
enum StaffForm {
    static func fields(_ values: FormValues) -> [FieldSpec] {
        [
            FieldSpec("login", "Login", .login),
            FieldSpec("role", "Role", .choice(StaffRole.identifiers, required: true)),
            FieldSpec("initials", "Initials", .line(required: true)),
            FieldSpec("name", "Name", .line(required: true)),
        ]
    }

    static let blank: FormValues = ["login": "", "role": StaffRole.paralegal.rawValue, "initials": "", "name": ""]

    /// The member to add; nil while a required field is blank.
    static func change(_ read: FormReader) -> AdminChange? {
        guard let login = read.text("login"), let role = read.choice("role", as: StaffRole.self),
              let initials = read.text("initials"), let name = read.text("name") else { return nil }
        return .addStaff(StaffMember(login: login, name: name, initials: initials, role: role))
    }
}

enum SettingForm {
    /// The settings a value is typed for (docs/configuration.md, Store settings); `closures` takes
    /// `add DATE REASON` or `remove DATE`.
    static let keys = ["timeZone", "meritsFilingLeadDays", "idleLockMinutes", "kioskOpaqueCodes", "groupShared", "closures"]

    static func fields(_ values: FormValues) -> [FieldSpec] {
        [
            FieldSpec("key", "Setting", .choice(keys, required: true)),
            FieldSpec("value", "New value", .line(required: true)),
        ]
    }

    static let blank: FormValues = ["key": "", "value": ""]

    /// The change as `:settings KEY VALUE` reads it; nil while the setting or its value is blank.
    static func change(_ read: FormReader) -> AdminChange? {
        guard let key = read.text("key"), keys.contains(key), let value = read.text("value") else {
            return nil
        }
        guard case .success(let change)? = AdminChange.settings([key] + value.split(separator: " ").map(String.init)) else {
            return nil
        }
        return change
    }
}
