import CaseDomain

extension DashboardState {
    /// News from the change feed. Changed rows are merged in place and removed cases dropped, keeping
    /// the order, the filter and the selection; the open case is read again when it changed, and when
    /// it is gone the selection moves to the case now in its place. A change of settings can move every
    /// deadline, so it reloads everything.
    mutating func merge(_ changes: FeedChanges) -> [Effect] {
        feedToken = changes.token
        noteChangesForForm(changes)
        if changes.settingsChanged || changes.reloadEverything { return reloadEverything() }
        guard !changes.changedRows.isEmpty || !changes.removed.isEmpty else {
            // Refreshed digests only move rows (their next deadline): nothing else to read again.
            if !changes.refreshedRows.isEmpty {
                mergeCases(changed: changes.refreshedRows, removed: [])
                keepVisible(.cases)
            }
            return changes.marksChanged ? [.reloadReviewProgress] : []
        }
        let selected = selectedID, previousIndex = selectedCaseIndex
        mergeCases(changed: changes.changedRows + changes.refreshedRows, removed: changes.removed)
        // Any changed case can add to or take from today's review.
        var effects: [Effect] = [.reloadReviewProgress]
        guard let selected else { return effects + reselect() }
        if selectedCaseIndex == nil {
            // Removed, or changed so that the filter no longer shows it.
            selectedID = nil
            detail = nil
            if !visibleCases.isEmpty { effects += select(caseAt: min(previousIndex ?? 0, visibleCases.count - 1)) }
        } else if changes.changedRows.contains(where: { $0.id == selected }) {
            effects.append(.loadCase(id: selected))
        }
        keepVisible(.cases)
        return effects
    }
}
