import CaseDomain

/// Remembers the matters and A-numbers seen so far in one import (one or several files), so that a
/// second case with the same matter, or a second person with the same A-number, is an error naming
/// where the first one was. Pass the same registry to every file of one `import` command.
public struct ImportRegistry: Sendable {
    private var matters: [String: String] = [:]
    private var aNumbers: [ANumber: String] = [:]

    public init() {}

    /// Records `matter` as found at `location` (e.g. `cases.json:12`); returns the earlier location when
    /// the matter was already taken.
    public mutating func claim(matter: String, at location: String) -> String? {
        if let earlier = matters[matter] { return earlier }
        matters[matter] = location
        return nil
    }

    /// Records an A-number (of a client or a family member); returns the earlier location when taken.
    public mutating func claim(aNumber: ANumber, at location: String) -> String? {
        if let earlier = aNumbers[aNumber] { return earlier }
        aNumbers[aNumber] = location
        return nil
    }

    /// The duplicate checks of one decoded case, as (path relative to the case, message) pairs.
    mutating func duplicates(in file: CaseFile, location: (String) -> String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if let earlier = claim(matter: file.matter, at: location("matter")) {
            problems.append(ValidationProblem(
                path: "matter", message: "\(TextSafety.quoted(file.matter)) is already the matter of \(earlier)"))
        }
        var people: [(path: String, number: ANumber)] = []
        if let number = file.client.aNumber { people.append(("client.aNumber", number)) }
        for (index, member) in file.family.enumerated() {
            if let number = member.aNumber { people.append(("family[\(index)].aNumber", number)) }
        }
        for person in people {
            if let earlier = claim(aNumber: person.number, at: location(person.path)) {
                // The number itself is not repeated: the earlier place is enough to find both.
                problems.append(ValidationProblem(path: person.path, message: "the same A-number is already given at \(earlier)"))
            }
        }
        return problems
    }
}
