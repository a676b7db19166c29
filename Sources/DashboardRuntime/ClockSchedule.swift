/// When the run loop wakes on its own, in milliseconds of the monotonic clock: at the clock's next tick,
/// or at the idle lock's moment when that comes first. Pure: the loop hands it the time.
///
/// A tick moves the next one a period on, or a period from now when the loop was away longer than a
/// period (a suspended job, a sleeping machine): never a burst of ticks to catch up. A lock moment is
/// woken for once: after it has been delivered the schedule waits for the tick again, so a lock moment in
/// the past (the lock already shown, or refused) never makes the loop spin.
public struct ClockSchedule: Hashable, Sendable {
    /// The moment of the next tick.
    public private(set) var nextTickAt: Int
    /// The lock moment last delivered.
    private var deliveredLockAt: Int?

    /// What the loop's clock has for it at a moment.
    public enum Due: Hashable, Sendable {
        /// Nothing: wait again.
        case nothing
        /// The clock's tick (which looks at the idle lock too).
        case tick
        /// Only the idle lock's moment, before the tick.
        case lock
    }

    /// A schedule whose first tick is a period after `now`.
    public init(startingAt now: Int, periodMilliseconds: Int) {
        nextTickAt = now + max(1, periodMilliseconds)
    }

    /// When to wake next: the tick, or `lockAt` when it comes first and was not delivered yet.
    public func wakeAt(lockAt: Int?) -> Int {
        guard let lockAt, lockAt != deliveredLockAt else { return nextTickAt }
        return min(nextTickAt, lockAt)
    }

    /// What is due at `now`, taking it: a due tick moves the next one `periodMilliseconds` on (from now,
    /// if the loop was away longer than that), a due lock moment is not due again.
    public mutating func take(at now: Int, periodMilliseconds: Int, lockAt: Int?) -> Due {
        let period = max(1, periodMilliseconds)
        let lockIsDue = lockAt.map { $0 <= now && $0 != deliveredLockAt } ?? false
        if lockIsDue { deliveredLockAt = lockAt }
        guard now >= nextTickAt else { return lockIsDue ? .lock : .nothing }
        nextTickAt += period
        if nextTickAt <= now { nextTickAt = now + period }
        return .tick
    }
}
