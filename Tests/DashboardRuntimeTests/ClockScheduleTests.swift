import DashboardRuntime
import Testing

/// When the loop wakes on its own: the tick, the idle lock's moment, never a spin nor a burst.
@Suite struct ClockScheduleTests {
    @Test("Without a lock to come the loop wakes at the tick, and each tick moves the next one a period on")
    func ticks() {
        var schedule = ClockSchedule(startingAt: 1_000, periodMilliseconds: 10_000)
        #expect(schedule.wakeAt(lockAt: nil) == 11_000)
        #expect(schedule.take(at: 10_999, periodMilliseconds: 10_000, lockAt: nil) == .nothing)
        #expect(schedule.take(at: 11_003, periodMilliseconds: 10_000, lockAt: nil) == .tick)
        // On the period's grid, not drifting by how late the wake-up came.
        #expect(schedule.wakeAt(lockAt: nil) == 21_000)
        #expect(schedule.take(at: 11_004, periodMilliseconds: 10_000, lockAt: nil) == .nothing)
    }

    @Test("A lock moment before the tick is woken for at its moment, once")
    func lockBeforeTick() {
        var schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 10_000)
        #expect(schedule.wakeAt(lockAt: 4_000) == 4_000)
        #expect(schedule.take(at: 3_999, periodMilliseconds: 10_000, lockAt: 4_000) == .nothing)
        #expect(schedule.take(at: 4_000, periodMilliseconds: 10_000, lockAt: 4_000) == .lock)
        // Delivered: the tick is next, and the tick is still where it was.
        #expect(schedule.wakeAt(lockAt: 4_000) == 10_000)
        #expect(schedule.take(at: 10_000, periodMilliseconds: 10_000, lockAt: 4_000) == .tick)
        // A key moves the lock: its new moment is woken for.
        #expect(schedule.wakeAt(lockAt: 12_500) == 12_500)
    }

    @Test("A lock moment after the tick waits for the tick first")
    func lockAfterTick() {
        let schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 10_000)
        #expect(schedule.wakeAt(lockAt: 60_000) == 10_000)
    }

    @Test("After the lock's moment, with the lock not taken off the schedule, the loop does not spin")
    func noSpinAfterLock() {
        var schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 10_000)
        #expect(schedule.take(at: 5_000, periodMilliseconds: 10_000, lockAt: 2_000) == .lock)
        for now in [5_001, 6_000, 9_999] {
            #expect(schedule.wakeAt(lockAt: 2_000) == 10_000)
            #expect(schedule.take(at: now, periodMilliseconds: 10_000, lockAt: 2_000) == .nothing)
        }
    }

    @Test("A lock due with the tick is the tick (which locks too), and is not due again")
    func lockWithTick() {
        var schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 1_000)
        #expect(schedule.take(at: 1_000, periodMilliseconds: 1_000, lockAt: 1_000) == .tick)
        #expect(schedule.take(at: 1_001, periodMilliseconds: 1_000, lockAt: 1_000) == .nothing)
        #expect(schedule.wakeAt(lockAt: 1_000) == 2_000)
    }

    @Test("After a long sleep one tick comes, then the next a period later: no burst to catch up")
    func noBurstAfterSleep() {
        var schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 1_000)
        #expect(schedule.take(at: 3_600_000, periodMilliseconds: 1_000, lockAt: nil) == .tick)
        #expect(schedule.wakeAt(lockAt: nil) == 3_601_000)
        #expect(schedule.take(at: 3_600_001, periodMilliseconds: 1_000, lockAt: nil) == .nothing)
    }

    @Test("A new period counts from the tick that changed it")
    func periodChanges() {
        var schedule = ClockSchedule(startingAt: 0, periodMilliseconds: 1_000)
        #expect(schedule.take(at: 1_000, periodMilliseconds: 10_000, lockAt: nil) == .tick)
        #expect(schedule.wakeAt(lockAt: nil) == 11_000)
    }
}
