import CaseDomain
import ScreenKit

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
    case help
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
    public private(set) var allCases: [CaseRow] = []
    /// The folded names of `allCases`, by position; built the first time the filter or the name order
    /// needs them.
    private var nameKeys: [NameKeys] = []
    /// The positions of `allCases` in the order `sortedBy`: filtering keeps this order, so a keystroke in
    /// the filter never sorts.
    private var sortedPositions: [Int] = []
    private var sortedBy: CaseSort?
    /// The list as shown: filtered and sorted.
    public private(set) var visibleCases: [CaseRow] = [] {
        didSet { findSelectedCase() }
    }
    /// Columns of the list's matter numbers (the widest of all cases, so filtering does not shift them).
    public private(set) var matterWidth = 9
    public var detail: CaseDetail?
    public var review: ReviewProgress?
    public var hasLoadedCases = false
    /// Only the first page of the list is loaded yet (the title says so).
    public var isListPartial = false

    // The interface.
    public var focus: Pane = .cases
    /// The detail pane shown in the tabbed layout.
    public var detailTab: Pane = .timeline
    /// The selected case, by matter, so reloads and re-sorts keep it.
    public var selectedMatter: String? {
        didSet { if selectedMatter != oldValue { findSelectedCase() } }
    }
    /// Index of the selected case in `visibleCases`, kept up to date (a search of 100,000 rows per key
    /// would not be).
    public private(set) var selectedCaseIndex: Int?
    /// Selected line and first visible line of each detail pane (the list uses `selectedMatter`).
    public var selection: [Pane: Int] = [:]
    public var scroll: [Pane: Int] = [:]
    public var sort: CaseSort = .nextDeadline
    public private(set) var filter: CaseFilter = CaseFilter("")
    public var input: InputLine?
    public var overlay: Overlay? {
        didSet { if overlay != oldValue { overlayScroll = 0 } }
    }
    /// The first line of the overlay shown (a long explanation scrolls on a small terminal).
    public var overlayScroll = 0
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

    public var selectedCase: CaseRow? { selectedCaseIndex.map { visibleCases[$0] } }

    private mutating func findSelectedCase() {
        guard let matter = selectedMatter else {
            selectedCaseIndex = nil
            return
        }
        if let index = selectedCaseIndex, visibleCases.indices.contains(index), visibleCases[index].matter == matter {
            return
        }
        selectedCaseIndex = visibleCases.firstIndex { $0.matter == matter }
    }

    /// The key context the key table is read in.
    public var keyContext: KeyContext {
        if input != nil { return .typing }
        if overlay != nil { return .overlay }
        return .normal
    }

    /// Replaces the cases and re-applies filter and sort.
    mutating func setCases(_ cases: [CaseRow]) {
        allCases = cases
        nameKeys = []
        sortedBy = nil
        matterWidth = min(12, cases.lazy.map { DisplayWidth.of($0.matter) }.max() ?? 9)
        refreshVisible()
    }

    mutating func setFilter(_ text: String) {
        filter = CaseFilter(text)
        refreshVisible()
    }

    mutating func refreshVisible() {
        if !filter.isEmpty || sort == .name, nameKeys.count != allCases.count { nameKeys = NameKeys.of(allCases) }
        if sortedBy != sort || sortedPositions.count != allCases.count {
            sortedPositions = CaseOrdering.order(of: allCases, by: sort, keys: nameKeys)
            sortedBy = sort
        }
        let cases = allCases, positions = sortedPositions
        guard !filter.isEmpty else {
            visibleCases = positions.map { cases[$0] }
            return
        }
        let filter = filter, keys = nameKeys
        visibleCases = Parallel.mapChunks(count: positions.count, minimumChunk: 4096) { range in
            range.lazy.map { positions[$0] }.filter { filter.matches(cases[$0], keys: keys[$0]) }.map { cases[$0] }
        }.flatMap { $0 }
    }
}
