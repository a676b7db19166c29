import CaseDomain

/// The day's review queue open in the dashboard (`r`): whose queue, what is selected, and whether a case
/// opened from it (Enter) is shown instead, to come back to with Esc.
public struct ReviewScreen: Hashable, Sendable {
    /// The queue as last read; nil until the first answer.
    public var queue: ReviewQueue?
    /// Everyone's queue rather than the user's own (`a`).
    public var everyone = false
    /// Each paralegal's progress instead of the items (`T`).
    public var showsTeam = false
    /// The selected item's index in the queue, and the item's id, so a reload keeps the place.
    public var selected = 0
    public var selectedItemID: String?
    /// The first row shown.
    public var scroll = 0
    /// A case opened from the queue is on screen; Esc comes back here.
    public var isShowingCase = false
    /// Where to put the selection once the case opened from the queue has loaded.
    public var pendingTarget: ReviewTarget?

    public init() {}

    public var items: [ReviewItem] { queue?.items ?? [] }

    public var selectedItem: ReviewItem? {
        items.indices.contains(selected) ? items[selected] : nil
    }

    /// Whether the viewer's own mark is on an item (what Space toggles).
    func isMarkedByViewer(_ item: ReviewItem) -> Bool {
        guard let queue else { return false }
        switch queue.scope {
        case .user, .firm: return item.reviewed
        case .everyone: return queue.viewerMarks.contains(item.id)
        }
    }

    /// Keeps the selection on the same item after the queue was read again (or on the row where it
    /// was, when that item left the queue).
    mutating func replaceQueue(_ newQueue: ReviewQueue) {
        queue = newQueue
        if let id = selectedItemID, let index = newQueue.items.firstIndex(where: { $0.id == id }) {
            selected = index
        } else {
            selected = max(0, min(selected, newQueue.items.count - 1))
        }
        selectedItemID = selectedItem?.id
    }
}

/// What the review queue asks of the loop (through `Effect.review`).
public enum ReviewEffect: Hashable, Sendable {
    /// Read the queue: the user's own (or the firm's, for a login with no cases) or everyone's; with
    /// each paralegal's progress when `team`.
    case load(everyone: Bool, team: Bool)
    /// Store the user's mark on an item for today, or take it away.
    case mark(itemID: String, marked: Bool)
}

/// What happens in the review queue (through `Action.review`).
public enum ReviewAction: Hashable, Sendable {
    /// `r`: open the queue, or close it when it is open.
    case toggle
    /// Space or `x`: mark the selected item reviewed, or unmark it.
    case toggleMark
    /// `n`: the next item not yet reviewed (wrapping).
    case nextUnreviewed
    /// `a`: everyone's queue or your own.
    case toggleEveryone
    /// `T`: each paralegal's progress.
    case toggleTeam
    /// Enter: the selected item's case, with the relevant pane and row selected.
    case openCase
    /// The queue read from the store.
    case loaded(ReviewQueue)
    /// A mark was stored (or could not be): the queue is read again either way.
    case markStored(error: String?)
}

/// Where the case opened from a review item puts its selection.
public enum ReviewTarget: Hashable, Sendable {
    case hearing(Appointment)
    case deadline(rule: RuleID, due: CivilDate)
    case custody
    case checkIn
    case evidence
    case lastChange(CivilDate)

    init(_ detail: ReviewDetail) {
        switch detail {
        case .hearing(let appointment): self = .hearing(appointment)
        case .deadline(let item): self = .deadline(rule: item.rule, due: item.due)
        case .detained: self = .custody
        case .checkIn: self = .checkIn
        case .evidence: self = .evidence
        case .stale(let lastChange, _): self = .lastChange(lastChange)
        }
    }

    /// The pane the item is about.
    var pane: Pane {
        switch self {
        case .hearing, .deadline, .lastChange: .timeline
        case .custody, .checkIn: .custody
        case .evidence: .evidence
        }
    }
}
