import ArgumentParser
import CaseDomain
import CaseStore
import Foundation

/// The options every command that reads the store takes.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store to use.", discussion: """
        Default: $CASEDESK_DB, else the config file's db, else $XDG_DATA_HOME/casedesk/casedesk.sqlite.
        """, valueName: "path"))
    var db: String?

    @Flag(help: "Create the store named by --db, $CASEDESK_DB or the config if it does not exist.")
    var create = false

    @Option(help: ArgumentHelp("What today is, for reproducible runs (also $CASEDESK_TODAY).",
                               valueName: "YYYY-MM-DD[THH:MM]"))
    var today: String?

    func validate() throws { try StoreLocation.checkOption(db) }

    /// Where the store is, and whether this command may create it when it is missing (`--create`,
    /// `creating`, or the default store).
    func target(creating: Bool = false, config: UserConfig? = nil) throws -> (location: StoreLocation, mayCreate: Bool) {
        let location = StoreLocation.resolve(option: db, config: try config ?? UserConfig.load())
        return (location, create || creating || location.isDefault)
    }

    /// Opens the store and works out "today" (the store's time zone when `--today` is not given).
    /// `creating` makes a missing store even when it was named explicitly (generate, demo, import).
    /// A read-only opening of a store that needs a schema upgrade waits for it (`UpgradeWait.standard`,
    /// with a notice on stderr) unless `waitingForUpgrade` is false; then, or after the wait, it fails
    /// saying how to upgrade.
    func context(readOnly: Bool = false, creating: Bool = false, waitingForUpgrade: Bool = true) throws -> CommandContext {
        let config = try UserConfig.load()
        let fixedNow = try Now.fixed(option: today)
        let (location, mayCreate) = try target(creating: creating, config: config)
        // A store that must be created is opened for writing once, whatever the command.
        let isMissing = !CaseStores.exists(at: location.path)
        let opensReadOnly = readOnly && !(isMissing && mayCreate)
        let open = {
            try CaseStores.open(location: location.path, readOnly: opensReadOnly, create: mayCreate, today: fixedNow?.date)
        }
        let store: any CaseRepository
        do {
            if opensReadOnly && waitingForUpgrade {
                let wait = UpgradeWait.standard
                store = try wait.open(waiting: { Streams.err(UpgradeAdvice.waitingNotice(path: location.path, wait: wait)) }, open)
            } else {
                store = try open()
            }
        } catch StoreError.noStore(let path) {
            throw CLIError("no store at \(TextSafety.display(path)); add --create to make one")
        } catch StoreError.needsUpgrade(let path) {
            throw UpgradeAdvice.error(path: path)
        }
        let settings = try store.settings()
        let now = fixedNow ?? Now.clock(timeZone: settings.timeZone)
        return CommandContext(store: store, location: location, now: now, settings: settings, config: config)
    }
}

/// What a command works with once the store is open.
struct CommandContext {
    let store: any CaseRepository
    let location: StoreLocation
    let now: Now
    let settings: StoreSettings
    let config: UserConfig

    var engine: DeadlineEngine { DeadlineEngine(settings: settings.deadlineSettings) }
}
