import ArgumentParser
import CaseDomain
import CaseStore

/// `casedesk settings`: the store-wide settings every user shares.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the store-wide settings (changes are audited).",
        discussion: """
            Keys: timeZone, meritsFilingLeadDays, closures, kioskOpaqueCodes, groupShared, idleLockMinutes.

            Examples:
              casedesk settings
              casedesk settings meritsFilingLeadDays 15
              casedesk settings closures add 2025-12-24 "Executive order: federal offices closed"
              casedesk settings closures remove 2025-12-24
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "KEY, or KEY VALUE, or closures add DATE REASON / closures remove DATE.")
    var words: [String] = []

    func run() throws {
        let context = try store.context(readOnly: words.count < 2)
        let settings = context.settings
        guard let key = words.first else {
            Streams.out(TextSafety.display(Self.describe(settings), keepingLineBreaks: true))
            return
        }
        guard let settingKey = SettingKey(rawValue: key) else {
            throw CLIError("unknown setting \(TextSafety.quoted(key)) (known: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if words.count == 1 {
            Streams.out(TextSafety.display(Self.value(of: settingKey, in: settings) + "\n", keepingLineBreaks: true))
            return
        }
        try Self.apply(settingKey, Array(words.dropFirst()), to: context.store)
        Streams.err("settings: \(key) changed\n")
    }

    static func apply(_ key: SettingKey, _ values: [String], to store: any CaseRepository) throws {
        func single() throws -> String {
            guard values.count == 1 else { throw CLIError("settings \(key.rawValue) takes one value") }
            return values[0]
        }
        func flag() throws -> Bool {
            switch try single() {
            case "true", "on", "yes": return true
            case "false", "off", "no": return false
            case let other: throw CLIError("\(key.rawValue): \(TextSafety.quoted(other)) is not true or false")
            }
        }
        func number() throws -> Int {
            let text = try single()
            guard let value = Int(text) else { throw CLIError("\(key.rawValue): \(TextSafety.quoted(text)) is not a number") }
            return value
        }
        switch key {
        case .timeZone: try store.setTimeZone(try single())
        case .meritsFilingLeadDays: try store.setMeritsFilingLeadDays(try number())
        case .kioskOpaqueCodes: try store.setKioskOpaqueCodes(try flag())
        case .groupShared: try store.setGroupShared(try flag())
        case .idleLockMinutes: try store.setIdleLockMinutes(try number())
        case .closures:
            switch (values.first, values.count) {
            case ("add", 3):
                let date = try ArgumentCheck.date(values[1], option: "closures add")
                try store.addClosure(CourtClosure(date: date, reason: values[2]))
            case ("remove", 2):
                try store.removeClosure(on: try ArgumentCheck.date(values[1], option: "closures remove"))
            default:
                throw CLIError("usage: casedesk settings closures add DATE REASON | closures remove DATE")
            }
        }
    }

    static func value(of key: SettingKey, in settings: StoreSettings) -> String {
        switch key {
        case .timeZone: settings.timeZone
        case .meritsFilingLeadDays: String(settings.meritsFilingLeadDays)
        case .kioskOpaqueCodes: String(settings.kioskOpaqueCodes)
        case .groupShared: String(settings.groupShared)
        case .idleLockMinutes: String(settings.idleLockMinutes)
        case .closures: settings.closures.isEmpty ? "none"
            : settings.closures.map { "\($0.date.iso)  \($0.reason)" }.joined(separator: "\n")
        }
    }

    static func describe(_ settings: StoreSettings) -> String {
        SettingKey.allCases.map { key in
            key == .closures && !settings.closures.isEmpty
                ? "closures\n" + settings.closures.map { "  \($0.date.iso)  \($0.reason)" }.joined(separator: "\n")
                : "\(key.rawValue) \(value(of: key, in: settings))"
        }.joined(separator: "\n") + "\n"
    }
}
