import CaseDomain
import CaseStore

/// What the command line says about a store whose schema is older than this casedesk's.
enum UpgradeAdvice {
    /// The one command that upgrades the store at `path`.
    static func command(path: String) -> String {
        "casedesk upgrade --db \(TextSafety.display(path))"
    }

    /// The notice a read-only opening prints once before it waits for the upgrade.
    static func waitingNotice(path: String, wait: UpgradeWait) -> String {
        "casedesk: the store \(TextSafety.display(path)) needs a schema upgrade; waiting up to "
            + "\(Int(wait.limit)) s for it (`\(command(path: path))`)\n"
    }

    /// The error for a store that still needs an upgrade, with the versions when they can be read.
    static func error(path: String) -> CLIError {
        let versions: String
        if case .needsUpgrade(let from, let to)? = try? SchemaStatus.read(path: path) {
            versions = " (schema version \(from); this casedesk uses \(to))"
        } else {
            versions = ""
        }
        return CLIError("the store \(TextSafety.display(path)) needs a schema upgrade\(versions): "
            + "run `\(command(path: path))` once")
    }
}
