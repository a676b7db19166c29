import CaseDomain

/// Which cases changed since a point, so a screen refreshes case by case instead of reloading the list.
/// A change is what a person or a command did (every audited write); a digest refresh is not one.
public protocol ChangeFeed: AnyObject, Sendable {
    /// The point the store is at now.
    func changeToken() throws -> ChangeToken
    /// What changed after `token`, and the point after it.
    func changes(since token: ChangeToken) throws -> StoreChanges
    /// Descriptors a run loop should wake on for this store's notifications: readable after every
    /// commit by any process (a server's `LISTEN` socket, a file store's inotify watch), emptied by
    /// `changes(since:)`. Empty when the store cannot announce (the server unreachable, no inotify to be
    /// had): screens then ask `changes(since:)` once a second. Asking makes them (a command that never
    /// asks holds none).
    var notificationDescriptors: [Int32] { get }
}

/// A point in a store's history. Opaque: compare only tokens of one store.
public struct ChangeToken: Hashable, Comparable, Sendable {
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    public static func < (a: ChangeToken, b: ChangeToken) -> Bool { a.rawValue < b.rawValue }
}

/// What changed between two tokens.
public struct StoreChanges: Hashable, Sendable {
    public var token: ChangeToken
    /// Cases created, changed or removed.
    public var cases: Set<CaseID>
    /// A setting (some move every deadline), a court closure.
    public var settingsChanged: Bool
    public var staffChanged: Bool
    public var marksChanged: Bool

    public init(token: ChangeToken, cases: Set<CaseID> = [], settingsChanged: Bool = false,
                staffChanged: Bool = false, marksChanged: Bool = false) {
        self.token = token
        self.cases = cases
        self.settingsChanged = settingsChanged
        self.staffChanged = staffChanged
        self.marksChanged = marksChanged
    }

    public var isEmpty: Bool { cases.isEmpty && !settingsChanged && !staffChanged && !marksChanged }
}
