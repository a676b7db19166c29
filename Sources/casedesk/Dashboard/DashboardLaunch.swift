import CaseDomain
import Dashboard
import DashboardRuntime
import Foundation
import Terminal

/// Runs the interactive dashboard until the user quits, a signal arrives or the terminal goes away.
/// Returns the exit code: 0 on quit, 128 + the signal's number on any signal that would end it (SIGHUP, SIGTERM, SIGQUIT, ...), 129 when the
/// terminal hung up, 1 when the terminal could not start. The terminal is restored on every path. The
/// drafts `drafts` kept for this store and user are offered first.
func runDashboard(options: DashboardOptions, dataSource: some DashboardDataSource, drafts: DraftFiles?) -> Int32 {
    let catalog = ThemeCatalog(environment: options.environment)
    let themeResult = catalog.load(options.theme ?? BuiltInTheme.name)
    let terminal: TerminalSession
    do {
        terminal = try TerminalSession.start(TerminalOptions(forceASCII: options.ascii, escDelay: options.escDelay,
                                                             environment: options.environment))
    } catch {
        Streams.err("casedesk: " + String(describing: error) + "\n")
        return 1
    }
    defer { terminal.stop() }
    terminal.setPalette(themeResult.theme.palette)
    var state = DashboardState(
        storeName: dataSource.storeName, user: options.user, today: options.today, isReadOnly: dataSource.isReadOnly,
        ascii: terminal.isASCII, size: terminal.size, idleLockMinutes: options.idleLockMinutes,
        themeName: themeResult.notice == nil ? themeResult.theme.name : BuiltInTheme.name,
        themeNames: catalog.list().map(\.name))
    if let notice = themeResult.notice {
        _ = state.update(.themeChanged(name: BuiltInTheme.name, notice: notice))
    }
    if let drafts {
        let found = drafts.listing(store: drafts.store, user: drafts.user)
        state.offerDrafts(found.drafts, problems: found.problems)
    }
    do {
        return try DashboardRuntime.run(backend: CrashTestHook.backend(terminal, environment: options.environment),
                                        dataSource: dataSource, catalog: catalog, state: state,
                                        drafts: drafts)
    } catch {
        terminal.stop()
        Streams.err("casedesk: " + String(describing: error) + "\n")
        return 1
    }
}
