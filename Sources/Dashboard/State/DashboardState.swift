import CaseDomain
import ScreenKit

/// A line being typed at the bottom of the screen.
public struct InputLine: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, command }
    public var purpose: Purpose
    /// The line's text and cursor.
    public var editor: TextEditor
    /// The filter in force before `/` was pressed, restored by Esc.
    public var previousFilter: String

    public init(purpose: Purpose, text: String, previousFilter: String) {
        self.purpose = purpose
        editor = TextEditor(text: text)
        self.previousFilter = previousFilter
    }

    /// The text typed so far; setting it puts the cursor at its end (a completion).
    public var text: String {
        get { editor.text }
        set { editor = TextEditor(text: newValue) }
    }
}

/// Something drawn over the panes.
public enum Overlay: Hashable, Sendable {
    case help
    case deadline(DeadlineItem)
    case event(TimelineEvent)
    /// The drafts found at the start, to restore or discard (`DashboardState.draftOffer`).
    case drafts
    /// A case's history (`DashboardState.history`).
    case history
    /// The staff directory or the settings (`DashboardState.admin`).
    case admin
    /// The deleted cases (`DashboardState.deleted`), to open one's history.
    case deleted
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
    /// The themes `:theme` can complete (the catalog's names when the dashboard started).
    public var themeNames: [String]

    // The data.
    /// The rows and their derived orders and keys.
    private var list = CaseList()
    /// Every row, in the order they came (the list shows `visibleCases`).
    public var allCases: some RandomAccessCollection<CaseRow> { list.rows }
    /// The list as shown: filtered and sorted.
    public private(set) var visibleCases = VisibleCases() {
        didSet { findSelectedCase() }
    }
    /// Columns of the list's matter numbers (the widest of all cases, so filtering does not shift them).
    public var matterWidth: Int { list.matterWidth }
    public var detail: CaseDetail? {
        didSet { if detail != nil { detailProblem = nil } }
    }
    /// Why the selected case could not be read, for its panes (instead of "Loading…" forever).
    public var detailProblem: DetailProblem?
    public var review: ReviewProgress?
    /// The day's review queue, when it is open (`r`).
    public var reviewScreen: ReviewScreen?
    public var hasLoadedCases = false
    /// Only the first page of the list is loaded yet (the title says so).
    public var isListPartial = false
    /// Where the list stands in the store's change feed; nil until the whole list has loaded.
    public internal(set) var feedToken: FeedToken?

    // The interface.
    public var focus: Pane = .cases
    /// The detail pane shown in the tabbed layout.
    public var detailTab: Pane = .timeline
    /// The selected case, by its stable id, so reloads, re-sorts and a changed matter number keep it.
    public var selectedID: CaseID? {
        didSet { if selectedID != oldValue { findSelectedCase() } }
    }
    /// Index of the selected case in `visibleCases`, kept up to date (a search of 100,000 rows per key
    /// would not be).
    public private(set) var selectedCaseIndex: Int?
    /// Selected line and first visible line of each detail pane (the list uses `selectedID`).
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
    /// The drafts found at the start and not yet restored or discarded.
    public var draftOffer: DraftOffer?
    /// A draft being restored, waiting for its case to load (its form opens merged against the case as it
    /// is now).
    public var pendingRestore: FormDraft?
    /// The draft last restored, handed to its form.
    public var restoredDraft: FormDraft?
    /// The history shown by `H`, while its overlay is open.
    public var history: HistoryBrowser?
    /// What `:staff` or `:settings` shows, while its overlay is open.
    public var admin: AdminPanel?
    /// What `:deleted` lists, while its overlay is open.
    public var deleted: DeletedList?
    /// The open form, drawn over the panes.
    public var form: FormState?
    /// A deletion waiting for its `y`.
    public var confirmation: Confirmation?
    /// A one-key edit being saved (Space, `t`, a deletion): what it was made on, for a merge.
    var quickSave: PendingSave?

    public init(storeName: String, user: String, today: CivilDate, isReadOnly: Bool = false, ascii: Bool = false,
                size: Size, idleLockMinutes: Int = 10, themeName: String = BuiltInTheme.name, themeNames: [String] = []) {
        self.storeName = storeName
        self.user = user
        self.today = today
        self.isReadOnly = isReadOnly
        self.ascii = ascii
        self.size = size
        self.idleLockMinutes = idleLockMinutes
        self.themeName = themeName
        self.themeNames = themeNames
    }

    /// Rows in the first frame: more than any screen shows.
    public static let firstPageSize = 300

    public var layout: Layout { Layout(size: size) }

    public var selectedCase: CaseRow? { selectedCaseIndex.map { visibleCases[$0] } }

    /// The selected case's matter number, when it is in the list as shown.
    public var selectedMatter: String? { selectedCase?.matter }

    private mutating func findSelectedCase() {
        guard let id = selectedID else {
            selectedCaseIndex = nil
            return
        }
        if let index = selectedCaseIndex, visibleCases.indices.contains(index), visibleCases[index].id == id {
            return
        }
        selectedCaseIndex = visibleCases.firstIndex { $0.id == id }
    }

    /// The key context the key table is read in.
    public var keyContext: KeyContext {
        if form != nil { return .form }
        if input != nil { return .typing }
        if overlay != nil { return .overlay }
        if isReviewShown { return .review }
        return .normal
    }

    /// Replaces the cases and re-applies filter and sort.
    mutating func setCases(_ cases: [CaseRow]) {
        list.replace(with: cases)
        refreshVisible()
    }

    /// Merges changed rows in place and drops removed ones, keeping the order, the filter and the
    /// selection (by id) as they are.
    mutating func mergeCases(changed: [CaseRow], removed: Set<CaseID>) {
        list.merge(changed: changed, removed: removed)
        refreshVisible()
    }

    mutating func setFilter(_ text: String) {
        filter = CaseFilter(text)
        refreshVisible()
    }

    mutating func refreshVisible() {
        visibleCases = list.visible(sortedBy: sort, filter: filter)
    }
}

/// A case that could not be read, and why.
public struct DetailProblem: Hashable, Sendable {
    public var id: CaseID
    public var text: String
}
