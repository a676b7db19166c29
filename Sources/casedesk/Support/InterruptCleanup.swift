import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Files to remove when Ctrl-C, SIGTERM or SIGHUP stops the process while it writes them: a half-written
/// export or backup holds client data and must not stay behind, not even under a hidden name.
///
/// The paths are copied into C strings up front, so the signal handler only calls `unlink`, restores the
/// default action and raises the signal again (all async-signal-safe); the process then ends as it would
/// have without the handler.
enum InterruptCleanup {
    private static let capacity = 4

    /// Registers `path` for removal on a signal until `unregister(path)`.
    static func register(_ path: String) {
        let slots = pendingRemovals  // made before any handler exists
        installHandlers
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back on this thread, then lets any that arrived
    /// through: creating a file and registering it is one step for a signal, so none can end the process
    /// between the two and leave the file behind.
    static func withSignalsHeld<Result>(_ body: () throws -> Result) rethrows -> Result {
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    static func unregister(_ path: String) {
        for index in 0..<capacity {
            guard let registered = pendingRemovals[index], String(cString: registered) == path else { continue }
            pendingRemovals[index] = nil
            free(registered)
        }
    }

    /// Handles each signal whose action is the default; one the parent set to be ignored (`nohup`, a
    /// background job's SIGINT) stays ignored.
    private static let installHandlers: Void = {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(signalNumber) { received in
                for index in 0..<InterruptCleanup.capacity {
                    if let path = pendingRemovals[index] { unlink(path) }
                }
                _ = signal(received, SIG_DFL)
                _ = raise(received)
            }
            // Function pointers are compared by address.
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = signal(signalNumber, SIG_IGN)
            }
        }
    }()
}

/// The registered paths (nil where free); allocated once, before any handler can run.
private nonisolated(unsafe) let pendingRemovals: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 4)
    slots.initialize(repeating: nil, count: 4)
    return slots
}()
