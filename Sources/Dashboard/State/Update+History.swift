import CaseDomain

extension DashboardState {
    /// `H`: opens the selected case's history; it is read off the input path.
    mutating func showHistory() -> [Effect] {
        guard let row = selectedCase else {
            message = StatusMessage("No case selected", isError: true)
            return []
        }
        history = HistoryBrowser(caseID: row.id, matter: row.matter)
        overlay = .history
        return [.loadHistory(id: row.id)]
    }

    mutating func historyLoaded(_ loaded: CaseHistory) -> [Effect] {
        guard var browser = history, browser.caseID == loaded.caseID else { return [] }
        let selectedID = browser.current?.id
        browser.entries = loaded.entries
        // A reload (after a restore) keeps the selection on the same row when it is still there.
        browser.selected = selectedID.flatMap { id in loaded.entries.firstIndex { $0.id == id } } ?? 0
        browser.failure = nil
        history = browser
        return []
    }

    mutating func historyFailed(_ id: CaseID, _ text: String) -> [Effect] {
        guard var browser = history, browser.caseID == id else { return [] }
        browser.failure = text
        history = browser
        return []
    }

    /// `u` on an entry: asks first. Only a change with a case before it can be undone (a creation cannot:
    /// deleting is its own, confirmed key).
    mutating func undoChange() -> [Effect] {
        guard overlay == .history, var browser = history, let entry = browser.current else { return [] }
        guard entry.canRestore else {
            message = StatusMessage("Nothing to restore: there was no case before this change", isError: true)
            return []
        }
        browser.isConfirming = true
        history = browser
        return []
    }

    /// `y` after `u`: the restore is a new, audited change; the history is read again when it is done.
    mutating func confirmRestore() -> [Effect] {
        guard overlay == .history, var browser = history, browser.isConfirming, let entry = browser.current else {
            return []
        }
        browser.isConfirming = false
        history = browser
        message = StatusMessage("Restoring " + TextSafety.display(browser.matter) + "…")
        return [.restoreFromAudit(entryID: entry.id)]
    }

    /// Any key but `y` while a restore is asked about: nothing is restored.
    mutating func cancelRestoreQuestion() {
        guard var browser = history, browser.isConfirming else { return }
        browser.isConfirming = false
        history = browser
        message = StatusMessage("Not restored")
    }

    mutating func restoredFromAudit(caseID: CaseID, entryID: Int64) -> [Effect] {
        let matter = history.map(\.matter) ?? allCases.first { $0.id == caseID }?.matter ?? caseID.rawValue
        message = StatusMessage("Restored " + TextSafety.display(matter) + " as it was before that change")
        var effects: [Effect] = [.reloadList, .reloadReviewProgress]
        if history?.caseID == caseID { effects.append(.loadHistory(id: caseID)) }
        if selectedID == caseID { effects.append(.loadCase(id: caseID)) }
        return effects
    }

    /// Moving in the history: entry by entry, keeping the selected one on screen.
    mutating func moveInHistory(by delta: Int) {
        guard var browser = history else { return }
        browser.move(by: delta)
        history = browser
        let start = HistoryView.firstLine(of: browser.selected, in: browser, ascii: ascii)
        let rows = OverlayView.visibleRows(self)
        let end = HistoryView.firstLine(of: browser.selected + 1, in: browser, ascii: ascii)
        if start < overlayScroll {
            overlayScroll = browser.selected == 0 ? 0 : start
        } else if end > overlayScroll + rows {
            overlayScroll = max(0, min(start, end - rows))
        }
    }
}
