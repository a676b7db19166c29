import CaseDomain

/// A line being typed at the bottom of the screen.
public struct InputLine: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, command }
    public var purpose: Purpose
    public var text: String
    /// The filter in force before `/` was pressed, restored by Esc.
    public var previousFilter: String
}

/// Something drawn over the panes.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case deadline(DeadlineItem)
    case event(TimelineEvent)
}

/// A one-line message in the hint bar until the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the dashboard shows, as plain values: `update` changes it, `render` draws it.
public struct DashboardState: Hashable, Sendable {
    // The session.
    public var storeName: String
    public var user: String
    public var today: CivilDate
    public var isReadOnly: Bool
    /// ASCII borders and symbols, names by their Latin spelling (non-UTF-8 terminals, `--ascii`).
    public var ascii: Bool
    public var size: Size
    /// Minutes without a key before the privacy screen hides client data; 0 disables it.
    public var idleLockMinutes: Int
    public var themeName: String

    // The data.
    public private(set) var allCases: [CaseSummary] = []
    /// The list as shown: filtered and sorted.
    public private(set) var visibleCases: [CaseSummary] = []
    public var detail: CaseDetail?
    public var review: ReviewProgress?
    public var hasLoadedCases = false

    // The interface.
    public var focus: Pane = .cases
    /// The detail pane shown in the tabbed layout.
    public var detailTab: Pane = .timeline
    /// The selected case, by matter, so reloads and re-sorts keep it.
    public var selectedMatter: String?
    /// Selected line and first visible line of each detail pane (the list uses `selectedMatter`).
    public var selection: [Pane: Int] = [:]
    public var scroll: [Pane: Int] = [:]
    public var sort: CaseSort = .next
    public private(set) var filter: CaseFilter = CaseFilter("")
    public var input: InputLine?
    public var overlay: Overlay?
    public var isLocked = false
    public var message: StatusMessage?

    public init(storeName: String, user: String, today: CivilDate, isReadOnly: Bool = false, ascii: Bool = false,
                size: Size, idleLockMinutes: Int = 10, themeName: String = BuiltInTheme.name) {
        self.storeName = storeName
        self.user = user
        self.today = today
        self.isReadOnly = isReadOnly
        self.ascii = ascii
        self.size = size
        self.idleLockMinutes = idleLockMinutes
        self.themeName = themeName
    }

    public var layout: Layout { Layout(size: size) }

    /// Index of the selected case in `visibleCases`.
    public var selectedCaseIndex: Int? {
        guard let matter = selectedMatter else { return nil }
        return visibleCases.firstIndex { $0.matter == matter }
    }

    public var selectedCase: CaseSummary? { selectedCaseIndex.map { visibleCases[$0] } }

    /// The key context the key table is read in.
    public var keyContext: KeyContext {
        if input != nil { return .typing }
        if overlay != nil { return .overlay }
        return .normal
    }

    /// Replaces the cases and re-applies filter and sort.
    mutating func setCases(_ cases: [CaseSummary]) {
        allCases = cases
        refreshVisible()
    }

    mutating func setFilter(_ text: String) {
        filter = CaseFilter(text)
        refreshVisible()
    }

    mutating func refreshVisible() {
        visibleCases = CaseOrdering.sorted(allCases.filter(filter.matches), by: sort)
    }
}
