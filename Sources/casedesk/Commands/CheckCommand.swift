import ArgumentParser
import CaseStore

/// `casedesk check`: the integrity check of the store (and of its audit trail).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store's integrity; a damaged store exits with status 1.",
        discussion: """
            Example:
              casedesk check --db /srv/casedesk/firm.sqlite
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try store.context(readOnly: true)
        try context.store.integrityCheck()
        Streams.out("ok: \(context.location.path) passed the integrity check (\(try context.store.caseCount()) cases)\n")
    }
}
