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
            throw CLIError("\(option): \(TextSafety.quoted(text)) is not a date (YYYY-MM-DD)")
        }
        return date
    }
}
