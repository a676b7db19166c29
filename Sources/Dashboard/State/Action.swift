import CaseDomain
import ScreenKit

/// Everything that can happen to the dashboard: what the user asks for (through the key table) and
/// what the outside world reports (loaded data, resizes, the clock). `update` is the only reader.
public enum Action: Hashable, Sendable {
    // Movement in the focused pane.
    case moveUp, moveDown, moveToTop, moveToBottom, pageUp, pageDown
    // Focus.
    case focusNext, focusPrevious
    case focus(Pane)
    // Opening and backing out.
    case activate
    case cancel
    /// Ctrl-C: cancel when there is something to cancel, else quit (as in most terminal programs).
    case interrupt
    // Modes.
    case startFilter, startCommand, toggleHelp, quit
    /// Ctrl-Z: stop like a shell job, when a job-control shell started us (the loop decides).
    case suspend
    // Text typed on the filter or command line.
    case insert(Character)
    case deleteBackward
    case submit

    // Reported by the run loop.
    case casesLoaded([CaseRow])
    /// The most urgent page of the list, shown while the whole list loads.
    case firstCasesLoaded([CaseRow])
    case caseLoaded(CaseDetail)
    case caseMissing(matter: String)
    case loadFailed(String)
    case reviewProgressLoaded(ReviewProgress)
    case dataChanged
    case resized(Size)
    /// The loop's clock: seconds since the last key press (drives the privacy screen).
    case clockTick(idleSeconds: Int)
    case themeChanged(name: String, notice: String?)
}

/// A case opened in the detail panes: the file, its computed deadlines, and the rules they cite.
public struct CaseDetail: Hashable, Sendable {
    public var file: CaseFile
    public var deadlines: [DeadlineItem]
    public var rules: [RuleID: DeadlineRule]

    public init(file: CaseFile, deadlines: [DeadlineItem], rules: [RuleID: DeadlineRule]) {
        self.file = file
        self.deadlines = deadlines
        self.rules = rules
    }
}

/// How far today's review has got: the header's `review 4/12`.
public struct ReviewProgress: Hashable, Sendable {
    public var reviewed: Int
    public var total: Int

    public init(reviewed: Int, total: Int) {
        self.reviewed = reviewed
        self.total = total
    }
}

/// What `update` asks the run loop to do; the loop answers with actions.
public enum Effect: Hashable, Sendable {
    case loadCase(matter: String)
    case reloadList
    case reloadReviewProgress
    case setTheme(name: String)
    case suspend
    case quit
}
