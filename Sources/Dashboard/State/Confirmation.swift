import CaseDomain

/// A deletion asked for and waiting for `y` (any other key keeps the item).
public struct Confirmation: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case event(ItemID)
        case evidence(ItemID)
        case wholeCase
    }

    public var target: Target
    public var caseID: CaseID
    /// The version of the case the deletion was asked on.
    public var version: Int
    /// The question the hint bar shows.
    public var question: String
}

extension DashboardState {
    /// What the hint bar asks while a key is awaited: a deletion, or discarding a changed form.
    var question: String? {
        if let confirmation { return confirmation.question }
        if form?.isConfirmingDiscard == true { return "Discard what you typed? y discards, any other key goes back to the form" }
        return nil
    }
}
