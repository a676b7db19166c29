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
    /// A key for the text field being typed (the filter or command line): a character, or an editing
    /// key (`TextEditor.handle`). The key table names the editing keys; Home and Ctrl-A, End and
    /// Ctrl-E arrive as `.home` and `.end`.
    case edit(Key)
    /// Text pasted (bracketed paste): inserted into the field being typed, else dropped with a message,
    /// never run as keys.
    case paste(String)
    case submit
    /// Tab on the command line: complete the command's name or its argument.
    case complete
    // The drafts offered at the start (`DraftOffer`).
    /// Reopen the selected draft's form.
    case restoreDraft
    /// Delete the selected draft.
    case discardDraft
    // A case's history (`HistoryBrowser`).
    /// `H`: the selected case's history.
    case showHistory
    /// `u` in the history: ask to bring the case back to what it was before the selected change.
    case undoChange
    /// `y` after `u`: do it.
    case confirmRestore
    /// The day's review queue: its keys and its answers from the store.
    case review(ReviewAction)

    // Reported by the run loop.
    /// The loop has started: ask for the first page of the list.
    case started
    /// The whole list, and where the change feed stood just before it was read (nil: no feed to follow).
    case casesLoaded([CaseRow], token: FeedToken? = nil)
    /// The most urgent page of the list (none when it could not be read), shown while the whole list
    /// loads: the first case's panes are asked for before the whole list and the review count.
    case firstCasesLoaded([CaseRow])
    case caseLoaded(CaseDetail)
    /// The case asked for is no longer in the store.
    case caseMissing(CaseID)
    case loadFailed(String)
    /// The selected case could not be read (its stored document is broken): its panes say so.
    case caseLoadFailed(CaseID, String)
    case reviewProgressLoaded(ReviewProgress)
    /// Something changed that the feed cannot say case by case: reload everything.
    case dataChanged
    /// The change feed's news since the state's token: merged into the list in place.
    case changesLoaded(FeedChanges)
    /// A store's notification descriptor became readable: ask the feed now rather than at the next tick.
    case storeNotified
    /// The store's date moved on (midnight in its time zone, for a dashboard left open).
    case dayChanged(CivilDate)
    case resized(Size)
    /// The loop's clock, once a second: seconds since the last key press (drives the privacy screen);
    /// the store is asked what changed and what day it is.
    case clockTick(idleSeconds: Int)
    /// The loop's clock over a store that announces its changes (every ten seconds, and at the idle lock's
    /// moment): the privacy screen and the date, but no question to the change feed, which is asked when
    /// the store's descriptors ring.
    case quietTick(idleSeconds: Int)
    case themeChanged(name: String, notice: String?)
    /// Ctrl-Z could not stop us: no job-control shell would start us again.
    case suspendUnavailable
    /// A signal whose default action ends the process arrived (SIGHUP, SIGTERM, SIGINT, SIGQUIT, ...).
    case signalled(ExitSignal)
    /// The terminal went away (the SSH connection dropped).
    case hungUp
    /// A draft could not be written (or removed): one line for the hint bar.
    case draftProblem(String)
    case historyLoaded(CaseHistory)
    /// The history of this case could not be read.
    case historyFailed(CaseID, String)
    /// The case is back to what it was before audit row `entryID`.
    case restoredFromAudit(caseID: CaseID, entryID: Int64)
    case deletedLoaded([DeletedCase])
    case deletedFailed(String)
    /// The staff directory or the settings, as lines to show.
    case adminLoaded(AdminTopic, [String])
    case adminFailed(AdminTopic, String)
    /// A change of the directory or the settings was made; `summary` says which.
    case adminChanged(AdminChange, summary: String)

    // Editing (docs/commands.md, dashboard): each opens a form or asks first.
    /// `a`: a new case in the list, an event in the timeline, an item in the evidence, a custody change.
    case add
    /// `e`: edit the selected case, event or evidence item.
    case editSelected
    /// `c`: change the open case's custody.
    case changeCustody
    /// `d`: delete the selected event, evidence item or case, after a confirmation.
    case delete
    /// Space: move the selected evidence item's status on.
    case advanceEvidence
    /// `t`: whether the selected item's translation is certified.
    case toggleCertified
    // In a form.
    case nextField, previousField
    /// Ctrl-S: save from any field.
    case saveForm
    /// Enter: save from a one-line field, a new line in notes.
    case formEnter
    /// Any other key in a form: typed into the focused field, or picking a choice.
    case formKey(Key)
    /// What a write came to.
    case saveFinished(SaveAnswer)
    /// Stored cases that may be the new case's client.
    case duplicatesFound([PossibleDuplicate])
}

/// The answer to a write.
public enum SaveAnswer: Hashable, Sendable {
    case saved(CaseID, version: Int)
    case created(CaseID)
    case deleted(CaseID)
    /// Someone else saved the case since: theirs, at their version, for the merge.
    case conflict(CaseID, theirs: CaseFile, version: Int)
    /// Nothing was written; `busy` when the store stayed busy (try again).
    case failed(String, busy: Bool)
}

/// A signal that ends the dashboard, by number: any whose default action would end the process
/// (SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGUSR1, SIGPIPE, SIGALRM, the real-time signals, ...). It exits
/// with 128 + the number, as a shell reports. A number, not an enum: the real-time signals' numbers are
/// known only at run time.
public struct ExitSignal: Hashable, Sendable {
    /// The signal's number (SIGTERM is 15).
    public let rawValue: Int32

    /// `nil` for a number that is not a signal (zero, negative, or above Linux's 64).
    public init?(rawValue: Int32) {
        guard (1...64).contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: Int32) { rawValue = known }

    public static let hangUp = ExitSignal(known: 1)
    public static let interrupt = ExitSignal(known: 2)
    public static let terminate = ExitSignal(known: 15)

    /// The exit status of a process this signal ended.
    public var exitStatus: Int32 { 128 + rawValue }
}

/// A case opened in the detail panes: the file, its computed deadlines, and the rules they cite.
public struct CaseDetail: Hashable, Sendable {
    public var file: CaseFile
    public var deadlines: [DeadlineItem]
    public var rules: [RuleID: DeadlineRule]
    /// The case it was read for (the list's id: a file made outside the store may carry none).
    public var caseID: CaseID
    /// The day the deadlines were computed for; a detail of another day than the state's is stale.
    public var asOf: CivilDate?
    /// The case's version when it was read: an edit names it, so a save over someone else's is caught.
    public var version: Int
    /// Values the stored case holds that casedesk would not accept (`client.name: contains a control
    /// character (U+0007)`): the case opens with them shown inert, and the banner says so.
    public var refusedValues: [String]

    public init(file: CaseFile, deadlines: [DeadlineItem], rules: [RuleID: DeadlineRule], asOf: CivilDate? = nil,
                caseID: CaseID? = nil, version: Int = 0, refusedValues: [String] = []) {
        self.version = version
        self.caseID = caseID ?? file.id ?? CaseIdentity.derivedCaseID(matter: file.matter)
        self.file = file
        self.deadlines = deadlines
        self.rules = rules
        self.asOf = asOf
        self.refusedValues = refusedValues
    }
}

/// How far today's review has got: the header's `review 4/12`.
public struct ReviewProgress: Hashable, Sendable {
    public var reviewed: Int
    public var total: Int
    /// The counts are the firm's queue: the login has no cases of its own (the header says so).
    public var isFirm: Bool

    public init(reviewed: Int, total: Int, isFirm: Bool = false) {
        self.reviewed = reviewed
        self.total = total
        self.isFirm = isFirm
    }
}

/// What `update` asks the run loop to do; the loop answers with actions. The store's calls run off the
/// input path and answer later; the rest the loop does at once.
public enum Effect: Hashable, Sendable {
    /// The most urgent `count` rows, for the first frame while the whole list loads.
    case loadFirstPage(count: Int)
    /// Read a case whole, with its deadlines computed for the state's day.
    case loadCase(id: CaseID)
    case reloadList
    case reloadReviewProgress
    /// Ask the change feed what changed since `token`.
    case checkChanges(since: FeedToken)
    /// Ask the store for today's date; answered only when it is no longer `current`.
    case checkToday(current: CivilDate)
    /// Read a case's history.
    case loadHistory(id: CaseID)
    /// Bring a case back to what it was before an audit row (a new, audited change).
    case restoreFromAudit(entryID: Int64)
    /// List the deleted cases.
    case loadDeleted
    /// Read the staff directory or the settings.
    case loadAdmin(AdminTopic)
    /// Change the staff directory or a setting (audited; the store checks the role).
    case changeAdmin(AdminChange)
    case setTheme(name: String)
    /// The review queue's store calls.
    case review(ReviewEffect)
    case suspend
    /// The user quit: exit status 0.
    case quit
    /// End with this exit status (a signal, a hang-up).
    case exit(status: Int32)
    /// Write edits made on `expectedVersion` of a case.
    case save(edits: [CaseEdit], caseID: CaseID, expectedVersion: Int)
    case createCase(CaseFile)
    case deleteCase(id: CaseID, expectedVersion: Int)
    /// Look for stored cases with the new case's A-number, or its name and birth date.
    case findDuplicates(CaseFile)
    /// Keep an open form's draft, replacing its earlier one; written off the input path
    /// (`DraftKeeping`), never committed to the store.
    case keepDraft(FormDraft)
    /// Forget a form's draft: the form was saved or cancelled, or its draft discarded.
    case dropDraft(store: String, user: String, kind: String, caseID: String?, itemID: String?)
}
