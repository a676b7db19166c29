import ArgumentParser
import CaseDomain

/// A runtime failure of a command: one line for the user, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}

/// Validation of command-line values, reported as usage errors (exit 64) by the argument parser.
enum ArgumentCheck {
    static func date(_ text: String, option: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            // A usage error wherever it is found (in `validate` or in `run`): exit status 64.
            throw ValidationError("\(option): \(TextSafety.quoted(text)) is not a date (YYYY-MM-DD)")
        }
        return date
    }
}
