import CaseDomain

/// What `:deleted` lists: the cases deleted and not brought back, newest first.
public struct DeletedList: Hashable, Sendable {
    /// nil while it loads.
    public var cases: [DeletedCase]?
    public var selected = 0
    public var failure: String?

    public init() {}

    public var current: DeletedCase? {
        guard let cases, cases.indices.contains(selected) else { return nil }
        return cases[selected]
    }

    mutating func move(by delta: Int) {
        guard let cases, !cases.isEmpty else { return }
        selected = max(0, min(cases.count - 1, selected.addingClamped(delta)))
    }
}

extension DashboardState {
    /// `:deleted`: the deleted cases, read off the input path.
    mutating func showDeleted() -> [Effect] {
        deleted = DeletedList()
        overlay = .deleted
        return [.loadDeleted]
    }

    mutating func deletedLoaded(_ cases: [DeletedCase]) -> [Effect] {
        guard var list = deleted else { return [] }
        list.cases = cases
        list.selected = min(list.selected, max(0, cases.count - 1))
        list.failure = nil
        deleted = list
        return []
    }

    mutating func deletedFailed(_ text: String) -> [Effect] {
        guard var list = deleted else { return [] }
        list.failure = text
        deleted = list
        return []
    }

    /// Enter on a deleted case: its history, where `u` on the deletion brings it back.
    mutating func openDeletedHistory() -> [Effect] {
        guard overlay == .deleted, let chosen = deleted?.current else { return [] }
        deleted = nil
        history = HistoryBrowser(caseID: chosen.caseID, matter: chosen.matter)
        overlay = .history
        return [.loadHistory(id: chosen.caseID)]
    }
}
