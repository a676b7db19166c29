import Dashboard
import Dispatch
import ScreenKit

/// The dashboard's run loop. It waits in one place (the backend's `nextEvent`) for a key, a paste, a resize, a
/// posted store answer, a signal, a store's notification descriptor, the next clock tick or the idle lock's
/// moment (`ClockSchedule`), turns
/// whichever came into actions for `update`, hands the store's calls to the store queue, does the rest of
/// the effects itself, and draws when the screen changed. It never writes the state itself.
public enum DashboardRuntime {
    /// Runs until the user quits, a signal arrives or the terminal goes away; returns the exit status:
    /// 0 on quit, 128 + the signal's number on a signal whose default action ends a process, 129 when the terminal hung up.
    /// `tickMilliseconds` is the clock's period over a store that must be asked what changed (a second);
    /// `quietTickMilliseconds` its period over one that announces its changes (ten seconds: the date, the
    /// drafts' problems; the idle lock is woken for at its own moment). Tests make them shorter or longer.
    /// `drafts` keeps open forms' drafts (none kept without it); what it still holds is written before this
    /// returns.
    public static func run(backend: some TerminalBackend, dataSource: some DashboardDataSource, catalog: ThemeCatalog,
                           state: DashboardState, drafts: (any DraftKeeping)? = nil,
                           tickMilliseconds: Int = 1000, quietTickMilliseconds: Int = 10_000) throws -> Int32 {
        let loop = try RunLoop(backend: backend, source: dataSource, catalog: catalog, state: state, drafts: drafts,
                               tickMilliseconds: tickMilliseconds, quietTickMilliseconds: quietTickMilliseconds)
        return loop.run()
    }
}

final class RunLoop<Backend: TerminalBackend, Source: DashboardDataSource> {
    let backend: Backend
    let source: Source
    let catalog: ThemeCatalog
    let drafts: (any DraftKeeping)?
    let tickMilliseconds: Int
    let quietTickMilliseconds: Int
    private let wake: WakePipe
    private let storeQueue: StoreQueue<Source>
    private(set) var state: DashboardState
    private var drawnState: DashboardState?
    private var drawnScreen: Screen?
    private var lastKeyAt: Int
    private var schedule: ClockSchedule
    /// Whether the source announces its changes (asked again at every tick): its clock is the quiet one.
    private var announcing: Bool
    /// The source's descriptors the loop listens to: one that woke it is left out until the feed has
    /// been asked (asking consumes what made it readable), or until the next tick.
    private var listening: Set<Int32>

    init(backend: Backend, source: Source, catalog: ThemeCatalog, state: DashboardState,
         drafts: (any DraftKeeping)? = nil, tickMilliseconds: Int, quietTickMilliseconds: Int = 10_000) throws {
        self.backend = backend
        self.source = source
        self.catalog = catalog
        self.drafts = drafts
        self.state = state
        self.tickMilliseconds = max(1, tickMilliseconds)
        self.quietTickMilliseconds = max(1, quietTickMilliseconds)
        wake = try WakePipe()
        storeQueue = StoreQueue(source: source, wake: wake)
        lastKeyAt = Self.milliseconds()
        listening = Set(source.notificationDescriptors)
        announcing = source.announcesChanges
        schedule = ClockSchedule(startingAt: lastKeyAt,
                                 periodMilliseconds: announcing ? self.quietTickMilliseconds : self.tickMilliseconds)
    }

    /// The clock's period now.
    private var periodMilliseconds: Int { announcing ? quietTickMilliseconds : tickMilliseconds }

    /// The idle lock's moment: `idleLockMinutes` after the last key, while the screen is not locked.
    private var lockAt: Int? {
        guard state.idleLockMinutes > 0, !state.isLocked else { return nil }
        return lastKeyAt + state.idleLockMinutes * 60_000
    }

    func run() -> Int32 {
        ProcessSignals.wake(on: wake.writeDescriptor)
        defer {
            ProcessSignals.wake(on: -1)
            storeQueue.close()
            wake.close()
            // Quit, a signal or a hang-up: the last second of typing is written too.
            drafts?.flush()
        }
        // A signal that came while the terminal started is noted but wrote to no pipe: look at once.
        wake.wake()
        if let status = perform(state.update(.started)) { return status }
        while true {
            drawIfChanged()
            let event = backend.nextEvent(timeoutMilliseconds: max(0, schedule.wakeAt(lockAt: lockAt) - Self.milliseconds()),
                                          wakingOn: [wake.readDescriptor] + listening.sorted())
            if let status = handle(event) { return status }
        }
    }

    /// One wake-up: what woke the loop, then a signal, then the store's answers, then the clock, each
    /// through `update`. Returns an exit status when one of them ends the loop.
    private func handle(_ event: TerminalEvent) -> Int32? {
        var effects: [Effect] = []
        switch event {
        case .key(let key):
            lastKeyAt = Self.milliseconds()
            effects = state.handle(key)
        case .paste(let text):
            // A paste is typing too (the idle lock counts it), and becomes `Action.paste`, never keys.
            lastKeyAt = Self.milliseconds()
            effects = state.handle(paste: text)
        case .resize(let size):
            drawnScreen = nil
            effects = state.update(.resized(size))
        case .ready(let descriptors):
            if descriptors.contains(wake.readDescriptor) { wake.drain() }
            let notified = descriptors.intersection(listening)
            listening.subtract(notified)
            if !notified.isEmpty { effects = state.update(.storeNotified) }
        case .timeout:
            break
        case .hangup:
            effects = state.update(.hungUp)
        }
        if let status = perform(effects) { return status }
        if let signal = ProcessSignals.takePending(), let status = perform(state.update(.signalled(signal))) {
            return status
        }
        let (answers, askedForChanges) = storeQueue.take()
        if askedForChanges { listening = Set(source.notificationDescriptors) }
        for answer in answers {
            if let status = perform(state.update(answer)) { return status }
        }
        let now = Self.milliseconds()
        let idleSeconds = (now - lastKeyAt) / 1000
        switch schedule.take(at: now, periodMilliseconds: periodMilliseconds, lockAt: lockAt) {
        case .nothing:
            return nil
        case .lock:
            return perform(state.update(.quietTick(idleSeconds: idleSeconds)))
        case .tick:
            listening = Set(source.notificationDescriptors)
            announcing = source.announcesChanges
            for problem in drafts?.takeProblems() ?? [] {
                if let status = perform(state.update(.draftProblem(problem))) { return status }
            }
            return perform(state.update(announcing ? .quietTick(idleSeconds: idleSeconds) : .clockTick(idleSeconds: idleSeconds)))
        }
    }

    /// Hands the store's calls to the store queue and does the others now, feeding what they cause back
    /// through `update`; returns an exit status when one says to end.
    private func perform(_ effects: [Effect]) -> Int32? {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .loadFirstPage, .loadCase, .reloadList, .reloadReviewProgress, .checkChanges, .checkToday, .review, .loadHistory,
                 .restoreFromAudit, .loadAdmin, .changeAdmin, .loadDeleted, .save, .createCase, .deleteCase, .findDuplicates:
                if let call = effect.storeCall(in: state) { storeQueue.submit(call) }
            case .keepDraft(let draft):
                drafts?.keep(draft)
            case .dropDraft(let store, let user, let kind, let caseID, let itemID):
                drafts?.drop(store: store, user: user, kind: kind, caseID: caseID, itemID: itemID)
            case .setTheme(let name):
                let result = catalog.load(name)
                if let notice = result.notice {
                    // Keep the theme in use rather than falling back for a typo.
                    queue += state.update(.themeChanged(name: state.themeName, notice: notice))
                } else {
                    backend.setPalette(result.theme.palette)
                    drawnScreen = nil
                    queue += state.update(.themeChanged(name: result.theme.name, notice: nil))
                }
            case .suspend:
                if backend.maySuspend {
                    backend.suspend()
                    drawnScreen = nil
                } else {
                    queue += state.update(.suspendUnavailable)
                }
            case .quit:
                return 0
            case .exit(let status):
                return status
            }
        }
        return nil
    }

    /// Renders when the state changed and draws when the frame did (a new token or a tick that changed
    /// nothing visible costs a render, never output).
    private func drawIfChanged() {
        guard state != drawnState || drawnScreen == nil else { return }
        drawnState = state
        let screen = Renderer.render(state)
        guard screen != drawnScreen else { return }
        backend.draw(screen)
        drawnScreen = screen
    }

    static func milliseconds() -> Int {
        Int(DispatchTime.now().uptimeNanoseconds / 1_000_000)
    }
}
