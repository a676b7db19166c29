import ArgumentParser
import CaseStore

/// `casedesk check`: the integrity check of the store (and of its audit trail).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store's integrity and schema; a damaged store or one needing an upgrade exits 1.",
        discussion: """
            A store whose schema is older than this casedesk's is reported with both versions and the \
            command that upgrades it (`casedesk upgrade`); the integrity check runs once it is upgraded.

            The check verifies the audit trail's hash chain and names the first broken row; it prints the \
            chain's head hash: keep it elsewhere to tell later that the trail up to it was not rewritten.

            Example:
              casedesk check --db /srv/casedesk/firm.sqlite
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try store.context(readOnly: true, waitingForUpgrade: false)
        let report = try context.store.integrityCheck()
        let cases = try context.store.caseCount()
        Streams.out("ok: \(context.location.path) passed the integrity check (\(cases) cases, schema version "
            + "\(SchemaStatus.currentVersion))\n")
        // Kept elsewhere (a printout, a backup's manifest), the head hash shows later that no audit row up
        // to it was rewritten (README, The audit trail).
        Streams.out("audit chain: \(report.auditRows) rows, head \(report.headHash)\n")
    }
}
