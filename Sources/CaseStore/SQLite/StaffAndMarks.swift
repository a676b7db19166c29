import CaseDomain
import GRDB

extension SQLiteCaseStore {
    /// The staff directory, by login.
    public func staff() throws -> [StaffMember] {
        try read { db in try Self.directory(db) }
    }

    /// Adds a person to the directory; the login must be new. The first attorney or admin, who makes the
    /// roles apply (`AccessPolicy.rolesApply`), brings in the account adding them as `admin` when it is not
    /// in the directory: whoever sets a directory up must not be left reading only by it
    /// (docs/domain.md, Roles).
    public func addStaff(_ member: StaffMember) throws {
        let member = try Self.checked(member)
        try write(.editStaff, subject: "staff \(member.login)") { db in
            if try String.fetchOne(db, sql: "SELECT login FROM staff WHERE login = ?", arguments: [member.login]) != nil {
                throw StoreError.duplicateStaff(login: member.login)
            }
            let directory = try Self.directory(db)
            if !AccessPolicy.rolesApply(directory), AccessPolicy.rolesApply([member]), member.login != currentUser,
               !directory.contains(where: { $0.login == currentUser }), let setter = Self.founder(currentUser) {
                try insert(db, setter)
            }
            try insert(db, member)
        }
    }

    /// The account that sets up a directory, as its admin (nil when its login cannot be a staff login).
    static func founder(_ login: String) -> StaffMember? {
        let initials = String(login.filter(\.isLetter).prefix(2)).uppercased()
        return try? StaffRules.checked(StaffMember(login: login, name: login, initials: initials.isEmpty ? "AD" : initials,
                                                   role: .admin))
    }

    private func insert(_ db: Database, _ member: StaffMember) throws {
        try db.execute(sql: "INSERT INTO staff (login, name, initials, role) VALUES (?, ?, ?, ?)",
                       arguments: [member.login, member.name, member.initials, member.role.rawValue])
        try AuditLog.append(db, user: currentUser, action: .addStaff, subject: "staff \(member.login)",
                            after: "\(member.name) (\(member.initials)), \(member.role.rawValue)")
    }

    /// Removes a person from the directory (their cases keep the login, shown as the login).
    public func removeStaff(login: String) throws {
        try write(.editStaff, subject: "staff \(login)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT name, initials, role FROM staff WHERE login = ?",
                                             arguments: [login]) else {
                throw StoreError.unknownStaff(login: login)
            }
            try db.execute(sql: "DELETE FROM staff WHERE login = ?", arguments: [login])
            let name: String = row["name"], initials: String = row["initials"], role: String = row["role"]
            try AuditLog.append(db, user: currentUser, action: .removeStaff, subject: "staff \(login)",
                                before: "\(name) (\(initials)), \(role)")
        }
    }

    /// The domain's staff rules, worded as a `StoreError`.
    static func checked(_ member: StaffMember) throws -> StaffMember {
        do {
            return try StaffRules.checked(member)
        } catch {
            throw StoreError.invalidStaff(login: member.login, problem: error.message)
        }
    }

    // MARK: Daily review marks

    /// Marks a review item reviewed by `user` for `date` only (a new day brings a fresh queue).
    public func markReviewed(itemID: String, user: String, date: CivilDate) throws {
        try write(.markReview, subject: "review \(itemID)") { db in
            try db.execute(sql: "INSERT OR IGNORE INTO review_mark (user, date, item_id) VALUES (?, ?, ?)",
                           arguments: [user, date.iso, itemID])
            if db.changesCount > 0 {
                try AuditLog.append(db, user: currentUser, action: .markReviewed, subject: "review \(itemID)",
                                    detail: "\(user) on \(date.iso)")
            }
        }
    }

    public func unmarkReviewed(itemID: String, user: String, date: CivilDate) throws {
        try write(.markReview, subject: "review \(itemID)") { db in
            try db.execute(sql: "DELETE FROM review_mark WHERE user = ? AND date = ? AND item_id = ?",
                           arguments: [user, date.iso, itemID])
            if db.changesCount > 0 {
                try AuditLog.append(db, user: currentUser, action: .unmarkReviewed, subject: "review \(itemID)",
                                    detail: "\(user) on \(date.iso)")
            }
        }
    }

    /// The item ids `user` marked reviewed for `date`.
    public func reviewedItems(user: String, date: CivilDate) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT item_id FROM review_mark WHERE user = ? AND date = ?",
                                    arguments: [user, date.iso]))
        }
    }
}

extension SQLiteCaseStore {
    /// Every login's marked item ids for `date` (the everyone view counts each case's paralegal's).
    public func reviewMarks(date: CivilDate) throws -> [String: Set<String>] {
        try read { db in
            var marks: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT user, item_id FROM review_mark WHERE date = ?",
                                        arguments: [date.iso]) {
                marks[row["user"], default: []].insert(row["item_id"])
            }
            return marks
        }
    }

    /// Whether any open case names `user` as its paralegal or attorney.
    public func hasOpenCases(user: String) throws -> Bool {
        try read { db in
            // The paralegal's probe uses its index; only a login that is nobody's paralegal reads on for
            // an attorney's case.
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM "case" WHERE paralegal = ? AND is_open = 1)
                    OR EXISTS (SELECT 1 FROM "case" WHERE attorney = ? AND is_open = 1)
                """, arguments: [user, user]) ?? false
        }
    }
}
