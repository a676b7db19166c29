import CaseDomain
import Foundation
import GRDB

/// The `setting` and `court_closure` tables. Values are kept as text in their canonical form.
enum SettingsTable {
    /// Bumped whenever a setting that moves deadlines changes; each digest records the generation it used.
    static let generationKey = "deadlineGeneration"
    /// The secret under which the office display's opaque codes are made (`KioskCode`): random, made once
    /// per store, never shown or exported by the settings command.
    static let kioskSecretKey = "kioskCodeSecret"

    /// Inserts every missing default; returns whether the store was new (had no time zone yet).
    @discardableResult
    static func insertDefaults(_ db: Database) throws -> Bool {
        let isNew = try value(db, .timeZone) == nil
        let defaults: [(String, String)] = [
            (SettingKey.timeZone.rawValue, SystemTimeZone.identifier()),
            (SettingKey.meritsFilingLeadDays.rawValue, "30"),
            (SettingKey.kioskOpaqueCodes.rawValue, "false"),
            (SettingKey.groupShared.rawValue, "false"),
            (SettingKey.idleLockMinutes.rawValue, "10"),
            (generationKey, "1"),
            (kioskSecretKey, randomSecret()),
        ]
        for (key, value) in defaults {
            try db.execute(sql: "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)", arguments: [key, value])
        }
        return isNew
    }

    /// 32 random bytes as hex.
    static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    static func value(_ db: Database, _ key: SettingKey) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
    }

    static func put(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }

    static func timeZone(_ db: Database) throws -> String { try value(db, .timeZone) ?? "UTC" }
    static func groupShared(_ db: Database) throws -> Bool { try value(db, .groupShared) == "true" }

    static func generation(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [generationKey])
            .flatMap { Int($0) } ?? 1
    }

    static func bumpGeneration(_ db: Database) throws -> Int {
        let next = try generation(db) + 1
        try put(db, generationKey, String(next))
        return next
    }

    static func closures(_ db: Database) throws -> [CourtClosure] {
        try Row.fetchAll(db, sql: "SELECT date, reason FROM court_closure ORDER BY date").compactMap { row in
            let text: String = row["date"]
            return CivilDate(iso: text).map { CourtClosure(date: $0, reason: row["reason"]) }
        }
    }

    static func settings(_ db: Database) throws -> StoreSettings {
        StoreSettings(timeZone: try timeZone(db),
                      meritsFilingLeadDays: try value(db, .meritsFilingLeadDays).flatMap { Int($0) } ?? 30,
                      closures: try closures(db),
                      kioskOpaqueCodes: try value(db, .kioskOpaqueCodes) == "true",
                      groupShared: try groupShared(db),
                      idleLockMinutes: try value(db, .idleLockMinutes).flatMap { Int($0) } ?? 10)
    }

    static func deadlineSettings(_ db: Database) throws -> DeadlineSettings {
        try settings(db).deadlineSettings
    }
}
