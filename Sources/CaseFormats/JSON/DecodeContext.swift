import CaseDomain

/// What the readers share while converting one file: where problems go and which fields of the
/// current case already have one (so validation does not report the same field twice).
final class DecodeContext {
    let file: String
    /// Where problems go; a case read ahead on another core keeps its own until it is its turn.
    var collector: ProblemCollector
    private(set) var reportedPaths = Set<String>()
    private(set) var caseFailed = false
    /// When set, values that `CaseValidation` refuses are listed here instead of failing the case: a stored
    /// case written by another tool or an older version must still open (its text shown inert).
    private(set) var refusedValues: [FormatError]?
    /// Values an earlier version accepted that this one refuses in forms (`ValidationProblem.Severity`):
    /// they do not fail the case; an import reports them as warnings.
    private(set) var formerlyAccepted: [FormatError] = []

    init(file: String, collector: ProblemCollector, keepingRefusedValues: Bool = false) {
        self.file = file
        self.collector = collector
        refusedValues = keepingRefusedValues ? [] : nil
    }

    func beginCase() {
        reportedPaths.removeAll(keepingCapacity: true)
        caseFailed = false
    }

    func report(_ path: String, at position: JSONPosition, _ message: String) {
        reportedPaths.insert(path)
        caseFailed = true
        collector.add(FormatError(file: file, line: position.line, column: position.column,
                                  field: path.isEmpty ? nil : path, message: message))
    }

    /// Reports validation problems found on converted parts of a case, located through the case's JSON.
    func report(_ problems: [ValidationProblem], casePath: String, caseValue: JSONValue) {
        for problem in problems {
            let path = casePath + "." + problem.path
            if reportedPaths.contains(path) { continue }
            if problem.severity == .formerlyAccepted {
                let position = caseValue.locate(problem.path)
                reportedPaths.insert(path)
                let found = FormatError(file: file, line: position.line, column: position.column, field: path,
                                        message: problem.message)
                if refusedValues != nil { refusedValues?.append(found) } else { formerlyAccepted.append(found) }
                continue
            }
            if refusedValues != nil {
                let position = caseValue.locate(problem.path)
                reportedPaths.insert(path)
                refusedValues?.append(FormatError(file: file, line: position.line, column: position.column,
                                                  field: path, message: problem.message))
                continue
            }
            report(path, at: caseValue.locate(problem.path), problem.message)
        }
    }
}

extension JSONValue {
    /// Where the value at a relative JSON path (`client.aNumber`, `events[2].title`) was written; when
    /// part of the path is absent, the position of the deepest value that exists.
    func locate(_ path: String) -> JSONPosition {
        var current = self
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var indexes: [Int] = []
            while let open = name.lastIndex(of: "["), name.last == "]",
                  let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indexes.insert(index, at: 0)
                name = name[..<open]
            }
            guard case .object(let members) = current.kind,
                  let member = members.first(where: { $0.key == name }) else { return current.position }
            current = member.value
            for index in indexes {
                guard case .array(let elements) = current.kind, elements.indices.contains(index) else {
                    return current.position
                }
                current = elements[index]
            }
        }
        return current.position
    }
}
