import ArgumentParser
import Foundation

/// Where the store is, and whether a missing one may be created.
struct StoreLocation: Equatable {
    var path: String
    /// The default store is created on first use; a named one only with `--create`.
    var isDefault: Bool

    /// `--db`, else `$CASEDESK_DB`, else the config's `db`, else `$XDG_DATA_HOME/casedesk/casedesk.sqlite`.
    static func resolve(option: String?, config: UserConfig) -> StoreLocation {
        let environment = ProcessInfo.processInfo.environment
        // An empty option never falls through to another store: `checkOption` refuses it first.
        if let option { return StoreLocation(path: expand(option), isDefault: false) }
        if let fromEnvironment = environment["CASEDESK_DB"], !fromEnvironment.isEmpty {
            return StoreLocation(path: expand(fromEnvironment), isDefault: false)
        }
        if let fromConfig = config.db, !fromConfig.isEmpty { return StoreLocation(path: expand(fromConfig), isDefault: false) }
        return StoreLocation(path: defaultFolder + "/casedesk.sqlite", isDefault: true)
    }

    /// Refuses an empty `--db` as a usage error (exit 64): it is an unset shell variable or a slip, and taking
    /// it for "no option" would quietly open `$CASEDESK_DB` or the default store instead.
    static func checkOption(_ option: String?) throws {
        if let option, option.isEmpty {
            throw ValidationError("--db: the path is empty; name the store file, or leave --db out for the default store")
        }
    }

    /// `$XDG_DATA_HOME/casedesk`, or `~/.local/share/casedesk`.
    static var defaultFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/casedesk"
    }

    static func expand(_ path: String) -> String {
        guard path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
