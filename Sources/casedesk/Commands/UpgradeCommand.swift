import ArgumentParser
import CaseDomain
import CaseStore

/// `casedesk upgrade`: brings a store's schema up to this casedesk's.
struct UpgradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Upgrade the store's schema to this casedesk's and say from which version to which.",
        discussion: """
            Run it once after installing a newer casedesk (`casedesk check` says when a store needs it). The \
            upgrade is one transaction: anyone opening the store meanwhile waits a moment, and read-only \
            openings such as the kiosk wait for it instead of failing. A store written by a newer casedesk \
            is refused and left unchanged.

            Example:
              casedesk upgrade --db /srv/casedesk/firm.sqlite
            """)

    @Option(help: ArgumentHelp("The store to upgrade.", discussion: """
        Default: $CASEDESK_DB, else the config file's db, else $XDG_DATA_HOME/casedesk/casedesk.sqlite.
        """, valueName: "path"))
    var db: String?

    func validate() throws { try StoreLocation.checkOption(db) }

    func run() throws {
        let location = StoreLocation.resolve(option: db, config: try UserConfig.load())
        let path = TextSafety.display(location.path)
        let upgrade: SchemaUpgrade
        do {
            upgrade = try SchemaUpgrade.perform(path: location.path)
        } catch StoreError.noStore {
            throw CLIError("no store at \(path)")
        }
        if upgrade.changedTheStore {
            Streams.out("upgraded \(path) from schema version \(upgrade.from) to \(upgrade.to)\n")
        } else {
            Streams.out("\(path) is at schema version \(upgrade.to) already; nothing to upgrade\n")
        }
    }
}
