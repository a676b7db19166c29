import CaseDomain
import Foundation

/// The `setting` and `court_closure` tables on PostgreSQL, with the same keys and text values as the
/// SQLite store's (`SettingsTable`), so a store copied between backends means the same.
enum PGSettings {
    /// Inserts every missing default; returns whether the store was new (had no time zone yet).
    @discardableResult
    static func insertDefaults(_ db: PQConnection) throws -> Bool {
        let isNew = try value(db, SettingKey.timeZone.rawValue) == nil
        let defaults: [(String, String)] = [
            (SettingKey.timeZone.rawValue, SystemTimeZone.identifier()),
            (SettingKey.meritsFilingLeadDays.rawValue, "30"),
            (SettingKey.kioskOpaqueCodes.rawValue, "false"),
            (SettingKey.groupShared.rawValue, "false"),
            (SettingKey.idleLockMinutes.rawValue, "10"),
            (SettingsTable.generationKey, "1"),
            (SettingsTable.kioskSecretKey, SettingsTable.randomSecret()),
        ]
        for (key, value) in defaults {
            try db.execute("INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [key, value])
        }
        return isNew
    }

    static func value(_ db: PQConnection, _ key: String) throws -> String? {
        try db.execute("SELECT value FROM setting WHERE key = $1", [key]).first?.optional("value")
    }

    static func put(_ db: PQConnection, _ key: String, _ value: String) throws {
        try db.execute("INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       [key, value])
    }

    static func timeZone(_ db: PQConnection) throws -> String { try value(db, SettingKey.timeZone.rawValue) ?? "UTC" }

    static func generation(_ db: PQConnection) throws -> Int {
        try value(db, SettingsTable.generationKey).flatMap { Int($0) } ?? 1
    }

    static func bumpGeneration(_ db: PQConnection) throws {
        try put(db, SettingsTable.generationKey, String(try generation(db) + 1))
    }

    static func closures(_ db: PQConnection) throws -> [CourtClosure] {
        try db.execute("SELECT date, reason FROM court_closure ORDER BY date").compactMap { row in
            guard let date = row.optional("date").flatMap({ CivilDate(iso: $0) }) else { return nil }
            return CourtClosure(date: date, reason: try row.text("reason"))
        }
    }

    static func settings(_ db: PQConnection) throws -> StoreSettings {
        var values: [String: String] = [:]
        for row in try db.execute("SELECT key, value FROM setting") { values[try row.text("key")] = try row.text("value") }
        return StoreSettings(timeZone: values[SettingKey.timeZone.rawValue] ?? "UTC",
                             meritsFilingLeadDays: values[SettingKey.meritsFilingLeadDays.rawValue].flatMap { Int($0) } ?? 30,
                             closures: try closures(db),
                             kioskOpaqueCodes: values[SettingKey.kioskOpaqueCodes.rawValue] == "true",
                             groupShared: values[SettingKey.groupShared.rawValue] == "true",
                             idleLockMinutes: values[SettingKey.idleLockMinutes.rawValue].flatMap { Int($0) } ?? 10)
    }

    static func deadlineSettings(_ db: PQConnection) throws -> DeadlineSettings {
        try settings(db).deadlineSettings
    }
}
