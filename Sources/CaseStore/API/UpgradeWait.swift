import Foundation

/// How a read-only opening (the kiosk's, a read-only command's) waits for a store's schema upgrade instead
/// of failing: it cannot apply migrations itself, so it retries until someone has (`casedesk upgrade`, or
/// any writable opening) or the limit has passed.
public struct UpgradeWait: Sendable {
    /// How long to wait in all before giving up.
    public var limit: TimeInterval
    /// How long between two attempts.
    public var interval: TimeInterval

    public init(limit: TimeInterval, interval: TimeInterval = 0.5) {
        self.limit = limit
        self.interval = interval
    }

    /// A minute: long enough for an administrator's upgrade right after an install, short enough that a
    /// forgotten one is reported.
    public static let standard = UpgradeWait(limit: 60)

    /// Calls `open` until it does not throw `StoreError.needsUpgrade`, calling `waiting` once before the first
    /// retry; any other error is thrown at once. After the limit the last `needsUpgrade` is thrown.
    public func open<Store>(waiting: () -> Void, _ open: () throws -> Store) throws -> Store {
        let deadline = Date(timeIntervalSinceNow: limit)
        var hasNoticed = false
        while true {
            do {
                return try open()
            } catch StoreError.needsUpgrade(let path) {
                guard Date() < deadline else { throw StoreError.needsUpgrade(path: path) }
                if !hasNoticed {
                    waiting()
                    hasNoticed = true
                }
                Thread.sleep(forTimeInterval: min(interval, max(0, deadline.timeIntervalSinceNow)))
            }
        }
    }
}
