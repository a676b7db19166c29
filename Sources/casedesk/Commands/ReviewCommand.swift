import ArgumentParser
import CaseDomain

/// `casedesk review`: today's review queue, for scripts and e-mail.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Print the daily review queue: hearings, deadlines, detained clients, check-ins, evidence, stale cases.",
        discussion: """
            Lists the open cases of one paralegal (you, by default) or of everyone with --all. Client names \
            appear only with --names.

            Examples:
              casedesk review
              casedesk review --all --format json
              casedesk review --user mreyes --today 2026-11-30
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The paralegal whose cases to list (default: you).")
    var user: String?

    @Flag(help: "Everyone's cases.")
    var all = false

    @Flag(help: "Include client names.")
    var names = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if all, user != nil { throw ValidationError("--user and --all cannot be combined") }
    }

    func run() throws {
        let context = try store.context(readOnly: false)
        let date = context.now.date
        let login = context.store.currentUser
        let subject: String? = all ? nil : (user ?? login)
        let items = try context.store.reviewQueue(date: date, user: subject, viewer: login)
        switch format {
        case .json: ReviewOutput.printJSON(items, date: date, user: subject, names: names)
        case .text: Streams.out(ReviewOutput.text(items, date: date, user: subject, names: names))
        }
    }
}
