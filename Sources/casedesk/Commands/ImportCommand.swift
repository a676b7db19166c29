import ArgumentParser
import CaseDomain
import CaseFormats
import CaseStore
import Foundation

/// `casedesk import FILE…`: strict, all-or-nothing import of JSON exports and CSV case lists.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import cases from JSON (casedesk/2, or casedesk/1) and CSV case lists, all or nothing.",
        discussion: """
            Every file is checked strictly (docs/formats.md) and against the store: a matter or A-number already \
            in the store is an error. Every problem is listed as FILE:LINE[:COLUMN]: FIELD: what is wrong \
            (up to 100 per file) and then nothing at all is written. All the files of one command are one \
            transaction. New cases from CSV get the starting evidence checklist of their grounds; JSON \
            cases are stored exactly as the file holds them.

            --update replaces an existing case entirely with its JSON case, and changes only the columns a \
            CSV file has. Logins not in the staff directory are imported as given, with a warning.

            Examples:
              casedesk import --dry-run intake.csv
              casedesk import cases.json more.csv
              casedesk import --update corrections.csv
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The files to import (.json or .csv).", valueName: "file"))
    var files: [String]

    @Flag(help: "Check everything and say what would be imported; write nothing.")
    var dryRun = false

    @Flag(help: "Replace existing cases (JSON) or update the columns given (CSV) instead of refusing them.")
    var update = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to import") }
    }

    func run() throws {
        let inputs = try files.map(ImportInput.init(path:))
        let (location, mayCreate) = try store.target(creating: !dryRun)
        if mayCreate, !CaseStores.exists(at: location.path) {
            // A new store is made only for an import that will succeed: checked against nothing first, a file
            // with problems (or a dry run) leaves no empty store behind.
            let check = ImportRun(currentUser: "", update: update, dryRun: true, staff: [])
            try check.check(inputs, forNewStoreAt: location.path)
            if dryRun || !check.problems.isEmpty { return try report(check, inputs: inputs, into: location.path) }
        }
        let context = try store.context(readOnly: dryRun, creating: !dryRun)
        let run = ImportRun(currentUser: context.store.currentUser, update: update, dryRun: dryRun,
                            staff: Set(try context.store.staff().map(\.login)))
        try run.run(inputs, into: context.store)
        try report(run, inputs: inputs, into: context.location.path)
    }

    /// Prints the warnings, then the problems (exit 1) or what was (or would be) imported.
    private func report(_ run: ImportRun, inputs: [ImportInput], into path: String) throws {
        for warning in run.warnings { Streams.err(TextSafety.display("import: warning: " + warning) + "\n") }
        guard run.problems.isEmpty else {
            for problem in run.problems { Streams.err(TextSafety.display("import: " + problem.description) + "\n") }
            let files = Set(run.problems.map(\.file)).count
            let more = run.truncated ? " (and more not listed)" : ""
            Streams.err("import: \(Self.count(run.problems.count, "problem"))\(more) in \(files) of "
                        + "\(Self.count(inputs.count, "file")); "
                        + "nothing was imported\n")
            throw ExitCode.failure
        }
        let counts = "\(run.inserted) new \(run.inserted == 1 ? "case" : "cases"), \(run.replaced) updated"
        let fileCount = Self.count(inputs.count, "file")
        if dryRun {
            Streams.out("import: dry run: would import \(counts) from \(fileCount); nothing was written\n")
        } else {
            Streams.out("import: imported \(counts) from \(fileCount) into " + TextSafety.display(path) + "\n")
        }
    }

    /// "1 file", "3 files".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}


/// One file to import: its bytes (mapped, not copied) and its kind by extension.
struct ImportInput {
    enum Kind { case json, csv }

    /// The name as given on the command line: what errors and the audit trail say.
    let name: String
    let kind: Kind
    let data: Data
    /// `data` is mapped from a regular file, so the reader may give its pages back as it goes.
    let isMapped: Bool

    init(path: String) throws {
        name = path
        switch (path as NSString).pathExtension.lowercased() {
        case "json": kind = .json
        case "csv": kind = .csv
        default: throw CLIError("\(TextSafety.display(path)): not a .json or .csv file")
        }
        let location = StoreLocation.expand(path)
        if let mapped = MappedFile.read(location) {
            data = mapped
            isMapped = true
            return
        }
        isMapped = false
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: location))
        } catch {
            throw CLIError("cannot read \(TextSafety.display(path)): the file is missing or unreadable")
        }
    }
}
