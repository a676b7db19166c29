import ArgumentParser
import CaseDomain
import CaseStore
import Dashboard
import Foundation

/// `casedesk`: the interactive dashboard on the store.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command).",
        discussion: """
            Examples:
              casedesk
              casedesk --theme high-contrast
              casedesk --db /srv/casedesk/firm.sqlite --ascii
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "A theme name (see `casedesk themes`) or a path to a .toml file.")
    var theme: String?

    @Flag(help: "ASCII borders and symbols, names by their Latin spelling.")
    var ascii = false

    func run() throws {
        let context = try store.context()
        try Self.open(context, theme: theme, ascii: ascii)
    }

    /// Runs the dashboard until the user quits; exits with the loop's status.
    static func open(_ context: CommandContext, theme: String?, ascii: Bool) throws {
        // A server's store is named by its database (the URL's path without any query), a file by its name.
        let shown = CaseStores.displayName(of: context.location.path)
        let name = CaseStores.isServerLocation(shown)
            ? String(shown.split(separator: "?").first?.split(separator: "/").last ?? "casedesk")
            : URL(fileURLWithPath: context.location.path).deletingPathExtension().lastPathComponent
        let source = StoreDataSource(store: context.store, storeName: name)
        // The store's "today" is the dashboard's: the date in its time zone, or a fixed `--today`.
        let options = DashboardOptions(user: context.store.currentUser, today: try context.store.today(),
                                       theme: theme ?? context.config.theme, ascii: ascii || (context.config.ascii ?? false),
                                       escDelay: context.config.escDelay, idleLockMinutes: context.settings.idleLockMinutes,
                                       environment: ProcessInfo.processInfo.environment)
        // Drafts are the user's own and the store's: named by the store's full path, so two spellings
        // of one store find the same drafts.
        let storePath = CaseStores.isServerLocation(shown) ? shown
            : URL(fileURLWithPath: context.location.path).standardizedFileURL.resolvingSymlinksInPath().path
        let drafts = DraftDisk.folder(environment: options.environment).map {
            DraftFiles(folder: $0, store: storePath, user: options.user)
        }
        let status = runDashboard(options: options, dataSource: source, drafts: drafts)
        if status != 0 { throw ExitCode(status) }
    }
}
