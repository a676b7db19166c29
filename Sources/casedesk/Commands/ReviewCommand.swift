import ArgumentParser
import CaseDomain

/// `casedesk review`: today's review queue, for scripts and e-mail.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Print the daily review queue: hearings, deadlines, detained clients, check-ins, evidence, stale cases.",
        discussion: """
            Lists the open cases where one person (you, by default) is the paralegal or the attorney, or \
            everyone's with --all; a login with no open case of its own gets the firm's queue. --team \
            prints each paralegal's progress for the day instead. Client names appear only with --names.

            Examples:
              casedesk review
              casedesk review --all --format json
              casedesk review --user mreyes --today 2026-11-30
              casedesk review --team
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The paralegal or attorney whose cases to list (default: you).")
    var user: String?

    @Flag(help: "Everyone's cases.")
    var all = false

    @Flag(help: "Each paralegal's progress for the day (4/12), not the items.")
    var team = false

    @Flag(help: "Include client names.")
    var names = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if all, user != nil { throw ValidationError("--user and --all cannot be combined") }
        if team, user != nil || all || names {
            throw ValidationError("--team cannot be combined with --user, --all or --names")
        }
    }

    func run() throws {
        let context = try store.context(readOnly: false)
        let date = context.now.date
        let login = context.store.currentUser
        if team {
            let queue = try context.store.reviewQueue(date: date, user: nil, viewer: login, team: true)
            let initials = Dictionary(try context.store.staff().map { ($0.login, $0.initials) }) { a, _ in a }
            switch format {
            case .json: Streams.out(ReviewOutput.teamJSON(queue, initials: initials))
            case .text: Streams.out(ReviewOutput.teamText(queue, initials: initials))
            }
            return
        }
        let subject: String? = all ? nil : (user ?? login)
        // Only your own queue falls back to the firm's: a --user with no cases is an empty queue.
        let queue = try context.store.reviewQueue(date: date, user: subject, viewer: login,
                                                  firmWhenNoCases: !all && user == nil)
        switch format {
        case .json: ReviewOutput.printJSON(queue.items, date: date, user: queue.user, names: names)
        case .text: Streams.out(ReviewOutput.text(queue, names: names))
        }
        ProcessEnd.keep(queue)
    }
}

/// Values a command has finished with just before the process exits, left to the exit to reclaim.
enum ProcessEnd {
    /// Keeps `value` alive until the process ends: a firm-wide queue holds over 100,000 items, and
    /// releasing them one by one took a tenth of `review --all`'s time for memory the exit frees at once.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
