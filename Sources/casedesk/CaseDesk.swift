import ArgumentParser
import CaseDomain
import CaseStore
import Terminal

#if canImport(Glibc)
import Glibc
#endif

/// The `casedesk` executable: the dashboard and the commands of docs/commands.md.
@main
struct CaseDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casedesk",
        abstract: "A case dashboard for asylum cases: deadlines, custody, evidence and the daily review.",
        discussion: "Computed deadlines are not legal advice: confirm every rule with the supervising attorney.",
        version: CaseDeskVersion.current,
        subcommands: [
            DashboardCommand.self, ReviewCommand.self, DeadlineCommand.self, RulesCommand.self, GenerateCommand.self, DemoCommand.self,
            ImportCommand.self, ExportCommand.self, CalendarCommand.self, ReportCommand.self, BackupCommand.self,
            CheckCommand.self, UpgradeCommand.self, InitStoreCommand.self, SettingsCommand.self, StaffCommand.self,
            ThemesCommand.self, KioskCommand.self, PublishBoardCommand.self, CopyStoreCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self)

    static func main() {
        // No Swift crash report (which can print memory, and so client data) and no core file, ever.
        ProcessHygiene.reexecWithoutSwiftBacktracer()
        ProcessHygiene.disableCoreDumps()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.description)
        } catch let error as ValidationError {
            // A bad value found while running (a date argument read in `run`): a usage error, status 64,
            // in one line (the root's usage would name the wrong command).
            Streams.err("casedesk: \(TextSafety.display(error.message))\n")
            Glibc.exit(64)
        } catch {
            exit(withError: error)
        }
    }

    /// One clear line on stderr and exit status 1: never a stack trace.
    static func fail(_ message: String) -> Never {
        Streams.err("casedesk: \(TextSafety.display(message))\n")
        Glibc.exit(1)
    }
}
