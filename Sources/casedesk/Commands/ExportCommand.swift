import ArgumentParser
import CaseDomain
import CaseFormats
import CaseStore

/// `casedesk export`: every case, as `casedesk/2` JSON or as the CSV case list.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every case as JSON (casedesk/2) or CSV; the export is recorded in the audit trail.",
        discussion: """
            JSON holds every part of every case: importing it into an empty store and exporting again gives \
            the same bytes. CSV holds the columns of docs/formats.md plus nextDeadline, nextDeadlineRule and nextHearing, \
            with formula-like fields neutralised. A file named by --out is created with mode 0600 and \
            appears only when complete.

            Examples:
              casedesk export --format json --out /secure/cases.json
              casedesk export --format csv > cases.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "json or csv.")
    var format: Format = .json

    @Option(help: ArgumentHelp("The file to write (default: stdout).", valueName: "file"))
    var out: String?

    func run() throws {
        let context = try store.context()
        let output = try OutputFile(path: out)
        let total = try context.store.caseCount()
        try context.store.recordDataOut(.export(format: format.rawValue, cases: total), destination: output.name)
        var progress = ProgressBar(label: "export", total: output.isStandardOutput ? 0 : total)
        var done = 0
        do {
            switch format {
            case .json:
                var writer = CaseJSONWriter { try output.write($0) }
                try context.store.forEachCase { stored in
                    try writer.write(stored.file)
                    done += 1
                    if done % 1000 == 0 { progress.update(done) }
                }
                try writer.finish()
            case .csv:
                let engine = context.engine
                let today = context.now.date
                var writer = CaseCSVWriter { try output.write($0) }
                try context.store.forEachCase { stored in
                    try writer.write(Self.row(stored.file, engine: engine, today: today))
                    done += 1
                    if done % 1000 == 0 { progress.update(done) }
                }
                try writer.finish()
            }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        progress.update(done)
        progress.finish()
        if !output.isStandardOutput {
            Streams.err("export: wrote \(done) cases to \(TextSafety.display(output.name))\n")
        }
    }

    /// The CSV row of a case: its columns plus the next pending deadline and the next scheduled hearing.
    static func row(_ file: CaseFile, engine: DeadlineEngine, today: CivilDate) -> CSVExportRow {
        let next = engine.items(for: file, today: today).filter(\.state.isPending).min(by: DeadlineItem.dueOrder)
        let hearing = file.events.filter { $0.kind.isHearing && $0.isScheduledAppointment && $0.date >= today }
            .map(\.date).min()
        return CSVExportRow(file: file, nextDeadline: next?.due, nextDeadlineRule: next?.rule, nextHearing: hearing)
    }
}
