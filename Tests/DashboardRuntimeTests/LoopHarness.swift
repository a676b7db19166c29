import CTermShim
import CaseDomain
import Dashboard
import DashboardRuntime
import DashboardTestSupport
import Foundation
import ScreenKit
import Testing

/// The real run loop on its own thread, over a scripted terminal and a memory store.
final class LoopRun: @unchecked Sendable {
    let terminal: ScriptedTerminal
    let store: MemoryStore
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var status: Int32?

    init(store: MemoryStore = MemoryStore(), size: Size = Size(columns: 120, rows: 40), tickMilliseconds: Int = 1000,
         quietTickMilliseconds: Int = 10_000, themeNames: [String] = [], drafts: (any DraftKeeping)? = nil, offering offered: [FormDraft] = []) {
        terminal = ScriptedTerminal(size: size)
        self.store = store
        // A signal left over from another test must not end this loop.
        _ = cterm_take_pending_signal()
        var start = DashboardState(storeName: store.storeName, user: "mreyes", today: SampleCases.today, size: size,
                                   themeNames: themeNames)
        start.offerDrafts(offered)
        let state = start
        let thread = Thread { [self] in
            let code = (try? DashboardRuntime.run(backend: terminal, dataSource: store,
                                                  catalog: ThemeCatalog(environment: [:], executablePath: nil),
                                                  state: state, drafts: drafts, tickMilliseconds: tickMilliseconds,
                                                  quietTickMilliseconds: quietTickMilliseconds)) ?? -1
            lock.withLock { status = code }
            finished.signal()
        }
        thread.start()
    }

    /// The loop's exit status, or nil when it is still running after `timeout` seconds.
    func exitStatus(within timeout: TimeInterval = 15) -> Int32? {
        guard finished.wait(timeout: .now() + timeout) == .success else { return nil }
        finished.signal()
        return lock.withLock { status }
    }

    /// Waits for the start to finish (the list, the first case's panes, then the review count, which
    /// comes last); returns the selected matter.
    @discardableResult
    func waitForOpenCase(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let list = terminal.waitForFrame { $0.selectedMatter != nil }
        let matter = try #require(list?.selectedMatter, "no case was selected", sourceLocation: sourceLocation)
        let name = try #require(store.file(matter)?.client.name, sourceLocation: sourceLocation)
        try #require(terminal.waitFor(matter + " · " + name, sourceLocation: sourceLocation) != nil,
                     sourceLocation: sourceLocation)
        try #require(terminal.waitFor("review 0/", sourceLocation: sourceLocation) != nil, sourceLocation: sourceLocation)
        return matter
    }

    /// Ends the loop (q) if it is still running, so no test leaves a thread behind.
    func finish() {
        guard exitStatus(within: 0) == nil else { return }
        store.release()
        terminal.send(.hangup)
        _ = exitStatus()
    }
}

extension Array where Element == String {
    /// The matter number on the list's selected row (`▶2026-0142`).
    var selectedMatter: String? {
        for line in self {
            guard let marker = line.firstIndex(of: "▶") else { continue }
            return String(line[line.index(after: marker)...].prefix { !$0.isWhitespace })
        }
        return nil
    }

    var text: String { joined(separator: "\n") }
}
