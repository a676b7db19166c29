import CaseDomain

extension DashboardState {
    /// A bracketed paste: text for the field being typed, never keys. While the privacy screen is up
    /// it only unlocks, like a key.
    public mutating func handle(paste text: String) -> [Effect] {
        if isLocked {
            isLocked = false
            return []
        }
        message = nil
        return update(.paste(text))
    }

    /// Edits the line being typed; the filter applies as you type (when its text changed: moving the
    /// cursor filters nothing).
    mutating func edit(_ change: (inout TextEditor) -> Void) -> [Effect] {
        guard var line = input else { return [] }
        let before = line.text
        change(&line.editor)
        input = line
        return line.purpose == .filter && line.text != before ? applyFilter(line.text) : []
    }

    /// Pasted text goes into the line being typed, its line breaks as spaces (the filter and the
    /// command line are one line; a copied line's final break is dropped). With no line open it is
    /// dropped, and said so: a paste is never run as keys.
    mutating func paste(_ text: String) -> [Effect] {
        // An open form takes it in its focused field (or says it has no text field there).
        if form != nil { return formPaste(text) }
        guard input != nil else {
            message = StatusMessage("Paste ignored: no text field is open", isError: true)
            return []
        }
        return edit { $0.insert(Self.oneLine(text)) }
    }

    /// `text` on one line: CR, LF and CRLF as one space each, the final ones dropped.
    static func oneLine(_ text: String) -> String {
        var lines = TextEditor(text: text).text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: " ")
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
