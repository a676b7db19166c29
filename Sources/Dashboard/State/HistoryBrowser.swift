import CaseDomain

/// The `H` overlay's state: whose history, the entries once loaded, which one is selected, and whether
/// a restore of it waits for its `y`.
public struct HistoryBrowser: Hashable, Sendable {
    public var caseID: CaseID
    public var matter: String
    /// nil while it loads.
    public var entries: [HistoryEntry]?
    public var selected = 0
    /// `u` was pressed on the selected entry: `y` restores, anything else does not.
    public var isConfirming = false
    /// Why the history could not be read.
    public var failure: String?

    public init(caseID: CaseID, matter: String) {
        self.caseID = caseID
        self.matter = matter
    }

    public var current: HistoryEntry? {
        guard let entries, entries.indices.contains(selected) else { return nil }
        return entries[selected]
    }

    mutating func move(by delta: Int) {
        guard let entries, !entries.isEmpty else { return }
        selected = max(0, min(entries.count - 1, selected.addingClamped(delta)))
    }
}
