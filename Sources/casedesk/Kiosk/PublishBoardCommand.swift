import ArgumentParser
import CaseDomain
import Kiosk

/// `casedesk publish-board`: the office display's board as a JSON file, for a kiosk that has no access to
/// the store.
struct PublishBoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish-board",
        abstract: "Write the office display's board (no client data) as a JSON file for `casedesk kiosk --board`.",
        discussion: """
            Opens the store read-only and writes no audit row, so publishing every minute costs the store \
            nothing. The file is replaced atomically and is mode 0644: it holds matter numbers (or opaque \
            codes with kioskOpaqueCodes), event kinds, dates, evidence counts and staff initials only.

            Examples:
              casedesk publish-board --out /srv/kiosk/board.json
              casedesk publish-board --out - --today 2026-11-30
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The file to write (- for standard output).")
    var out: String

    func validate() throws {
        if store.create { throw ValidationError("--create: publish-board never creates a store") }
    }

    func run() throws {
        let context = try StoreBoard.open(store, waitingForUpgrade: true)
        let board = try StoreBoard.board(from: context.store, now: context.now, settings: context.settings)
        let file = try OutputFile(path: out, mode: 0o644)
        do {
            try file.write(Array(try board.jsonData()))
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
