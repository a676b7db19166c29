import CaseDomain

/// Where the dashboard is in its store's change feed. It carries the store's own token without the
/// dashboard knowing its type: only the data source that made it unwraps it.
public struct FeedToken: Hashable, Sendable, CustomStringConvertible {
    private let value: any Hashable & Sendable

    public init(_ value: some Hashable & Sendable) {
        self.value = value
    }

    /// The store's token, when it is of `type`.
    public func unwrapped<T>(as type: T.Type) -> T? {
        value as? T
    }

    public static func == (lhs: FeedToken, rhs: FeedToken) -> Bool {
        AnyHashable(lhs.value) == AnyHashable(rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        AnyHashable(value).hash(into: &hasher)
    }

    public var description: String { String(describing: value) }
}

/// What changed in the store since a token, as the dashboard needs it: each changed case's new row,
/// the cases that are gone, and whether anything the whole screen depends on changed.
public struct FeedChanges: Hashable, Sendable {
    /// Where the feed is after these changes.
    public var token: FeedToken
    /// The rows of the cases created or changed.
    public var changedRows: [CaseRow]
    /// The rows of cases whose stored digests were brought up to date (no change to the case: its
    /// details and the day's review, computed for the date anyway, stay as they are).
    public var refreshedRows: [CaseRow]
    /// The cases removed.
    public var removed: Set<CaseID>
    /// Settings changed: every deadline may be different (lead days, closures, the time zone).
    public var settingsChanged: Bool
    /// Review marks changed: the header's review count.
    public var marksChanged: Bool
    /// The feed cannot say what changed since the token (it does not reach back that far, or the token
    /// is not this store's): everything is read again.
    public var reloadEverything: Bool

    public init(token: FeedToken, changedRows: [CaseRow] = [], removed: Set<CaseID> = [],
                settingsChanged: Bool = false, marksChanged: Bool = false, reloadEverything: Bool = false,
                refreshedRows: [CaseRow] = []) {
        self.token = token
        self.changedRows = changedRows
        self.refreshedRows = refreshedRows
        self.removed = removed
        self.settingsChanged = settingsChanged
        self.marksChanged = marksChanged
        self.reloadEverything = reloadEverything
    }

    /// Nothing the dashboard shows changed (the token may still have moved).
    public var isEmpty: Bool {
        changedRows.isEmpty && refreshedRows.isEmpty && removed.isEmpty && !settingsChanged && !marksChanged
            && !reloadEverything
    }
}
