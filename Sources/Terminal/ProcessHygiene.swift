import CTermShim
import Foundation
import Glibc

/// What the executable does first: keep crashes from printing memory to the screen or leaving cores.
public enum ProcessHygiene {
    /// Re-executes the program (`/proc/self/exe`, resolved) with `SWIFT_BACKTRACE=enable=no` added, when that variable is unset:
    /// Swift's backtracer would otherwise print registers and memory (client data) to the terminal.
    /// Returns only when nothing needed doing or the re-exec failed (then the program carries on).
    public static func reexecWithoutSwiftBacktracer(arguments: [String] = CommandLine.arguments) {
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        var environment = ProcessInfo.processInfo.environment.map { $0.key + "=" + $0.value }
        environment.append("SWIFT_BACKTRACE=enable=no")
        let cArguments = arguments.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        // Exec the resolved path, not /proc/self/exe itself, so the process keeps its name (ps, pgrep).
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        execve(path, cArguments, cEnvironment)
        // execve returned: it failed; keep running with the backtracer rather than not at all.
        for pointer in cArguments + cEnvironment { free(pointer) }
    }

    /// Core dumps off and the process not dumpable.
    public static func disableCoreDumps() {
        _ = cterm_disable_core_dumps()
    }
}
