import CaseDomain

extension DashboardState {
    /// Runs a command line through the command table: its usage and errors come from there.
    mutating func run(command text: String) -> [Effect] {
        switch CommandTable.parse(text) {
        case nil: return []
        case .failure(let error)?:
            message = StatusMessage(error.message, isError: true)
            return []
        case .success(let command)?: return run(command)
        }
    }

    mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .goto(let matter): return goto(matter: matter)
        case .theme(let name): return [.setTheme(name: name)]
        case .sort(let order):
            sort = order
            refreshVisible()
            keepVisible(.cases)
            return []
        case .drafts: return showDraftOffer()
        case .deleted: return showDeleted()
        case .administer(let topic, nil): return showAdmin(topic)
        case .administer(_, let change?): return administer(change)
        case .quit: return [.quit]
        }
    }

    /// Selects a case by matter number (clearing a filter that hides it) and opens its panes.
    mutating func goto(matter: String) -> [Effect] {
        guard let found = allCases.first(where: { $0.matter.lowercased() == matter.lowercased() }) else {
            message = StatusMessage("No case " + TextSafety.quoted(matter), isError: true)
            return []
        }
        var effects: [Effect] = []
        if !visibleCases.contains(where: { $0.id == found.id }) { effects += applyFilter("") }
        if let index = visibleCases.firstIndex(where: { $0.id == found.id }) {
            // Clearing the filter may have selected another case first: load only the one asked for.
            effects = effects.filter { if case .loadCase = $0 { false } else { true } }
            effects += select(caseAt: index)
        }
        focus = detailTab
        return effects
    }

    /// Tab on the command line: completes the command or its argument; several choices are listed in
    /// the hint bar, none is said there.
    mutating func complete() -> [Effect] {
        guard var line = input, line.purpose == .command else { return [] }
        let themes = themeNames, cases = allCases
        let completion = CommandTable.complete(line.text) { argument, prefix in
            CommandTable.candidates(argument, prefix: prefix, themes: themes, matters: { cases.map(\.matter) })
        }
        switch completion {
        case .completed(let text):
            line.text = text
        case .narrowed(let text, let choices):
            line.text = text
            let shown = choices.prefix(8).joined(separator: "  ")
            message = StatusMessage(choices.count > 8 ? shown + "  … (\(choices.count))" : shown)
        case .failed(let error):
            message = StatusMessage(error.message, isError: true)
        }
        input = line
        return []
    }
}
