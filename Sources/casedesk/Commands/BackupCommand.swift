import ArgumentParser
import CaseDomain
import CaseStore
import Foundation

/// `casedesk backup DEST`: a consistent, verified copy of the store, taken while others keep working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to DEST while others keep working; the copy is verified before it appears.",
        discussion: """
            The copy is a consistent snapshot (SQLite's VACUUM INTO) written under a hidden temporary name \
            beside DEST with mode 0600, synced to disk, checked with integrity_check, then renamed into \
            place: an interrupted backup never leaves a file at DEST, and an older file there stays whole \
            until the new copy is complete.

            To restore: stop every casedesk on the server, then copy the backup over the store file (and \
            remove the store's -wal and -shm files). See the README for keeping backups encrypted.

            Example:
              casedesk backup /var/backups/casedesk/$(date +%F).sqlite
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The backup file to write.")
    var destination: String

    func run() throws {
        // Read-only: a backup never waits for the write lock, so it runs during a long import.
        let context = try store.context(readOnly: true)
        let target = StoreLocation.expand(destination)
        let start = Date()
        guard let backups = context.store.backups else {
            // A PostgreSQL store is the server's to copy, consistently and while everyone works (README).
            throw CLIError("the store \(TextSafety.display(CaseStores.displayName(of: context.location.path))) is on a "
                           + "database server: back it up with pg_dump (or the server's point-in-time recovery); "
                           + "casedesk backup copies file stores only")
        }
        // The copy and the rollback journal the backend may write beside it.
        let temporaries = [backups.temporaryPath(for: target)].flatMap { [$0, $0 + "-journal"] }
        temporaries.forEach(InterruptCleanup.register)
        defer { temporaries.forEach(InterruptCleanup.unregister) }
        let size = try backups.backup(to: target)
        let seconds = Date().timeIntervalSince(start)
        let megabytes = Double(size) / 1_048_576
        Streams.err("backup: wrote \(TextSafety.display(target)) (\(String(format: "%.1f", megabytes)) MB in "
                    + "\(String(format: "%.1f", seconds)) s), integrity check ok\n")
    }
}
