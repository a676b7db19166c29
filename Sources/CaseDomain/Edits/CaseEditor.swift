/// Why an edit cannot be applied: the field (a path relative to the case, as `ValidationProblem`'s) and
/// what is wrong. Nothing is written.
public struct EditProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { field + " " + message }
}

/// Who makes an edit, and the version it creates (new items' ids come from it).
public struct EditContext: Hashable, Sendable {
    public var user: String
    public var newVersion: Int

    public init(user: String, newVersion: Int) {
        self.user = user
        self.newVersion = newVersion
    }
}

/// The one pure function that applies edits to a case and holds every rule of an edit: items exist, the
/// custody transition, a case closes and reopens once, ids are kept and new ones given, the text is
/// normalised and the whole case passes `CaseValidation`. A backend only stores what this returns.
public enum CaseEditor {
    public static func apply(_ edits: [CaseEdit], to file: CaseFile,
                             context: EditContext) throws(EditProblem) -> CaseFile {
        var result = file
        for edit in edits { try apply(edit, to: &result, context: context) }
        result.id = file.id
        result = CaseIdentity.assigningEditIDs(result, version: context.newVersion)
        return try checked(result)
    }

    /// The case as it will be stored (NFC text, ids unique), or the first problem the store must refuse.
    public static func checked(_ file: CaseFile) throws(EditProblem) -> CaseFile {
        let normalized = CaseNormalization.normalized(file)
        if let problem = CaseValidation.problems(in: normalized).first {
            throw EditProblem(field: problem.path, message: problem.message)
        }
        return normalized
    }

    private static func apply(_ edit: CaseEdit, to file: inout CaseFile,
                              context: EditContext) throws(EditProblem) {
        switch edit {
        case .recordEvent(var event):
            event.id = nil
            event.sequence = (file.events.map(\.sequence).max() ?? 0) + 1
            if event.recordedBy == nil { event.recordedBy = context.user }
            file.events.append(event)
        case .updateEvent(let id, var event):
            let index = try position(of: id, in: file.events, "events")
            event.id = id
            event.sequence = file.events[index].sequence
            file.events[index] = event
        case .removeEvent(let id):
            file.events.remove(at: try position(of: id, in: file.events, "events"))
        case .changeCustody(var period):
            period.id = nil
            period.to = nil
            for index in file.custody.indices where file.custody[index].to == nil {
                guard file.custody[index].from < period.from else {
                    throw EditProblem(field: "custody[\(index)].from",
                                      message: "\(file.custody[index].from.iso), when the current status began, is not "
                                          + "before the new status's date \(period.from.iso)")
                }
                file.custody[index].to = period.from
            }
            file.custody.append(period)
        case .correctCustody(let id, var period):
            let index = try position(of: id, in: file.custody, "custody")
            period.id = id
            file.custody[index] = period
        case .addEvidence(var item):
            item.id = nil
            file.evidence.append(item)
        case .updateEvidence(let id, var item):
            let index = try position(of: id, in: file.evidence, "evidence")
            item.id = id
            file.evidence[index] = item
        case .removeEvidence(let id):
            file.evidence.remove(at: try position(of: id, in: file.evidence, "evidence"))
        case .updateDetails(let details):
            details.apply(to: &file)
        case .close(let closure):
            guard file.closed == nil else { throw EditProblem(field: "closed", message: "the case is already closed") }
            file.closed = closure
        case .reopen:
            guard file.closed != nil else { throw EditProblem(field: "closed", message: "the case is not closed") }
            file.closed = nil
        case .replace(let new):
            if let id = new.id, let current = file.id, id != current {
                throw EditProblem(field: "id", message: "\"\(id)\" is not the id of the stored case (\"\(current)\")")
            }
            file = CaseIdentity.adoptingIDs(of: file, into: new)
        }
    }

    private static func position<Item: Identified>(of id: ItemID, in items: [Item],
                                                   _ list: String) throws(EditProblem) -> Int {
        guard let index = items.index(of: id) else {
            throw EditProblem(field: list, message: "has no item \(TextSafety.quoted(id.rawValue))")
        }
        return index
    }
}
