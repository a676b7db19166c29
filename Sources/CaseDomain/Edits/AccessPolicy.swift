/// What a write to the store does, as the access policy sees it (docs/domain.md, Roles).
public enum StoreOperation: String, Hashable, Sendable, CaseIterable {
    /// Adding, editing, importing, generating or restoring a case.
    case editCase = "edit-case"
    case deleteCase = "delete-case"
    /// Adding or removing people in the staff directory.
    case editStaff = "edit-staff"
    /// Store-wide settings and court closures.
    case editSettings = "edit-settings"
    /// The daily review's own marks (reviewed / not reviewed).
    case markReview = "mark-review"
    /// Recording that data left the store (an export, a calendar, a report): the audit row of a read.
    case recordDataOut = "record-data-out"

    /// The operation in words, for a refusal: "deleting a case".
    public var words: String {
        switch self {
        case .editCase: "changing cases"
        case .deleteCase: "deleting a case"
        case .editStaff: "changing the staff directory"
        case .editSettings: "changing the store's settings"
        case .markReview: "marking review items"
        case .recordDataOut: "taking data out"
        }
    }
}

/// Whether a write may go ahead; a refusal carries one line for the person refused.
public enum AccessDecision: Hashable, Sendable {
    case allowed
    case refused(String)
}

/// Who may do what, from the store's staff directory. Paralegals and attorneys edit cases; deleting a case
/// and changing the staff directory or the settings need an attorney or an admin; an account missing from a
/// non-empty directory reads only (recording data it took out stays allowed: refusing that row would hide
/// the read, not prevent it); an empty directory (a new store) allows everything. So does a directory that
/// names no attorney or admin yet: no one could ever change it or the settings, and a store must not be
/// locked by the first paralegal entered.
public enum AccessPolicy {
    public static func decide(_ operation: StoreOperation, login: String, staff: [StaffMember]) -> AccessDecision {
        guard rolesApply(staff) else { return .allowed }
        guard let role = role(of: login, in: staff) else {
            switch operation {
            case .recordDataOut: return .allowed
            case .editCase, .deleteCase, .editStaff, .editSettings, .markReview:
                return .refused("\(TextSafety.display(login)) is not in the staff directory and may only read; "
                    + "an attorney or admin can add them with `casedesk staff add`")
            }
        }
        if allows(role, operation) { return .allowed }
        return .refused("\(TextSafety.display(login)) is a \(role.rawValue): \(operation.words) needs an attorney or admin")
    }

    /// Whether the directory decides anything: it names at least one attorney or admin.
    public static func rolesApply(_ staff: [StaffMember]) -> Bool {
        staff.contains { member in
            switch member.role {
            case .paralegal: false
            case .attorney, .admin: true
            }
        }
    }

    /// The role of `login` in the directory, nil when it is not there.
    public static func role(of login: String, in staff: [StaffMember]) -> StaffRole? {
        staff.first { $0.login == login }?.role
    }

    static func allows(_ role: StaffRole, _ operation: StoreOperation) -> Bool {
        switch operation {
        case .editCase, .markReview, .recordDataOut: true
        case .deleteCase, .editStaff, .editSettings:
            switch role {
            case .paralegal: false
            case .attorney, .admin: true
            }
        }
    }
}

/// The current account's standing in a store, for the dashboard's header and its greyed keys.
public struct AccessSummary: Hashable, Sendable {
    /// The OS account the store's audit rows name.
    public var login: String
    /// Its role in the directory; nil when it is not there.
    public var role: StaffRole?
    /// An empty directory: every account may do everything (the header says so).
    public var directoryIsEmpty: Bool
    /// The directory names an attorney or admin, so roles decide (`AccessPolicy.rolesApply`).
    public var rolesApply: Bool
    /// The store itself is open read-only (the kiosk): nothing may be written whatever the role.
    public var storeIsReadOnly: Bool

    public init(login: String, role: StaffRole?, directoryIsEmpty: Bool, rolesApply: Bool, storeIsReadOnly: Bool) {
        self.login = login
        self.role = role
        self.directoryIsEmpty = directoryIsEmpty
        self.rolesApply = rolesApply
        self.storeIsReadOnly = storeIsReadOnly
    }

    /// Whether `operation` would be allowed (the store decides again at the write).
    public func allows(_ operation: StoreOperation) -> Bool {
        if storeIsReadOnly { return false }
        if !rolesApply { return true }
        guard let role else { return operation == .recordDataOut }
        return AccessPolicy.allows(role, operation)
    }

    /// Whether this account may only read (not in a non-empty directory, or a read-only store).
    public var readsOnly: Bool { !allows(.editCase) }
}
