import CaseDomain

/// One call of the data source that an effect stands for, with what it needs from the state at the
/// moment it was asked (the day, the user), so it can run later on another thread.
public enum StoreCall: Hashable, Sendable {
    case firstPage(count: Int)
    case caseList
    case caseDetail(id: CaseID, today: CivilDate)
    case reviewProgress(user: String, today: CivilDate)
    case changes(since: FeedToken)
    case today(current: CivilDate)
    case history(id: CaseID)
    case restoreFromAudit(entryID: Int64)
    case administration(AdminTopic)
    case deletedCases
    case changeAdministration(AdminChange)
    /// The review queue as the screen shows it.
    case reviewQueue(user: String, everyone: Bool, team: Bool, today: CivilDate)
    /// One review mark stored or taken away.
    case reviewMark(itemID: String, marked: Bool, user: String, today: CivilDate)

    case save(edits: [CaseEdit], caseID: CaseID, expectedVersion: Int)
    case create(CaseFile)
    case delete(id: CaseID, expectedVersion: Int)
    case duplicates(CaseFile)

    /// Kinds of call: a newer call of a kind supersedes one of the same kind still waiting (the
    /// selection moved on, a newer reload was asked for), so a slow store never works through a backlog.
    /// A write is never superseded.
    public enum Kind: Hashable, Sendable {
        case firstPage, caseList, caseDetail, reviewProgress, changes, today, reviewQueue
        /// Marks supersede only a waiting mark of the same item: the last press is what is kept.
        case reviewMark(itemID: String)
        case history, restore, administration, changeAdministration, deletedCases
        /// A case written (saved, created, deleted): never superseded, every one is made.
        case write
        case duplicates

        /// Changes the store: always made, whatever was asked after it.
        public var isWrite: Bool {
            switch self {
            case .restore, .changeAdministration, .write: true
            case .firstPage, .caseList, .caseDetail, .reviewProgress, .changes, .today, .reviewQueue, .reviewMark,
                 .history, .administration, .deletedCases, .duplicates: false
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .firstPage: .firstPage
        case .caseList: .caseList
        case .caseDetail: .caseDetail
        case .reviewProgress: .reviewProgress
        case .changes: .changes
        case .today: .today
        case .history: .history
        case .restoreFromAudit: .restore
        case .administration: .administration
        case .deletedCases: .deletedCases
        case .changeAdministration: .changeAdministration
        case .reviewQueue: .reviewQueue
        case .reviewMark(let itemID, _, _, _): .reviewMark(itemID: itemID)
        case .save, .create, .delete: .write
        case .duplicates: .duplicates
        }
    }
}

extension Effect {
    /// The store call this effect is, as of `state`; nil for what the loop does itself.
    public func storeCall(in state: DashboardState) -> StoreCall? {
        switch self {
        case .loadFirstPage(let count): .firstPage(count: count)
        case .loadCase(let id): .caseDetail(id: id, today: state.today)
        case .reloadList: .caseList
        case .reloadReviewProgress: .reviewProgress(user: state.user, today: state.today)
        case .checkChanges(let token): .changes(since: token)
        case .checkToday(let current): .today(current: current)
        case .loadHistory(let id): .history(id: id)
        case .restoreFromAudit(let entryID): .restoreFromAudit(entryID: entryID)
        case .loadAdmin(let topic): .administration(topic)
        case .loadDeleted: .deletedCases
        case .changeAdmin(let change): .changeAdministration(change)
        case .review(.load(let everyone, let team)):
            .reviewQueue(user: state.user, everyone: everyone, team: team, today: state.today)
        case .review(.mark(let itemID, let marked)):
            .reviewMark(itemID: itemID, marked: marked, user: state.user, today: state.today)
        case .save(let edits, let id, let version): .save(edits: edits, caseID: id, expectedVersion: version)
        case .createCase(let file): .create(file)
        case .deleteCase(let id, let version): .delete(id: id, expectedVersion: version)
        case .findDuplicates(let file): .duplicates(file)
        case .setTheme, .suspend, .quit, .exit, .keepDraft, .dropDraft: nil
        }
    }
}

extension DashboardDataSource {
    /// Makes `call` and says what came of it as actions for `update`; a failure becomes a message. An
    /// answer that would change nothing (no news in the feed, the same day) is no action at all.
    public func answer(_ call: StoreCall) -> [Action] {
        switch call {
        case .firstPage(let count):
            do { return [.firstCasesLoaded(try firstCaseRows(count))] } catch {
                // The whole list is still asked for: it may succeed where the first page did not.
                return [.loadFailed("Could not load the cases: " + Self.describe(error)), .firstCasesLoaded([])]
            }
        case .caseList:
            do {
                // The token first: a change committed while the rows are read is reported next time.
                let token = try changeToken()
                return [.casesLoaded(try caseRows(), token: token)]
            } catch {
                return [.loadFailed("Could not load the cases: " + Self.describe(error))]
            }
        case .caseDetail(let id, let today):
            do {
                guard let detail = try caseDetail(id: id, today: today) else { return [.caseMissing(id)] }
                return [.caseLoaded(detail)]
            } catch {
                return [.caseLoadFailed(id, "Could not read the case: " + Self.describe(error))]
            }
        case .reviewProgress(let user, let today):
            // The count is a convenience: without it the header simply shows none.
            guard let progress = try? reviewProgress(user: user, today: today) else { return [] }
            return [.reviewProgressLoaded(progress)]
        case .changes(let token):
            // Asked every second: a store that cannot answer now is asked again at the next tick.
            guard let changes = try? changes(since: token) else { return [] }
            if changes.reloadEverything { return [.dataChanged] }
            return changes.isEmpty && changes.token == token ? [] : [.changesLoaded(changes)]
        case .today(let current):
            guard let today = try? today(), today != current else { return [] }
            return [.dayChanged(today)]
        case .history(let id):
            do { return [.historyLoaded(try history(caseID: id))] } catch {
                return [.historyFailed(id, "Could not read the history: " + Self.describe(error))]
            }
        case .restoreFromAudit(let entryID):
            do { return [.restoredFromAudit(caseID: try restore(fromAudit: entryID), entryID: entryID)] } catch {
                return [.loadFailed("Not restored: " + Self.describe(error))]
            }
        case .deletedCases:
            do { return [.deletedLoaded(try deletedCases())] } catch {
                return [.deletedFailed("Could not list the deleted cases: " + Self.describe(error))]
            }
        case .administration(let topic):
            do { return [.adminLoaded(topic, try administration(topic))] } catch {
                return [.adminFailed(topic, "Could not read the " + topic.title.lowercased() + ": " + Self.describe(error))]
            }
        case .changeAdministration(let change):
            do { return [.adminChanged(change, summary: try administer(change))] } catch {
                return [.loadFailed("Not changed: " + Self.describe(error))]
            }
        case .reviewQueue(let user, let everyone, let team, let today):
            do {
                return [.review(.loaded(try reviewQueue(user: user, everyone: everyone, team: team, today: today)))]
            } catch {
                return [.loadFailed("Could not load the review: " + Self.describe(error))]
            }
        case .reviewMark(let itemID, let marked, let user, let today):
            do {
                try setReviewed(marked, itemID: itemID, user: user, today: today)
                return [.review(.markStored(error: nil))]
            } catch {
                return [.review(.markStored(error: "Could not store the mark: " + Self.describe(error)))]
            }
        case .save(let edits, let id, let version):
            return [.saveFinished(written { () throws -> SaveAnswer in
                switch try save(edits, to: id, expectedVersion: version) {
                case .saved(let newVersion): .saved(id, version: newVersion)
                case .conflict(let theirs, let theirVersion): .conflict(id, theirs: theirs, version: theirVersion)
                }
            })]
        case .create(let file):
            return [.saveFinished(written { .created(try create(file)) })]
        case .delete(let id, let version):
            return [.saveFinished(written {
                try deleteCase(id: id, expectedVersion: version)
                return .deleted(id)
            })]
        case .duplicates(let file):
            // A warning only: a store that cannot look now shows none.
            guard let found = try? possibleDuplicates(of: file) else { return [] }
            return [.duplicatesFound(found)]
        }
    }

    /// A write's answer; a refusal says why, and a busy store says so (the form stays open to retry).
    private func written(_ write: () throws -> SaveAnswer) -> SaveAnswer {
        do { return try write() } catch let error as DashboardWriteError {
            if case .busy(let text) = error { return .failed(TextSafety.display(text), busy: true) }
            return .failed(TextSafety.display(error.description), busy: false)
        } catch {
            return .failed("Not saved: " + Self.describe(error), busy: false)
        }
    }

    /// An error for the screen: sanitised, one line.
    static func describe(_ error: any Error) -> String {
        TextSafety.display(String(describing: error))
    }
}
