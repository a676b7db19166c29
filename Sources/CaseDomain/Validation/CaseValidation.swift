/// The rules every case must satisfy before it is stored (docs/formats.md, docs/domain.md). The store and the command
/// line call `problems(in:)` before every write; the importers call the parts on the pieces they could
/// read, so that one bad event does not hide the problems of the others.
public enum CaseValidation {
    /// Matter numbers: one line, at most 32 characters.
    public static let matterLimit = 32
    /// The smallest bond an immigration judge may set (INA 236(a)(2)(A)).
    public static let minimumBond = 1_500

    /// Every problem of the case that refuses it, each with its path relative to the case; empty when it
    /// may be stored. Values an earlier version accepted are not among them (see `formerlyAccepted(in:)`).
    public static func problems(in file: CaseFile) -> [ValidationProblem] {
        allProblems(in: file).filter { $0.severity == .error }
    }

    /// The values of the case that this version would refuse in a form but that an earlier version
    /// accepted: reported as warnings when the case is read or imported.
    public static func formerlyAccepted(in file: CaseFile) -> [ValidationProblem] {
        allProblems(in: file).filter { $0.severity == .formerlyAccepted }
    }

    /// Every problem, whatever its severity.
    public static func allProblems(in file: CaseFile) -> [ValidationProblem] {
        var problems = headerProblems(of: file)
        problems += clientProblems(file.client, at: "client")
        for (index, member) in file.family.enumerated() {
            problems += familyProblems(member, at: ProblemPath.element("family", index))
        }
        let periods = Array(file.custody.enumerated())
        for (index, period) in periods {
            problems += custodyProblems(period, at: ProblemPath.element("custody", index))
        }
        problems += custodyHistoryProblems(periods.map { (index: $0.offset, period: $0.element) })
        for (index, event) in file.events.enumerated() {
            problems += eventProblems(event, at: ProblemPath.element("events", index))
        }
        for (index, item) in file.evidence.enumerated() {
            problems += evidenceProblems(item, at: ProblemPath.element("evidence", index))
        }
        return problems + identityProblems(of: file)
    }

    /// The case's own fields: matter, grounds, court, judge, staff logins.
    public static func headerProblems(of file: CaseFile) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if CodeChecks.isBlank(file.matter) {
            problems.append(ValidationProblem(path: "matter", message: "is required"))
        } else if let problem = TextSafety.problem(in: file.matter) {
            problems.append(ValidationProblem(path: "matter", message: problem.description))
        } else if file.matter.count > matterLimit {
            problems.append(ValidationProblem(
                path: "matter", message: "is \(file.matter.count) characters long (at most \(matterLimit))"))
        }
        var seen = Set<Ground>()
        for (index, ground) in file.grounds.enumerated() where !seen.insert(ground).inserted {
            problems.append(ValidationProblem(path: ProblemPath.element("grounds", index),
                                              message: "\"\(ground.rawValue)\" is listed twice"))
        }
        problems += text(file.court, at: "court")
        problems += text(file.judge, at: "judge")
        problems += text(file.paralegal, at: "paralegal")
        problems += text(file.attorney, at: "attorney")
        return problems
    }

    public static func clientProblems(_ client: Client, at path: String) -> [ValidationProblem] {
        var problems = required(client.name, at: ProblemPath.member(path, "name"))
        problems += text(client.latinName, at: ProblemPath.member(path, "latinName"))
        if let nationality = client.nationality {
            let field = ProblemPath.member(path, "nationality")
            if let problem = TextSafety.problem(in: nationality) {
                problems.append(ValidationProblem(path: field, message: problem.description))
            } else if !CodeChecks.hasNationalityShape(nationality) {
                problems.append(ValidationProblem(
                    path: field,
                    message: "\(TextSafety.quoted(nationality)) is not a country code (two capital letters, ISO 3166-1) or \"stateless\""))
            } else if !CodeChecks.isNationality(nationality) {
                problems.append(ValidationProblem(
                    path: field, message: "\(TextSafety.quoted(nationality)) is not an assigned ISO 3166-1 country code",
                    severity: .formerlyAccepted))
            }
        }
        var seen = Set<String>()
        for (index, language) in client.languages.enumerated() {
            let field = ProblemPath.element(ProblemPath.member(path, "languages"), index)
            problems += languageProblems(language, at: field)
            if !seen.insert(language).inserted {
                problems.append(ValidationProblem(path: field, message: "\(TextSafety.quoted(language)) is listed twice"))
            }
        }
        return problems
    }

    public static func familyProblems(_ member: FamilyMember, at path: String) -> [ValidationProblem] {
        required(member.name, at: ProblemPath.member(path, "name"))
            + text(member.latinName, at: ProblemPath.member(path, "latinName"))
            + text(member.relation, at: ProblemPath.member(path, "relation"))
    }

    public static func evidenceProblems(_ item: EvidenceItem, at path: String) -> [ValidationProblem] {
        var problems = required(item.title, at: ProblemPath.member(path, "title"))
        if let language = item.language {
            problems += languageProblems(language, at: ProblemPath.member(path, "language"))
        }
        problems += text(item.exhibit, at: ProblemPath.member(path, "exhibit"))
        let reasonPath = ProblemPath.member(path, "unavailableReason")
        if item.status == .unavailable {
            problems += required(item.unavailableReason ?? "", at: reasonPath,
                                 message: "is required when the status is \"unavailable\"")
        } else {
            problems += text(item.unavailableReason, at: reasonPath)
        }
        problems += text(item.notes, at: ProblemPath.member(path, "notes"), multiline: true)
        return problems
    }

    // MARK: - Shared text checks

    /// A present value must pass `TextSafety`.
    static func text(_ value: String?, at path: String, multiline: Bool = false) -> [ValidationProblem] {
        guard let value, let problem = TextSafety.problem(in: value, multiline: multiline) else { return [] }
        return [ValidationProblem(path: path, message: problem.description)]
    }

    /// A required one-line value: not blank, and safe.
    static func required(_ value: String, at path: String, message: String = "is required") -> [ValidationProblem] {
        if CodeChecks.isBlank(value) { return [ValidationProblem(path: path, message: message)] }
        return text(value, at: path)
    }

    static func languageProblems(_ language: String, at path: String) -> [ValidationProblem] {
        if let problem = TextSafety.problem(in: language) {
            return [ValidationProblem(path: path, message: problem.description)]
        }
        guard CodeChecks.isLanguageTag(language) else {
            return [ValidationProblem(
                path: path, message: "\(TextSafety.quoted(language)) is not a language tag (2 or 3 lowercase letters, BCP 47)")]
        }
        return []
    }
}
