import CaseDomain
import ScreenKit

extension DashboardState {
    /// A key press: looked up in the key table for the current context, refused when it would change
    /// data in a read-only session, then applied. While the privacy screen is up a key only unlocks.
    public mutating func handle(_ key: Key) -> [Effect] {
        handle(key, among: Keymap.bindings)
    }

    /// `handle` over another key table: tests reach bindings the product's table does not have yet.
    mutating func handle(_ key: Key, among table: [KeyBinding]) -> [Effect] {
        if isLocked {
            isLocked = false
            return []
        }
        message = nil
        if confirmation != nil { return answerConfirmation(key == .character("y")) }
        if form?.isConfirmingDiscard == true { return answerDiscard(key == .character("y")) }
        // A restore asked about: `y` does it, any other key does not.
        if history?.isConfirming == true, overlay == .history, key != .character("y") {
            cancelRestoreQuestion()
            return []
        }
        let context = keyContext
        if let binding = Keymap.binding(for: key, in: context, among: table), binding.mutates, isReadOnly {
            message = StatusMessage("Read-only session: \(binding.summary.lowercased()) is not available", isError: true)
            return []
        }
        guard let action = Keymap.action(for: key, in: context, among: table) else { return [] }
        return update(action)
    }

    /// The only place the state changes. Pure: returns what the run loop should do next.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case .moveUp: return move(by: -1)
        case .moveDown: return move(by: 1)
        case .pageUp: return move(by: -max(1, pageSize - 1))
        case .pageDown: return move(by: max(1, pageSize - 1))
        case .moveToTop: return move(by: Int.min / 2)
        case .moveToBottom: return move(by: Int.max / 2)
        case .focusNext: return setFocus(focus.next)
        case .focusPrevious: return setFocus(focus.previous)
        case .focus(let pane): return setFocus(pane)
        case .activate: return activate()
        case .cancel: return cancel()
        case .interrupt:
            let cancellable = form != nil || overlay != nil || input != nil || !filter.isEmpty || focus.isDetail
                || reviewScreen != nil
            return cancellable ? cancel() : [.quit]
        case .startFilter:
            input = InputLine(purpose: .filter, text: filter.query, previousFilter: filter.query)
            focus = .cases
            return []
        case .startCommand:
            input = InputLine(purpose: .command, text: "", previousFilter: filter.query)
            return []
        case .toggleHelp:
            overlay = overlay == nil ? .help : nil
            return []
        case .quit:
            if overlay != nil { overlay = nil; return [] }
            return [.quit]
        case .suspend:
            return [.suspend]
        case .edit(let key): return edit { _ = $0.handle(key) }
        case .paste(let text): return paste(text)
        case .submit: return submit()
        case .complete: return complete()
        case .restoreDraft: return overlay == .deleted ? openDeletedHistory() : restoreDraft()
        case .discardDraft: return discardDraft()
        case .showHistory: return showHistory()
        case .undoChange: return undoChange()
        case .confirmRestore: return confirmRestore()
        case .historyLoaded(let loaded): return historyLoaded(loaded)
        case .historyFailed(let id, let text): return historyFailed(id, text)
        case .restoredFromAudit(let id, let entryID): return restoredFromAudit(caseID: id, entryID: entryID)
        case .deletedLoaded(let cases): return deletedLoaded(cases)
        case .deletedFailed(let text): return deletedFailed(text)
        case .adminLoaded(let topic, let lines): return adminLoaded(topic, lines)
        case .adminFailed(let topic, let text): return adminFailed(topic, text)
        case .adminChanged(let change, let summary): return adminChanged(change, summary: summary)
        case .review(let reviewAction): return updateReview(reviewAction)
        case .started: return [.loadFirstPage(count: Self.firstPageSize)]
        case .casesLoaded(let cases, let token): return casesLoaded(cases, token: token) + resumeRestore()
        case .firstCasesLoaded(let cases):
            let effects = casesLoaded(cases)
            isListPartial = true
            return effects + [.reloadList, .reloadReviewProgress]
        case .caseLoaded(let loaded):
            let effects = caseLoaded(loaded)
            applyReviewTarget()
            return effects + resumeRestore()
        case .caseMissing(let id): return caseMissing(id)
        case .loadFailed(let text):
            message = StatusMessage(text, isError: true)
            return []
        case .caseLoadFailed(let id, let text):
            message = StatusMessage(text, isError: true)
            if id == selectedID { detailProblem = DetailProblem(id: id, text: text) }
            return []
        case .reviewProgressLoaded(let progress):
            review = progress
            return []
        case .dataChanged: return withReviewReload(reloadEverything())
        case .changesLoaded(let changes): return withReviewReload(merge(changes))
        case .storeNotified: return feedToken.map { [.checkChanges(since: $0)] } ?? []
        case .dayChanged(let date):
            today = date
            return withReviewReload(reloadEverything())
        case .resized(let newSize):
            size = newSize
            for pane in Pane.allCases { keepVisible(pane) }
            if let open = form { form?.scroll = FormView.scroll(for: open, size: newSize) }
            return []
        case .clockTick(let idleSeconds):
            lockIfIdle(idleSeconds)
            // Time passing is when the store is asked what changed and what day it is.
            return (feedToken.map { [Effect.checkChanges(since: $0)] } ?? []) + [.checkToday(current: today)]
        case .quietTick(let idleSeconds):
            lockIfIdle(idleSeconds)
            return [.checkToday(current: today)]
        case .themeChanged(let name, let notice):
            themeName = name
            message = notice.map { StatusMessage($0, isError: true) } ?? StatusMessage("Theme " + name)
            return []
        case .suspendUnavailable:
            message = StatusMessage("Ctrl-Z: not started from a job-control shell; q quits")
            return []
        case .signalled(let signal): return [.exit(status: signal.exitStatus)]
        case .hungUp: return [.exit(status: 129)]
        case .draftProblem(let text):
            message = StatusMessage(TextSafety.display(text), isError: true)
            return []
        case .add: return add()
        case .editSelected: return editSelected()
        case .changeCustody: return openForm(.changeCustody)
        case .delete: return delete()
        case .advanceEvidence: return advanceEvidence()
        case .toggleCertified: return toggleCertified()
        case .nextField: return moveField(by: 1)
        case .previousField: return moveField(by: -1)
        case .saveForm: return saveForm()
        case .formEnter: return formEnter()
        case .formKey(let key): return formKey(key)
        case .saveFinished(let answer): return saveFinished(answer)
        case .duplicatesFound(let found): return duplicatesFound(found)
        }
    }

    /// The privacy screen, after `idleLockMinutes` without a key.
    private mutating func lockIfIdle(_ idleSeconds: Int) {
        if idleLockMinutes > 0, idleSeconds >= idleLockMinutes * 60, !isLocked { isLocked = true }
    }

    /// The list, the review count and the open case, all read again (the day moved on, or something
    /// changed that the feed cannot say case by case).
    mutating func reloadEverything() -> [Effect] {
        var effects: [Effect] = [.reloadList, .reloadReviewProgress]
        if let id = selectedID { effects.append(.loadCase(id: id)) }
        return effects
    }

    /// Rows a page holds in the focused pane.
    var pageSize: Int {
        if overlay != nil { return OverlayView.visibleRows(self) }
        return max(1, layout.contentRows(of: input?.purpose == .filter ? .cases : focus))
    }

    // MARK: Movement and focus

    mutating func move(by delta: Int) -> [Effect] {
        if overlay == .history {
            moveInHistory(by: delta)
            return []
        }
        if overlay == .deleted, var list = deleted {
            list.move(by: delta)
            deleted = list
            overlayScroll = max(0, min(list.selected, max(overlayScroll, list.selected - OverlayView.visibleRows(self) + 3)))
            return []
        }
        if overlay == .drafts, var offer = draftOffer {
            offer.move(by: delta)
            draftOffer = offer
            overlayScroll = DraftOfferView.scroll(keeping: offer.selected, remembered: overlayScroll,
                                                  rows: OverlayView.visibleRows(self))
            return []
        }
        if overlay != nil {
            let (lines, rows) = OverlayView.measure(self)
            overlayScroll = max(0, min(lines - rows, overlayScroll.addingClamped(delta)))
            return []
        }
        if isReviewShown {
            moveReview(by: delta)
            return []
        }
        let pane = input?.purpose == .filter ? .cases : focus
        let count = PaneContent.count(pane, self)
        guard count > 0 else { return [] }
        if pane == .cases {
            let index = max(0, min(count - 1, (selectedCaseIndex ?? 0).addingClamped(delta)))
            return select(caseAt: index)
        }
        let index = max(0, min(count - 1, (selection[pane] ?? 0).addingClamped(delta)))
        selection[pane] = index
        keepVisible(pane)
        return []
    }

    mutating func keepVisible(_ pane: Pane) {
        let selected = pane == .cases ? (selectedCaseIndex ?? 0) : (selection[pane] ?? 0)
        scroll[pane] = PaneContent.top(selected: selected, remembered: scroll[pane] ?? 0,
                                       rows: layout.contentRows(of: pane), count: PaneContent.count(pane, self))
    }

    mutating func select(caseAt index: Int) -> [Effect] {
        guard visibleCases.indices.contains(index) else { return [] }
        let id = visibleCases[index].id
        guard id != selectedID else { return [] }
        selectedID = id
        keepVisible(.cases)
        detail = nil
        selection = [:]
        scroll = scroll.filter { $0.key == .cases }
        return [.loadCase(id: id)]
    }

    mutating func setFocus(_ pane: Pane) -> [Effect] {
        if overlay != nil { return [] }
        focus = pane
        if pane.isDetail { detailTab = pane }
        return []
    }

    mutating func activate() -> [Effect] {
        switch focus {
        case .cases:
            guard let id = selectedID else { return [] }
            focus = detailTab
            return detail == nil ? [.loadCase(id: id)] : []
        case .timeline:
            let rows = TimelineView.rows(detail)
            guard let index = selection[.timeline], rows.indices.contains(index) else { return [] }
            switch rows[index] {
            case .deadline(let item): overlay = .deadline(item)
            case .event(let event): overlay = .event(event)
            }
            return []
        case .custody, .evidence:
            return []
        }
    }

    mutating func cancel() -> [Effect] {
        if form != nil { return cancelForm() }
        if overlay == .history { history = nil }
        if overlay == .admin { admin = nil }
        if overlay == .deleted { deleted = nil }
        if overlay != nil { overlay = nil; return [] }
        if isReviewShown { reviewScreen = nil; return [] }
        if returnToReview() { return [] }
        if let line = input {
            input = nil
            if line.purpose == .filter { return applyFilter("") }
            return []
        }
        if !filter.isEmpty { return applyFilter("") }
        if focus.isDetail { focus = .cases }
        return []
    }
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (result, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : result
    }
}
