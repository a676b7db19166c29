import CaseDomain
import CaseFormats
import CaseStore

/// One `import` command: every file read in turn inside one store transaction. Each case is checked
/// against the store (matter, A-numbers) before it is written; the transaction commits only when no file
/// had any problem and this is not a dry run.
final class ImportRun {
    /// The OS account the edits of `--update` name.
    let currentUser: String
    let update: Bool
    let dryRun: Bool
    let staff: Set<String>
    /// Every problem, file by file, in file order.
    private(set) var problems: [FormatError] = []
    private(set) var truncated = false
    private(set) var warnings: [String] = []
    private(set) var inserted = 0
    private(set) var replaced = 0
    private var registry = ImportRegistry()
    private var warnedLogins = Set<String>()

    /// Problems listed per file at most.
    static let errorLimit = 100

    init(currentUser: String, update: Bool, dryRun: Bool, staff: Set<String>) {
        self.currentUser = currentUser
        self.update = update
        self.dryRun = dryRun
        self.staff = staff
    }

    /// Imports into `store`, in one transaction of its own.
    func run(_ inputs: [ImportInput], into store: any CaseRepository) throws {
        try store.importSession(writing: !dryRun) { session in
            try importFiles(inputs, session: session)
            return (commit: problems.isEmpty && !dryRun, value: ())
        }
        warnAboutLogins()
    }

    /// Checks against a store not created yet (`NothingStored`): nothing is opened or created, and a run
    /// that is not a dry run fails at its first write.
    func check(_ inputs: [ImportInput], forNewStoreAt location: String) throws {
        try importFiles(inputs, session: NothingStored(location: location))
        warnAboutLogins()
    }

    private func importFiles(_ inputs: [ImportInput], session: any ImportTransaction) throws {
        for input in inputs {
            switch input.kind {
            case .json: try importJSON(input, session: session)
            case .csv: try importCSV(input, session: session)
            }
        }
    }

    private func warnAboutLogins() {
        if !staff.isEmpty || warnedLogins.isEmpty { return }
        let logins = warnedLogins.count == 1 ? "1 login was" : "\(warnedLogins.count) logins were"
        warnings.append("the staff directory is empty: \(logins) imported as given "
                        + "(add them with casedesk staff add)")
    }

    // MARK: JSON

    private func importJSON(_ input: ImportInput, session: any ImportTransaction) throws {
        var progress = ProgressBar(label: "import " + TextSafety.display(input.name) + " (KB)", total: input.data.count / 1024)
        var failure: (any Error)?
        var registry = self.registry
        let earlierProblems = !problems.isEmpty
        do {
            var decoder = CaseJSONDecoder(errorLimit: Self.errorLimit)
            decoder.releasesPagesBehind = input.isMapped
            try decoder.decode(input.data, file: input.name, registry: &registry) { decoded in
                guard failure == nil else { return [] }
                do {
                    let file = decoded.file
                    let found = try self.storeProblems(file, session: session) { path in
                        "\(input.name):\(decoded.position(of: path).line)"
                    }
                    if found.isEmpty, decoded.isClean, !earlierProblems {
                        try write(file, edits: nil, source: .imported(file: input.name), session: session)
                    }
                    self.warnFormerlyAccepted(decoded.warnings, matter: file.matter)
                    progress.update(decoded.endOffset / 1024)
                    return found
                } catch {
                    failure = error
                    return []
                }
            }
        } catch {
            problems += error.errors
            truncated = truncated || error.isTruncated
        }
        self.registry = registry
        progress.finish()
        if let failure { throw failure }
    }

    // MARK: CSV

    private func importCSV(_ input: ImportInput, session: any ImportTransaction) throws {
        let rows: [CSVCaseRow]
        do {
            rows = try CaseCSVReader(errorLimit: Self.errorLimit).read(input.data, file: input.name, registry: &registry)
        } catch {
            problems += error.errors
            truncated = truncated || error.isTruncated
            return
        }
        var found: [FormatError] = []
        let earlierProblems = !problems.isEmpty
        for row in rows {
            if found.count >= Self.errorLimit {
                truncated = true
                break
            }
            var file = row.file
            let stored = update ? try session.storedCase(matter: file.matter) : nil
            var rowProblems: [ValidationProblem]
            var edits: [CaseEdit]?
            if let stored {
                // The edits a paralegal would make, through the same rules (`CaseEditor`) as every edit.
                let merge = CSVMerge.edits(row, onto: stored.file)
                edits = merge
                do {
                    file = try CaseEditor.apply(merge, to: stored.file,
                                                context: EditContext(user: currentUser, newVersion: stored.version + 1))
                    rowProblems = []
                } catch {
                    rowProblems = [ValidationProblem(path: error.field, message: error.message)]
                }
            } else {
                file.evidence = StartingChecklists.items(for: file.grounds, language: file.client.languages.first)
                rowProblems = []
            }
            rowProblems += try storeProblems(file, session: session) { _ in "\(input.name):\(row.line)" }
            for problem in rowProblems {
                found.append(FormatError(file: input.name, line: row.line, field: Self.column(problem.path),
                                         style: .csvColumn, message: problem.message))
            }
            if found.isEmpty, !earlierProblems {
                try write(file, edits: edits, source: .imported(file: input.name), session: session)
            }
            warnFormerlyAccepted(row.warnings, matter: file.matter)
        }
        problems += found
    }

    /// The CSV column a problem's path names (`client.aNumber` → `aNumber`); the path itself otherwise.
    /// A problem of the custody history or the timeline that a row's edits caused names the row's column.
    static func column(_ path: String) -> String {
        if path.hasPrefix("custody") { return CSVColumn.custodyFrom.rawValue }
        if path.hasPrefix("events") { return CSVColumn.arrival.rawValue }
        let name = path.hasPrefix("client.") ? String(path.dropFirst("client.".count)) : path
        return CSVColumn(rawValue: name)?.rawValue ?? path
    }

    /// A value an earlier version accepted (a nationality `XX`) is imported as written, so that an export
    /// of an older store imports again; each is named, with its case and field, as a warning.
    private func warnFormerlyAccepted(_ found: [FormatError], matter: String) {
        for warning in found {
            var location = warning
            location.field = nil
            location.message = "case \(TextSafety.quoted(matter)), field \"\(warning.field ?? "")\": "
                + warning.message + " (imported as written)"
            warnings.append(location.description)
        }
    }

    // MARK: Against the store

    /// What the store says about a case: its matter taken (without --update), an A-number held by
    /// another case. Also notes logins unknown to the staff directory (a warning, not an error).
    private func storeProblems(_ file: CaseFile, session: any ImportTransaction,
                               location: (String) -> String) throws -> [ValidationProblem] {
        var found: [ValidationProblem] = []
        if !update, try session.contains(matter: file.matter) {
            found.append(ValidationProblem(
                path: "matter", message: "\(TextSafety.quoted(file.matter)) is already a case in the store "
                    + "(add --update to replace it)"))
        }
        if let id = file.id, let holder = try session.matter(ofCase: id), holder != file.matter {
            found.append(ValidationProblem(
                path: "id", message: "\(TextSafety.quoted(id.rawValue)) is already the id of case \(TextSafety.quoted(holder))"))
        }
        if update, let id = file.id, let stored = try session.storedCase(matter: file.matter), let storedID = stored.file.id,
           storedID != id {
            found.append(ValidationProblem(
                path: "id", message: "\(TextSafety.quoted(id.rawValue)) is not the id of the stored case "
                    + "\(TextSafety.quoted(file.matter)) (\(TextSafety.quoted(storedID.rawValue)))"))
        }
        var people: [(path: String, number: ANumber)] = []
        if let number = file.client.aNumber { people.append(("client.aNumber", number)) }
        for (index, member) in file.family.enumerated() {
            if let number = member.aNumber { people.append(("family[\(index)].aNumber", number)) }
        }
        for person in people {
            if let holder = try session.matter(holding: person.number), holder != file.matter {
                found.append(ValidationProblem(
                    path: person.path, message: "the A-number is already in the store (case \(TextSafety.quoted(holder)))"))
            }
        }
        var logins: [(path: String, login: String)] = []
        if let login = file.paralegal { logins.append(("paralegal", login)) }
        if let login = file.attorney { logins.append(("attorney", login)) }
        for (index, event) in file.events.enumerated() {
            if let login = event.recordedBy { logins.append(("events[\(index)].recordedBy", login)) }
        }
        for entry in logins where !staff.contains(entry.login) && warnedLogins.insert(entry.login).inserted && !staff.isEmpty {
            warnings.append("\(location(entry.path)): \(entry.path) \(TextSafety.quoted(entry.login)) is not in the "
                            + "staff directory (imported as given)")
        }
        return found
    }

    /// A new case is inserted; a stored one gets `edits` (a CSV row's), else is replaced by `file` entirely.
    private func write(_ file: CaseFile, edits: [CaseEdit]?, source: BulkSource,
                       session: any ImportTransaction) throws {
        let stored = try session.storedCase(matter: file.matter)
        if !dryRun {
            if let id = stored?.file.id {
                try session.apply(edits ?? [.replace(file)], to: id, source: source)
            } else {
                try session.insert(file, source: source)
            }
        }
        if stored != nil { replaced += 1 } else { inserted += 1 }
    }
}
