import CaseDomain
import Dashboard
import Foundation
import Kiosk
import ScreenKit
import Terminal

/// Runs the office display until Ctrl-Q twice within 2 s (0), a signal (128 + n) or a hang-up (129).
/// Raw input: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys and are refused like any other; the job-control
/// signals are ignored (TerminalSession); nothing here starts a process.
func runKiosk(source: any KioskSource, rotateSeconds: Int, theme: String?, ascii: Bool,
              environment: [String: String]) -> Int32 {
    let terminal: TerminalSession
    do {
        terminal = try TerminalSession.start(TerminalOptions(forceASCII: ascii, environment: environment))
    } catch {
        Streams.err("casedesk: " + String(describing: error) + "\n")
        return 1
    }
    defer { terminal.stop() }
    terminal.setPalette(ThemeCatalog(environment: environment).load(theme ?? BuiltInTheme.name).theme.palette)
    var state = KioskState(size: terminal.size, clock: kioskClock(source), rotateSeconds: rotateSeconds,
                           ascii: terminal.isASCII, startedAt: monotonicMilliseconds())
    var drawn: Screen?
    var nextPoll = 0
    while true {
        switch terminal.read(timeoutMilliseconds: 250) {
        case .key(let key):
            if state.update(.key(key, atMilliseconds: monotonicMilliseconds())) { return 0 }
        case .resize(let size): _ = state.update(.resized(size))
        case .signal(let number): return 128 + number
        case .hangup: return 129
        // The kiosk has no text field: a paste is never keys, and nothing here takes text.
        case .paste, .timeout: break
        }
        let now = monotonicMilliseconds()
        if now >= nextPoll {
            nextPoll = now + 1000
            do {
                if let board = try source.boardIfChanged() {
                    _ = state.update(.loaded(board, at: kioskClock(source)))
                } else {
                    // Readable again but unchanged since a failure: the same board is still good.
                    _ = state.update(.stillCurrent)
                }
            } catch {
                // Nothing about the failure is shown: "data unavailable, retrying" until it reads again.
                _ = state.update(.unavailable)
            }
        }
        _ = state.update(.tick(kioskClock(source), atMilliseconds: now))
        let screen = KioskRenderer.render(state)
        if screen != drawn {
            terminal.draw(screen)
            drawn = screen
        }
    }
}

/// The clock in the source's time zone; a fixed `--today` fixes the date (and the time, when given).
private func kioskClock(_ source: any KioskSource) -> KioskClock {
    let wall = Now.clock(timeZone: source.timeZone)
    let date = source.fixed?.date ?? wall.date
    let time = source.fixed?.time ?? wall.time
    let minutes = time?.minutes ?? 0
    return KioskClock(date: BoardDate(dayNumber: date.dayNumber), hour: minutes / 60, minute: minutes % 60)
}

private func monotonicMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
}
