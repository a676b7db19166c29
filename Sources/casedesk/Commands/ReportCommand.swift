import ArgumentParser
import CaseDomain
import CaseFormats
import CaseStore

/// `casedesk report MATTER`: the attorney's Markdown summary of one case.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of one case for the attorney.",
        discussion: """
            The client and case header, custody history with days detained, the timeline with computed \
            deadlines and their citations, the evidence checklist (missing items, translations needed) and \
            the last changes from the audit trail. Text from the store is escaped so it cannot change the \
            document's structure. The report is recorded in the case's audit trail.

            Examples:
              casedesk report 2026-0142 --out /secure/2026-0142.md
              casedesk report 2026-0142 | less
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The case's matter number.")
    var matter: String

    @Option(help: ArgumentHelp("The file to write (default: stdout).", valueName: "file"))
    var out: String?

    /// How many audit entries the report lists, newest last.
    static let changeCount = 20

    func run() throws {
        let context = try store.context()
        guard let stored = try context.store.loadCase(matter: matter) else {
            throw CLIError("no case \(TextSafety.quoted(matter)) in the store")
        }
        let today = context.now.date
        let deadlines = context.engine.items(for: stored.file, today: today)
        let changes = try (stored.file.id.map { try context.store.auditTrail(caseID: $0) } ?? []).suffix(Self.changeCount).map { entry in
            AuditLine(when: entry.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC"),
                      who: entry.user, what: Self.words(entry))
        }
        let output = try OutputFile(path: out)
        try context.store.recordDataOut(.report(matter: stored.file.matter), destination: output.name)
        let report = MarkdownReport(today: today) { RuleCatalog.rule($0).citation }
        let text = report.text(for: stored.file, deadlines: deadlines, changes: changes)
        do {
            // Data for a Markdown viewer; on a terminal the same text, with nothing that could drive it.
            try output.write(output.isStandardOutput ? TextSafety.display(text, keepingLineBreaks: true) : text)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
    }

    /// An audit entry in words: `import-case (imported from cases.json)`.
    static func words(_ entry: AuditEntry) -> String {
        var text = entry.action
        if let version = entry.caseVersion { text += ", version " + String(version) }
        if let detail = entry.detail { text += " (" + detail + ")" }
        return text
    }
}
