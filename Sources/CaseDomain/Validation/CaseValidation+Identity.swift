extension CaseValidation {
    /// Item ids are unique within their case (`docs/formats.md`, Stable ids).
    public static func identityProblems(of file: CaseFile) -> [ValidationProblem] {
        duplicates(file.custody.map(\.id), list: "custody") + duplicates(file.events.map(\.id), list: "events")
            + duplicates(file.evidence.map(\.id), list: "evidence")
    }

    private static func duplicates(_ ids: [ItemID?], list: String) -> [ValidationProblem] {
        var seen = Set<ItemID>()
        var problems: [ValidationProblem] = []
        for (index, id) in ids.enumerated() {
            guard let id, !seen.insert(id).inserted else { continue }
            problems.append(ValidationProblem(path: ProblemPath.member(ProblemPath.element(list, index), "id"),
                                              message: "\(TextSafety.quoted(id.rawValue)) is used twice in this case"))
        }
        return problems
    }
}
