import ArgumentParser
import CaseDomain
import CaseStore

/// `casedesk init-store LOCATION`: sets up a new store, above all in a PostgreSQL database made for it.
struct InitStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init-store",
        abstract: "Create a store's schema in an empty PostgreSQL database (or a new store file).",
        discussion: """
            A database that holds any table, a casedesk store included, is refused and left unchanged. The \
            password comes from ~/.pgpass or PGPASSWORD, never from the URL or casedesk's config; TLS is \
            libpq's sslmode. Run it once, as the role that is to own the tables (README, For administrators).

            Example:
              casedesk init-store 'postgresql://casedesk_owner@db.example.org:5432/casedesk?sslmode=verify-full'
            """)

    @Argument(help: ArgumentHelp("A postgresql:// URL, or the path of a store file that does not exist yet.",
                                 valueName: "url-or-path"))
    var location: String

    func validate() throws { try StoreLocation.checkOption(location) }

    func run() throws {
        let target = StoreLocation.expand(location)
        try CaseStores.initializeStore(at: target)
        Streams.out("created a casedesk store in \(TextSafety.display(CaseStores.displayName(of: target))) (schema version "
                    + "\(SchemaStatus.currentVersion))\n")
    }
}
