import CaseDomain
import Foundation

/// The staff directory's table on PostgreSQL.
enum PGStaff {
    static func directory(_ db: PQConnection) throws -> [StaffMember] {
        try db.execute("SELECT login, name, initials, role FROM staff ORDER BY login").compactMap { row in
            guard let role = StaffRole(rawValue: try row.text("role")) else { return nil }
            return StaffMember(login: try row.text("login"), name: try row.text("name"),
                               initials: try row.text("initials"), role: role)
        }
    }
}

extension PostgresCaseStore {
    func staff() throws -> [StaffMember] { try read { db in try PGStaff.directory(db) } }

    /// As on SQLite: the first attorney or admin brings in the account adding them, as `admin`.
    func addStaff(_ member: StaffMember) throws {
        let member = try SQLiteCaseStore.checked(member)
        try write(.editStaff, subject: "staff \(member.login)") { db in
            if try db.execute("SELECT login FROM staff WHERE login = $1", [member.login]).count > 0 {
                throw StoreError.duplicateStaff(login: member.login)
            }
            let directory = try PGStaff.directory(db)
            if !AccessPolicy.rolesApply(directory), AccessPolicy.rolesApply([member]), member.login != currentUser,
               !directory.contains(where: { $0.login == currentUser }), let setter = SQLiteCaseStore.founder(currentUser) {
                try insertStaff(db, setter)
            }
            try insertStaff(db, member)
        }
    }

    private func insertStaff(_ db: PQConnection, _ member: StaffMember) throws {
        try db.execute("INSERT INTO staff (login, name, initials, role) VALUES ($1, $2, $3, $4)",
                       [member.login, member.name, member.initials, member.role.rawValue])
        try PGAudit.append(db, user: currentUser, action: .addStaff, subject: "staff \(member.login)",
                           after: "\(member.name) (\(member.initials)), \(member.role.rawValue)")
    }

    func removeStaff(login: String) throws {
        try write(.editStaff, subject: "staff \(login)") { db in
            guard let row = try db.execute("DELETE FROM staff WHERE login = $1 RETURNING name, initials, role",
                                           [login]).first else {
                throw StoreError.unknownStaff(login: login)
            }
            try PGAudit.append(db, user: currentUser, action: .removeStaff, subject: "staff \(login)",
                               before: "\(try row.text("name")) (\(try row.text("initials"))), \(try row.text("role"))")
        }
    }

    // MARK: Daily review marks

    func markReviewed(itemID: String, user: String, date: CivilDate) throws {
        try write(.markReview, subject: "review \(itemID)") { db in
            let inserted = try db.execute("""
                INSERT INTO review_mark (login, date, item_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                """, [user, date.iso, itemID]).affected
            if inserted > 0 {
                try PGAudit.append(db, user: currentUser, action: .markReviewed, subject: "review \(itemID)",
                                   detail: "\(user) on \(date.iso)")
            }
        }
    }

    func unmarkReviewed(itemID: String, user: String, date: CivilDate) throws {
        try write(.markReview, subject: "review \(itemID)") { db in
            let removed = try db.execute("DELETE FROM review_mark WHERE login = $1 AND date = $2 AND item_id = $3",
                                         [user, date.iso, itemID]).affected
            if removed > 0 {
                try PGAudit.append(db, user: currentUser, action: .unmarkReviewed, subject: "review \(itemID)",
                                   detail: "\(user) on \(date.iso)")
            }
        }
    }

    func reviewedItems(user: String, date: CivilDate) throws -> Set<String> {
        try read { db in
            Set(try db.execute("SELECT item_id FROM review_mark WHERE login = $1 AND date = $2", [user, date.iso])
                .map { try $0.text("item_id") })
        }
    }

    func reviewMarks(date: CivilDate) throws -> [String: Set<String>] {
        try read { db in
            var marks: [String: Set<String>] = [:]
            for row in try db.execute("SELECT login, item_id FROM review_mark WHERE date = $1", [date.iso]) {
                marks[try row.text("login"), default: []].insert(try row.text("item_id"))
            }
            return marks
        }
    }

    func hasOpenCases(user: String) throws -> Bool {
        try read { db in
            try db.execute("""
                SELECT EXISTS (SELECT 1 FROM "case" WHERE paralegal = $1 AND is_open = 1)
                    OR EXISTS (SELECT 1 FROM "case" WHERE attorney = $1 AND is_open = 1) AS found
                """, [user]).first?.bool("found") ?? false
        }
    }
}

extension PostgresCaseStore {
    func settings() throws -> StoreSettings { try read { db in try PGSettings.settings(db) } }

    func setTimeZone(_ identifier: String) throws {
        guard TimeZone(identifier: identifier) != nil, identifier.count <= 64 else {
            throw StoreError.invalidSetting(key: SettingKey.timeZone.rawValue,
                                            problem: "\(TextSafety.quoted(identifier)) is not a time zone name")
        }
        try set(.timeZone, identifier)
    }

    func setMeritsFilingLeadDays(_ days: Int) throws {
        guard StoreSettings.meritsFilingLeadDaysRange.contains(days) else {
            throw StoreError.invalidSetting(key: SettingKey.meritsFilingLeadDays.rawValue,
                                            problem: "\(days) is not between 1 and 365")
        }
        try set(.meritsFilingLeadDays, String(days))
    }

    func setKioskOpaqueCodes(_ on: Bool) throws { try set(.kioskOpaqueCodes, on ? "true" : "false") }

    /// Recorded for a store copied back to a file; a server's access is its roles' and grants' (README).
    func setGroupShared(_ on: Bool) throws { try set(.groupShared, on ? "true" : "false") }

    func setIdleLockMinutes(_ minutes: Int) throws {
        guard StoreSettings.idleLockMinutesRange.contains(minutes) else {
            throw StoreError.invalidSetting(key: SettingKey.idleLockMinutes.rawValue,
                                            problem: "\(minutes) is not between 0 and 1440")
        }
        try set(.idleLockMinutes, String(minutes))
    }

    func addClosure(_ closure: CourtClosure) throws {
        let reason = TextSafety.normalized(closure.reason)
        if let problem = TextSafety.problem(in: reason) {
            throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "the reason \(problem)")
        }
        guard !reason.isEmpty else {
            throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "the reason is empty")
        }
        try write(.editSettings, subject: "closure \(closure.date.iso)") { db in
            let old = try db.execute("SELECT reason FROM court_closure WHERE date = $1", [closure.date.iso]).first?
                .optional("reason")
            try db.execute("""
                INSERT INTO court_closure (date, reason) VALUES ($1, $2)
                ON CONFLICT (date) DO UPDATE SET reason = excluded.reason
                """, [closure.date.iso, reason])
            try PGAudit.append(db, user: currentUser, action: .addClosure, subject: "closure \(closure.date.iso)",
                               before: old, after: reason)
            try PGSettings.bumpGeneration(db)
        }
        try refreshDigests(asOf: try today())
    }

    func removeClosure(on date: CivilDate) throws {
        try write(.editSettings, subject: "closure \(date.iso)") { db in
            guard let old = try db.execute("DELETE FROM court_closure WHERE date = $1 RETURNING reason", [date.iso])
                .first?.optional("reason") else {
                throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "no closure on \(date.iso)")
            }
            try PGAudit.append(db, user: currentUser, action: .removeClosure, subject: "closure \(date.iso)", before: old)
            try PGSettings.bumpGeneration(db)
        }
        try refreshDigests(asOf: try today())
    }

    /// A setting that moves deadlines makes every digest stale (a new generation); they are recomputed
    /// after the commit a short batch per transaction, as on SQLite.
    private func set(_ key: SettingKey, _ value: String) throws {
        let movesDeadlines = try write(.editSettings, subject: "setting \(key.rawValue)") { db -> Bool in
            let old = try PGSettings.value(db, key.rawValue)
            try PGSettings.put(db, key.rawValue, value)
            try PGAudit.append(db, user: currentUser, action: .setSetting, subject: "setting \(key.rawValue)",
                               before: old, after: value)
            guard key.changesDeadlines, old != value else { return false }
            try PGSettings.bumpGeneration(db)
            return true
        }
        if movesDeadlines { try refreshDigests(asOf: try today()) }
    }

    func kioskCodeSecret() throws -> [UInt8]? {
        try read { db in
            guard let hex = try PGSettings.value(db, SettingsTable.kioskSecretKey), hex.count == 64 else { return nil }
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 2)
                guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
                bytes.append(byte)
                index = next
            }
            return bytes
        }
    }
}
