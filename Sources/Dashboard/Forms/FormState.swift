import CaseDomain

/// An open form: its values as typed, what it started from, the focused field and its editor, and the
/// checks of every field. `update` changes it; `FormView` draws it.
public struct FormState: Hashable, Sendable {
    public internal(set) var kind: FormKind
    /// The case it edits (nil for a new case).
    public let caseID: CaseID?
    /// The case as the form started from (what a save's merge compares against) and its version.
    public internal(set) var base: CaseFile?
    public internal(set) var baseVersion: Int?
    public private(set) var values: FormValues
    public let baseValues: FormValues
    /// The store and user the draft belongs to.
    let store: String
    let user: String
    var today: CivilDate
    /// The fields for the current values, their problems, and which one has the focus.
    private(set) var fields: [FieldSpec] = []
    private(set) var problems: [String: String] = [:]
    /// A problem of the case as a whole that no field names.
    private(set) var formProblem: String?
    private(set) var focus = 0
    private(set) var editor = TextEditor()
    /// The first row of the form shown (a long form scrolls).
    var scroll = 0
    /// A save was asked for: blank required fields say so from now on.
    var attemptedSave = false
    /// Esc on a changed form asked whether to discard it.
    var isConfirmingDiscard = false
    /// Someone else changed the case since the form opened: the save will merge.
    var changedElsewhere = false
    /// A save is under way: the edits sent, at which version.
    var saving: PendingSave?
    /// A new case is being created.
    var creating = false
    /// What the last save said when it did not save (the store was busy, a rule refused it).
    var saveProblem: String?
    /// Stored cases with the same A-number, or the same name and birth date (a new case only).
    var duplicates: [PossibleDuplicate] = []
    /// The conflict screen, when a save met someone else's changes to the same fields.
    var conflict: ConflictState?

    /// A form opened on `base` (nil for a new case), starting from its stored values.
    public init(kind: FormKind, caseID: CaseID?, base: CaseFile?, baseVersion: Int?, store: String, user: String,
                today: CivilDate) {
        let values = kind.startingValues(of: base, today: today)
        self.init(kind: kind, caseID: caseID, base: base, baseVersion: baseVersion, values: values, baseValues: values,
                  store: store, user: user, today: today)
    }

    /// A form reopened from its draft, on the case as it is now (`base` at `baseVersion`; nil for a new
    /// case, or a case that is gone, which reopens as a new case). What the draft changed (its values that
    /// differ from those it started from) is laid over the case's values now, so what someone else saved
    /// since is kept; a field both changed keeps what was typed, and the form says the case changed.
    public init(restoring draft: FormDraft, base: CaseFile?, baseVersion: Int?, today: CivilDate) {
        var kind = FormKind(name: draft.kind, itemID: draft.itemID.flatMap { ItemID($0) }) ?? .newCase
        let caseID = base == nil ? nil : draft.caseID.flatMap { CaseID($0) }
        if caseID == nil, kind != .newCase { kind = .newCase }
        let now = kind == .newCase && base == nil ? draft.baseValues : kind.startingValues(of: base, today: today)
        var values = now
        for (key, typed) in draft.values where typed != (draft.baseValues[key] ?? "") { values[key] = typed }
        self.init(kind: kind, caseID: caseID, base: base, baseVersion: baseVersion, values: values, baseValues: now,
                  store: draft.store, user: draft.user, today: today)
        changedElsewhere = baseVersion != nil && draft.baseVersion != baseVersion
    }

    init(kind: FormKind, caseID: CaseID?, base: CaseFile?, baseVersion: Int?, values: FormValues, baseValues: FormValues,
         store: String, user: String, today: CivilDate) {
        self.kind = kind
        self.caseID = caseID
        self.base = base
        self.baseVersion = baseVersion
        self.values = values
        self.baseValues = baseValues
        self.store = store
        self.user = user
        self.today = today
        refresh()
        focus(on: 0)
    }

    /// What the draft file keeps. `savedAt` is stamped by whoever writes it.
    public var draft: FormDraft {
        FormDraft(store: store, user: user, kind: kind.name, caseID: caseID?.rawValue, itemID: kind.itemID?.rawValue,
                  baseVersion: baseVersion, values: values, baseValues: baseValues, savedAt: "")
    }

    /// Something was typed since the form opened.
    public var isChanged: Bool {
        values.filter { !$0.value.isEmpty } != baseValues.filter { !$0.value.isEmpty }
    }

    /// Every field passes its check and the case as a whole passes validation: it may be saved.
    public var isValid: Bool { problems.isEmpty && formProblem == nil }

    var focusedField: FieldSpec? { fields.indices.contains(focus) ? fields[focus] : nil }

    var reader: FormReader { FormReader(values: values, today: today) }

    // MARK: Changing it

    /// Moves the focus to the field at `index` (clamped), its editor holding its text with the cursor at the end.
    mutating func focus(on index: Int) {
        focus = max(0, min(fields.count - 1, index))
        let field = focusedField
        editor = TextEditor(text: field.map { values[$0.key] ?? "" } ?? "", multiline: field?.kind.isMultiline ?? false)
    }

    /// Moves the focus to the field with this key, when the form shows it.
    mutating func focus(key: String) {
        if let index = fields.firstIndex(where: { $0.key == key }) { focus(on: index) }
    }

    /// Sets a field's value and checks the form again.
    mutating func set(_ key: String, to value: String) {
        values[key] = value
        refresh()
        if let field = focusedField, field.key == key, field.kind.isText, editor.text != value {
            editor = TextEditor(text: value, multiline: field.kind.isMultiline)
        }
    }

    /// The focused field's text after its editor changed.
    mutating func editorChanged(_ edited: TextEditor) {
        editor = edited
        guard let field = focusedField else { return }
        values[field.key] = edited.text
        let focusedKey = field.key
        refresh()
        // A changed kind can add or remove fields: keep the focus on the field being typed in.
        if focusedField?.key != focusedKey, let index = fields.firstIndex(where: { $0.key == focusedKey }) { focus = index }
    }

    mutating func switchKind(to kind: FormKind) {
        self.kind = kind
        refresh()
        focus(on: 0)
    }

    /// The fields for the values as they are, each field's check, and the case's own validation of what
    /// saving would store (so the form refuses exactly what the store would).
    mutating func refresh() {
        fields = kind.fields(values)
        var found: [String: String] = [:]
        for field in fields {
            if let problem = FieldChecks.problem(values[field.key] ?? "", kind: field.kind, today: today) {
                found[field.key] = problem
            }
        }
        problems = found
        formProblem = nil
        guard found.isEmpty else { return }
        switch kind.outcome(reader, base: base) {
        case .incomplete, .needsReason, .administration:
            // A change of the directory or the settings is checked by the store, with its message.
            return
        case .newCase(let file):
            do { _ = try CaseEditor.checked(file) } catch { place(error) }
        case .edits(let edits):
            guard let base else { return }
            let context = EditContext(user: user, newVersion: (baseVersion ?? 0) + 1)
            do { _ = try CaseEditor.apply(edits, to: base, context: context) } catch { place(error) }
        }
    }

    /// Puts a problem of the whole case beside the field it names, or at the top of the form.
    private mutating func place(_ problem: EditProblem) {
        if let key = fieldKey(for: problem.field) {
            problems[key] = problem.message
        } else {
            formProblem = problem.field + " " + problem.message
        }
    }

    /// The field a case path names: the case form's keys are paths; an item form's are the item's own
    /// fields (`events[3].title` is `title`). A path into a list (`client.languages[1]`) names the list's field.
    func fieldKey(for path: String) -> String? {
        let keys = Set(fields.map(\.key))
        var candidate = path
        if kind != .newCase, kind != .editCase, let dot = path.firstIndex(of: "."), path[..<dot].hasSuffix("]") {
            candidate = String(path[path.index(after: dot)...])
        }
        while !candidate.isEmpty {
            if keys.contains(candidate) { return candidate }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            candidate = String(candidate[..<cut])
        }
        return nil
    }
}

/// A save under way: the case, the edits sent, the case they were made on and its version. A conflict
/// merges the edits' result with the case as someone else saved it.
struct PendingSave: Hashable, Sendable {
    var caseID: CaseID
    var base: CaseFile
    var edits: [CaseEdit]
    var version: Int
}
