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

    /// `:goto MATTER`, `:theme NAME`, `:sort next|name|matter`, `:q`.
    mutating func run(command text: String) -> [Effect] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case "goto", "go", "g":
            guard let found = allCases.first(where: { $0.matter.lowercased() == argument.lowercased() }) else {
                message = StatusMessage("No case " + TextSafety.quoted(argument), isError: true)
                return []
            }
            var effects: [Effect] = []
            if !visibleCases.contains(where: { $0.matter == found.matter }) { effects += applyFilter("") }
            if let index = visibleCases.firstIndex(where: { $0.matter == found.matter }) {
                effects = effects.filter { $0 != .loadCase(matter: selectedMatter ?? "") }
                effects += select(caseAt: index)
            }
            focus = detailTab
            return effects
        case "theme":
            guard !argument.isEmpty else {
                message = StatusMessage("Usage: :theme NAME (casedesk themes lists them)", isError: true)
                return []
            }
            return [.setTheme(name: argument)]
        case "sort":
            guard let order = CaseSort(rawValue: argument.lowercased()) else {
                message = StatusMessage("Usage: :sort next|name|matter", isError: true)
                return []
            }
            sort = order
            refreshVisible()
            keepVisible(.cases)
            return []
        case "q", "quit":
            return [.quit]
        default:
            message = StatusMessage("Unknown command " + TextSafety.quoted(verb) + " (goto, theme, sort, quit)", isError: true)
            return []
        }
    }

    mutating func casesLoaded(_ cases: [CaseRow]) -> [Effect] {
        setCases(cases)
        hasLoadedCases = true
        isListPartial = false
        if selectedMatter != nil, selectedCaseIndex == nil {
            selectedMatter = nil
            detail = nil
        }
        return reselect()
    }

    /// A loaded case replaces the detail only if it is still the selected one; a reload of the same
    /// case keeps each pane's selection.
    mutating func caseLoaded(_ loaded: CaseDetail) -> [Effect] {
        guard loaded.file.matter == selectedMatter else { return [] }
        let isReload = detail?.file.matter == loaded.file.matter
        detail = loaded
        if !isReload { selection[.timeline] = firstCurrentRow() }
        for pane in [Pane.timeline, .custody, .evidence] {
            let count = PaneContent.count(pane, self)
            selection[pane] = max(0, min(count - 1, selection[pane] ?? 0))
            keepVisible(pane)
        }
        return []
    }

    mutating func caseMissing(_ matter: String) -> [Effect] {
        if matter == selectedMatter { detail = nil }
        message = StatusMessage("Case " + TextSafety.quoted(matter) + " is no longer in the store", isError: true)
        return [.reloadList]
    }

    /// The timeline row to start on: the first one dated today or later (what is coming), else the last.
    func firstCurrentRow() -> Int {
        let rows = TimelineView.rows(detail)
        return rows.firstIndex { $0.date >= today } ?? max(0, rows.count - 1)
    }
}
