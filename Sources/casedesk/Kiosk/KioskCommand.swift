import ArgumentParser
import CaseDomain
import Foundation

/// `casedesk kiosk`: the read-only office display.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Show the read-only office display: this week's hearings, deadlines, an office summary.",
        discussion: """
            Shows no client names, A-numbers or other client facts: matter numbers (or opaque codes), event \
            kinds, dates, countdowns, evidence counts and staff initials. Reads the store read-only, or with \
            --board a file `casedesk publish-board` writes, so the kiosk's account needs no access to the \
            store. Pages turn every --rotate seconds and with the arrow keys; Ctrl-C, Ctrl-Z and Ctrl-\\ do \
            nothing; only Ctrl-Q twice within 2 seconds, or a signal, ends it.

            Examples:
              casedesk kiosk
              casedesk kiosk --board /srv/kiosk/board.json --rotate 30
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Show this board file instead of reading the store.")
    var board: String?

    @Option(help: "Seconds each page stays (1 to 3600).")
    var rotate = 20

    @Option(help: "A theme name (see `casedesk themes`) or a path to a .toml file.")
    var theme: String?

    @Flag(help: "ASCII digits and symbols.")
    var ascii = false

    func validate() throws {
        guard (1...3600).contains(rotate) else { throw ValidationError("--rotate: \(rotate) is not between 1 and 3600") }
        if board != nil, store.db != nil { throw ValidationError("--board and --db cannot be combined") }
        if board?.isEmpty == true { throw ValidationError("--board: give the file to show") }
        if store.create { throw ValidationError("--create: the kiosk never creates a store") }
    }

    func run() throws {
        let fixed = try Now.fixed(option: store.today)
        let source: any KioskSource = board.map { FileBoardSource(path: StoreLocation.expand($0), fixed: fixed) }
            ?? StoreBoardSource(options: store, fixed: fixed)
        let status = runKiosk(source: source, rotateSeconds: rotate, theme: theme, ascii: ascii,
                              environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}
