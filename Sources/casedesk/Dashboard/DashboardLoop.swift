import CaseDomain
import Dashboard
import Foundation
import Terminal

/// Runs the interactive dashboard until the user quits, a signal arrives or the terminal goes away.
/// Returns the exit code: 0 on quit, 128 + the signal's number on SIGHUP/SIGTERM/SIGINT, 129 when the
/// terminal hung up, 1 when the terminal could not start. The terminal is restored on every path.
public func runDashboard(options: DashboardOptions, dataSource: some DashboardDataSource) -> Int32 {
    let catalog = ThemeCatalog(environment: options.environment)
    let themeResult = catalog.load(options.theme ?? BuiltInTheme.name)
    let terminal: TerminalSession
    do {
        terminal = try TerminalSession.start(TerminalOptions(forceASCII: options.ascii, escDelay: options.escDelay,
                                                             environment: options.environment))
    } catch {
        FileHandle.standardError.write(Data(("casedesk: " + String(describing: error) + "\n").utf8))
        return 1
    }
    defer { terminal.stop() }
    terminal.setPalette(themeResult.theme.palette)
    var loop = DashboardLoop(terminal: terminal, dataSource: dataSource, catalog: catalog, state: DashboardState(
        storeName: dataSource.storeName, user: options.user, today: options.today, isReadOnly: dataSource.isReadOnly,
        ascii: terminal.isASCII, size: terminal.size, idleLockMinutes: options.idleLockMinutes,
        themeName: themeResult.notice == nil ? themeResult.theme.name : BuiltInTheme.name))
    if let notice = themeResult.notice { loop.state.message = StatusMessage(notice, isError: true) }
    return loop.run()
}

/// The loop: read a key (or a tick), update, run effects, draw only when the state changed.
struct DashboardLoop<Source: DashboardDataSource> {
    /// Rows in the first frame: more than any screen shows.
    static var firstPageSize: Int { 300 }

    let terminal: TerminalSession
    let dataSource: Source
    let catalog: ThemeCatalog
    var state: DashboardState
    private var lastDrawn: DashboardState?
    private var lastKeyAt = Date()
    /// When the store was last asked about commits by other processes (once a second, keys or not).
    private var lastPollAt = Date()

    init(terminal: TerminalSession, dataSource: Source, catalog: ThemeCatalog, state: DashboardState) {
        self.terminal = terminal
        self.dataSource = dataSource
        self.catalog = catalog
        self.state = state
    }

    mutating func run() -> Int32 {
        // Note the commit counter before the first read, so a commit made while the list loads is seen.
        _ = dataSource.hasExternalChanges()
        // The first frame shows the most urgent page and its first case while the whole list (and the
        // review count, which needs the day's whole queue) loads behind it.
        do {
            let first = try dataSource.firstCaseRows(Self.firstPageSize)
            if let code = perform(state.update(.firstCasesLoaded(first))) { return code }
            terminal.draw(Renderer.render(state))
            lastDrawn = state
        } catch {
            state.message = StatusMessage("Could not load the cases: " + Self.describe(error), isError: true)
        }
        if let code = perform([.reloadList, .reloadReviewProgress]) { return code }
        while true {
            if state != lastDrawn {
                terminal.draw(Renderer.render(state))
                lastDrawn = state
            }
            var effects: [Effect]
            let untilPoll = 1000 - Int(Date().timeIntervalSince(lastPollAt) * 1000)
            switch terminal.read(timeoutMilliseconds: Int32(max(10, min(1000, untilPoll)))) {
            case .key(let key):
                lastKeyAt = Date()
                effects = state.handle(key)
            case .resize(let size):
                lastDrawn = nil
                effects = state.update(.resized(size))
            case .timeout:
                effects = state.update(.clockTick(idleSeconds: Int(Date().timeIntervalSince(lastKeyAt))))
            case .signal(let number):
                return 128 + number
            case .hangup:
                return 129
            }
            if Date().timeIntervalSince(lastPollAt) >= 1 {
                lastPollAt = Date()
                if dataSource.hasExternalChanges() { effects += state.update(.dataChanged) }
            }
            if let code = perform(effects) { return code }
        }
    }

    /// Runs effects (and the effects their results cause); returns an exit code when one says quit.
    mutating func perform(_ effects: [Effect]) -> Int32? {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .quit:
                return 0
            case .loadCase(let matter):
                do {
                    if let detail = try dataSource.caseDetail(matter: matter, today: state.today) {
                        queue += state.update(.caseLoaded(detail))
                    } else {
                        queue += state.update(.caseMissing(matter: matter))
                    }
                } catch {
                    queue += state.update(.loadFailed("Could not load the case: " + Self.describe(error)))
                }
            case .reloadList:
                do {
                    queue += state.update(.casesLoaded(try dataSource.caseRows()))
                } catch {
                    queue += state.update(.loadFailed("Could not load the cases: " + Self.describe(error)))
                }
            case .reloadReviewProgress:
                if let progress = try? dataSource.reviewProgress(user: state.user, today: state.today) {
                    queue += state.update(.reviewProgressLoaded(progress))
                }
            case .setTheme(let name):
                let result = catalog.load(name)
                if let notice = result.notice {
                    // Keep the theme in use rather than falling back for a typo.
                    queue += state.update(.themeChanged(name: state.themeName, notice: notice))
                } else {
                    terminal.setPalette(result.theme.palette)
                    lastDrawn = nil
                    queue += state.update(.themeChanged(name: result.theme.name, notice: nil))
                }
            case .suspend:
                if terminal.maySuspend {
                    terminal.suspend()
                    lastDrawn = nil
                } else {
                    state.message = StatusMessage("Ctrl-Z: not started from a job-control shell; q quits")
                }
            }
        }
        return nil
    }

    /// An error for the screen: sanitised, one line.
    static func describe(_ error: any Error) -> String {
        TextSafety.display(String(describing: error))
    }
}
