import CaseDomain
import GRDB

/// What a checked write's transaction ended with: the body's value, or the policy's refusal.
private enum CheckedOutcome<T> {
    case done(T)
    case refused(String)
}

extension SQLiteCaseStore {
    /// One write transaction that first asks the access policy (docs/domain.md, Roles) whether the current
    /// account may do `operation`, reading the directory under the write lock so it cannot change between
    /// the decision and the write. A refusal writes nothing but its own audit row (in a transaction of its
    /// own, naming `subject`) and throws `StoreError.notPermitted`.
    func write<T>(_ operation: StoreOperation, subject: String, _ body: (Database) throws -> T) throws -> T {
        let outcome: CheckedOutcome<T> = try write { db in
            let staff = try Self.directory(db)
            switch AccessPolicy.decide(operation, login: currentUser, staff: staff) {
            case .allowed: return .done(try body(db))
            case .refused(let reason): return .refused(reason)
            }
        }
        switch outcome {
        case .done(let value):
            return value
        case .refused(let reason):
            try write { db in
                try AuditLog.append(db, user: currentUser, action: .refusedWrite, subject: subject,
                                    detail: "\(operation.rawValue) refused: \(reason)")
            }
            throw StoreError.notPermitted(reason)
        }
    }

    /// The current account's role, whether the directory is empty and whether roles decide yet.
    public func access() throws -> AccessSummary {
        let staff = try read { db in try Self.directory(db) }
        return AccessSummary(login: currentUser, role: AccessPolicy.role(of: currentUser, in: staff),
                             directoryIsEmpty: staff.isEmpty, rolesApply: AccessPolicy.rolesApply(staff),
                             storeIsReadOnly: isReadOnly)
    }

    static func directory(_ db: Database) throws -> [StaffMember] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT login, name, initials, role FROM staff ORDER BY login"))
            .compactMap { row in
                guard let role = StaffRole(rawValue: row["role"]) else { return nil }
                return StaffMember(login: row["login"], name: row["name"], initials: row["initials"], role: role)
            }
    }
}
