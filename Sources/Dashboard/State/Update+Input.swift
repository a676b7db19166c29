import CaseDomain

extension DashboardState {
    /// Edits the line being typed; the filter applies as you type.
    mutating func edit(_ change: (inout String) -> Void) -> [Effect] {
        guard var line = input else { return [] }
        change(&line.text)
        input = line
        return line.purpose == .filter ? applyFilter(line.text) : []
    }

    mutating func submit() -> [Effect] {
        guard let line = input else { return [] }
        input = nil
        switch line.purpose {
        case .filter: return []
        case .command: return run(command: line.text)
        }
    }

    /// Applies a filter and keeps a sensible selection: the same case when it still shows, else the first.
    mutating func applyFilter(_ text: String) -> [Effect] {
        setFilter(text)
        return reselect()
    }

    /// After the list changed: keep the selected case if visible, else select the first one.
    mutating func reselect() -> [Effect] {
        if selectedCaseIndex != nil {
            keepVisible(.cases)
            return []
        }
        guard !visibleCases.isEmpty else {
            return []
        }
        return select(caseAt: 0)
    }

    /// The whole list (or its first page) replaces the list; `token` is where the change feed stood.
    mutating func casesLoaded(_ cases: [CaseRow], token: FeedToken? = nil) -> [Effect] {
        if let token { feedToken = token }
        setCases(cases)
        hasLoadedCases = true
        isListPartial = false
        if selectedID != nil, selectedCaseIndex == nil {
            selectedID = nil
            detail = nil
        }
        return reselect()
    }

    /// A loaded case replaces the detail only if it is still the selected one and was computed for
    /// today (an answer that arrives after the selection or the day moved on is stale); a reload of the
    /// same case keeps each pane's selection.
    mutating func caseLoaded(_ loaded: CaseDetail) -> [Effect] {
        guard loaded.caseID == selectedID, loaded.asOf.map({ $0 == today }) ?? true else { return [] }
        let isReload = detail?.caseID == loaded.caseID
        detail = loaded
        if !isReload, let first = loaded.refusedValues.first {
            let more = loaded.refusedValues.count > 1 ? " (and \(loaded.refusedValues.count - 1) more)" : ""
            message = StatusMessage("This record holds text casedesk would not accept, shown inert: "
                                    + TextSafety.display(first) + more, isError: true)
        }
        if !isReload { selection[.timeline] = firstCurrentRow() }
        for pane in [Pane.timeline, .custody, .evidence] {
            let count = PaneContent.count(pane, self)
            selection[pane] = max(0, min(count - 1, selection[pane] ?? 0))
            keepVisible(pane)
        }
        return []
    }

    mutating func caseMissing(_ id: CaseID) -> [Effect] {
        let matter = allCases.first { $0.id == id }?.matter ?? id.rawValue
        if id == selectedID { detail = nil }
        message = StatusMessage("Case " + TextSafety.quoted(matter) + " is no longer in the store", isError: true)
        // The feed says which other cases went with it; without one, the list is read again.
        return feedToken.map { [.checkChanges(since: $0)] } ?? [.reloadList]
    }

    /// The timeline row to start on: the first one dated today or later (what is coming), else the last.
    func firstCurrentRow() -> Int {
        let rows = TimelineView.rows(detail)
        return rows.firstIndex { $0.date >= today } ?? max(0, rows.count - 1)
    }
}
