import CaseDomain
import Foundation
import GRDB

extension SQLiteCaseStore {
    /// The store-wide settings.
    public func settings() throws -> StoreSettings {
        try read { db in try SettingsTable.settings(db) }
    }

    /// Sets the store's time zone (an IANA name such as `America/Los_Angeles`).
    public func setTimeZone(_ identifier: String) throws {
        guard TimeZone(identifier: identifier) != nil, identifier.count <= 64 else {
            throw StoreError.invalidSetting(key: SettingKey.timeZone.rawValue,
                                            problem: "\(TextSafety.quoted(identifier)) is not a time zone name")
        }
        try set(.timeZone, identifier)
    }

    /// Days before an individual hearing that filings are due (non-detained docket); recomputes every digest.
    public func setMeritsFilingLeadDays(_ days: Int) throws {
        guard StoreSettings.meritsFilingLeadDaysRange.contains(days) else {
            throw StoreError.invalidSetting(key: SettingKey.meritsFilingLeadDays.rawValue,
                                            problem: "\(days) is not between 1 and 365")
        }
        try set(.meritsFilingLeadDays, String(days))
    }

    public func setKioskOpaqueCodes(_ on: Bool) throws { try set(.kioskOpaqueCodes, on ? "true" : "false") }

    public func setIdleLockMinutes(_ minutes: Int) throws {
        guard StoreSettings.idleLockMinutesRange.contains(minutes) else {
            throw StoreError.invalidSetting(key: SettingKey.idleLockMinutes.rawValue,
                                            problem: "\(minutes) is not between 0 and 1440")
        }
        try set(.idleLockMinutes, String(minutes))
    }

    /// Shares the store with the group (files 0660, folder 2770) or makes it private again (0600, 0700).
    /// The modes are re-applied even when the value does not change.
    public func setGroupShared(_ on: Bool) throws {
        try set(.groupShared, on ? "true" : "false")
        try FileModes.apply(groupShared: on, toStoreAt: path)
        umask(FileModes.umask(groupShared: on))
    }

    /// Adds a court closure (a day federal offices were closed); recomputes every digest.
    public func addClosure(_ closure: CourtClosure) throws {
        let reason = TextSafety.normalized(closure.reason)
        if let problem = TextSafety.problem(in: reason) {
            throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "the reason \(problem)")
        }
        guard !reason.isEmpty else {
            throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "the reason is empty")
        }
        try write(.editSettings, subject: "closure \(closure.date.iso)") { db in
            let old = try String.fetchOne(db, sql: "SELECT reason FROM court_closure WHERE date = ?",
                                          arguments: [closure.date.iso])
            try db.execute(sql: "INSERT INTO court_closure (date, reason) VALUES (?, ?) ON CONFLICT(date) DO UPDATE SET reason = excluded.reason",
                           arguments: [closure.date.iso, reason])
            try AuditLog.append(db, user: currentUser, action: .addClosure, subject: "closure \(closure.date.iso)",
                                before: old, after: reason)
            try deadlineSettingsChanged(db)
        }
        try refreshDigests(asOf: try today())
    }

    /// Removes the closure on `date`; an error when there is none.
    public func removeClosure(on date: CivilDate) throws {
        try write(.editSettings, subject: "closure \(date.iso)") { db in
            guard let old = try String.fetchOne(db, sql: "SELECT reason FROM court_closure WHERE date = ?",
                                                arguments: [date.iso]) else {
                throw StoreError.invalidSetting(key: SettingKey.closures.rawValue, problem: "no closure on \(date.iso)")
            }
            try db.execute(sql: "DELETE FROM court_closure WHERE date = ?", arguments: [date.iso])
            try AuditLog.append(db, user: currentUser, action: .removeClosure, subject: "closure \(date.iso)",
                                before: old)
            try deadlineSettingsChanged(db)
        }
        try refreshDigests(asOf: try today())
    }

    private func set(_ key: SettingKey, _ value: String) throws {
        let movesDeadlines = try write(.editSettings, subject: "setting \(key.rawValue)") { db -> Bool in
            let old = try SettingsTable.value(db, key)
            try SettingsTable.put(db, key.rawValue, value)
            try AuditLog.append(db, user: currentUser, action: .setSetting, subject: "setting \(key.rawValue)",
                                before: old, after: value)
            guard key.changesDeadlines, old != value else { return false }
            try deadlineSettingsChanged(db)
            return true
        }
        if movesDeadlines { try refreshDigests(asOf: try today()) }
    }

    /// Every digest depends on these settings: the new generation makes them all stale. They are then
    /// recomputed after the commit a short batch per transaction (`refreshDigests`), not in this one, which
    /// would hold the write lock for as long as every case takes; a reader meanwhile sees them stale and
    /// computes what it reads.
    private func deadlineSettingsChanged(_ db: Database) throws {
        _ = try SettingsTable.bumpGeneration(db)
    }
}

extension SQLiteCaseStore {
    /// The secret the office display's opaque codes are made under; nil in a store last opened for writing
    /// by a casedesk that made none (any writable opening makes it).
    public func kioskCodeSecret() throws -> [UInt8]? {
        try read { db in try Self.kioskCodeSecret(db) }
    }

    static func kioskCodeSecret(_ db: Database) throws -> [UInt8]? {
        guard let hex = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?",
                                            arguments: [SettingsTable.kioskSecretKey]),
              hex.count == 64 else { return nil }
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
