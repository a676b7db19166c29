import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ReliabilitySupport
import ScreenKit
import Testing

/// RELIABILITY.md §5, in the forms: every hostile payload typed and pasted into every text field of every
/// form is refused at the field with a message (or, where the field may hold it, taken), and no frame
/// holds a control, bidi or invisible character or a cell that breaks the layout.
@Suite(.timeLimit(.minutes(20))) struct HostileFormTextTests {
    /// One text field of a form, with values that show it (an event's kind, a custody status) and make
    /// the rest of the form valid, so that the field's own check is the only one that can refuse.
    struct FormField: CustomStringConvertible {
        var kind: FormKind
        var values: FormValues
        var field: FieldSpec

        var description: String { "\(kind.name) \(field.key)" }
    }

    /// How a payload reaches the field: typed key by key, or in one bracketed paste.
    enum Entry: String, CaseIterable { case typed, pasted }

    static let size = Size(columns: 120, rows: 40)

    /// A dashboard on the samples, the first case open.
    static func loadedState() -> DashboardState {
        FormHarness(size: size).state
    }

    /// Every text field of every form. A choice that changes which fields a form shows (an event's kind,
    /// a custody status) is tried at each of its options, so a field shown for one of them is found.
    static func everyTextField() -> [FormField] {
        let state = loadedState()
        guard let detail = state.detail else { return [] }
        let file = detail.file
        var kinds: [FormKind] = [.newCase, .editCase, .recordEvent, .changeCustody, .addEvidence, .addStaff, .changeSetting]
        if let id = file.events.compactMap(\.id).first { kinds.append(.editEvent(id)) }
        if let id = file.custody.compactMap(\.id).first { kinds.append(.correctCustody(id)) }
        if let id = file.evidence.compactMap(\.id).first { kinds += [.editEvidence(id), .unavailableReason(id)] }
        kinds.append(.unavailableReason(nil))
        var found: [FormField] = []
        for kind in kinds {
            let start = kind.startingValues(of: file, today: state.today)
            var variants = [start]
            for field in kind.fields(start) {
                guard case .choice(let options, _) = field.kind else { continue }
                variants += options.map { start.merging([field.key: $0]) { $1 } }
            }
            var seen = Set<String>()
            for variant in variants {
                // Twice: a kind picked for a blank choice shows fields of its own.
                let once = filled(kind.fields(variant), variant)
                let values = filled(kind.fields(once), once)
                for field in kind.fields(values) where field.kind.isText && seen.insert(field.key).inserted {
                    found.append(FormField(kind: kind, values: values, field: field))
                }
            }
        }
        return found
    }

    /// `values` with every blank required field given a value its check takes.
    static func filled(_ fields: [FieldSpec], _ values: FormValues) -> FormValues {
        var values = values
        for field in fields where (values[field.key] ?? "").isEmpty {
            switch field.kind {
            case .line(required: true): values[field.key] = field.key == "matter" ? "2026-0999" : "Test value"
            case .date(_, required: true): values[field.key] = "2026-11-30"
            case .number(let range, required: true): values[field.key] = String(range.lowerBound)
            case .choice(let options, required: true): values[field.key] = options.first ?? ""
            default: break
            }
        }
        return values
    }

    /// The dashboard with `form` open on the first case, its field empty and focused.
    static func opened(_ form: FormField, on base: DashboardState) -> DashboardState {
        var state = base
        let detail = base.detail
        var values = form.values
        values[form.field.key] = ""
        let isCase = form.kind != .newCase && !form.kind.isAdministration
        state.form = FormState(kind: form.kind, caseID: isCase ? detail?.caseID : nil, base: isCase ? detail?.file : nil,
                               baseVersion: isCase ? detail?.version : nil, values: values, baseValues: values,
                               store: "sample", user: "mreyes", today: base.today)
        state.form?.focus(key: form.field.key)
        return state
    }

    /// The text a payload is entered as: typed, the 100 KB line is its first 300 characters (past a
    /// one-line field's 256, within a note's 65,536; typed key by key, the whole of it would take minutes).
    static func text(of payload: HostilePayload, _ entry: Entry) -> String {
        entry == .typed && payload.name == "100 KB line" ? String(payload.text.prefix(300)) : payload.text
    }

    /// Whether the field may hold the payload: a one-line field only the stacked marks a name may
    /// carry; notes also line breaks and tabs (a lone CR becomes a line break as it is typed) and text up
    /// to 65,536 characters; a date, an A-number, a login, a number, a code none of them.
    static func mayHold(_ payload: HostilePayload, text: String, field: FieldKind) -> Bool {
        switch field {
        case .line:
            payload.storable
        case .notes:
            payload.storable || ["CR overwrite", "LF in a one-line field", "CRLF", "TAB in a one-line field"].contains(payload.name)
                || (payload.name == "100 KB line" && text.count <= 65_536)
        default:
            false
        }
    }

    /// A scalar no frame may hold: C0 and C1 controls, DEL, bidi controls, zero-width and invisible
    /// format characters, the line and paragraph separators.
    static func isForbiddenOnScreen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// What is wrong with a frame: a forbidden scalar in a cell, a cell of more than four combining marks,
    /// or a row whose cells do not fill exactly the screen's width.
    static func frameProblems(_ screen: Screen) -> [String] {
        var problems: [String] = []
        for row in 0..<screen.size.rows {
            var columns = 0
            for column in 0..<screen.size.columns {
                let cell = screen[row, column]
                columns += cell.width
                if let bad = cell.text.unicodeScalars.first(where: isForbiddenOnScreen) {
                    problems.append("row \(row) column \(column): U+\(String(bad.value, radix: 16, uppercase: true))")
                }
                let marks = cell.text.unicodeScalars.filter { $0.properties.generalCategory == .nonspacingMark }.count
                if marks > DisplayWidth.combiningMarkLimit { problems.append("row \(row) column \(column): \(marks) marks") }
            }
            if columns != screen.size.columns { problems.append("row \(row): \(columns) columns") }
        }
        return problems
    }

    /// Whether an effect writes to the store.
    static func writes(_ effect: Effect) -> Bool {
        switch effect {
        case .save, .createCase, .deleteCase, .changeAdmin: true
        default: false
        }
    }

    @Test("The forms have the text fields a case, an event, custody, evidence, staff and a setting hold")
    func fieldsFound() {
        let found = Set(Self.everyTextField().map(\.description))
        for expected in ["new-case matter", "new-case client.name", "new-case family[0].relation", "edit-case judge",
                         "edit-case closed.date", "record-event place", "record-event days", "record-event expires",
                         "record-event notes", "edit-event title", "change-custody sponsor.address",
                         "change-custody bondAmount", "correct-custody to", "add-evidence exhibit", "edit-evidence notes",
                         "unavailable-reason unavailableReason", "add-staff initials", "change-setting value"] {
            #expect(found.contains(expected), "\(expected)")
        }
    }

    @Test("Every payload typed and pasted into every text field: refused at the field (or held where it may be), every frame inert and whole")
    func everyPayloadInEveryField() throws {
        let base = Self.loadedState()
        let fields = Self.everyTextField()
        try #require(fields.count >= 40, "only \(fields.count) text fields found")
        // Typed key by key a payload costs a check of the whole form per key: at CI size it is typed into
        // the first field of each kind of each form (the checks follow the kind), at full size into every
        // field; pasted, into every field at both sizes.
        let typedEverywhere = try ReliabilityScale.current() == .full
        var typedKinds: [String: Set<FieldKind>] = [:]
        var refused = 0, held = 0, typedFields = 0
        for form in fields {
            let typesHere = typedEverywhere || typedKinds[form.kind.name, default: []].insert(form.field.kind).inserted
            if typesHere { typedFields += 1 }
            let empty = Self.opened(form, on: base)
            // Only the emptied field itself may have a problem (a required one is blank).
            let others = (empty.form?.problems ?? [:]).filter { $0.key != form.field.key }
            try #require(others.isEmpty && empty.form?.formProblem == nil, "\(form): the form is not valid before the payload: \(others)")
            let titleRow = ScreenText.render(empty, size: Self.size).split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains(form.kind.title) }
            for payload in HostilePayload.all {
                for entry in Entry.allCases where entry == .pasted || typesHere {
                    let text = Self.text(of: payload, entry)
                    let context = "\(payload.name) \(entry.rawValue) into \(form)"
                    var state = empty
                    switch entry {
                    case .typed: for character in text { _ = state.handle(.character(character)) }
                    case .pasted: _ = state.handle(paste: text)
                    }
                    #expect(state.form?.kind == form.kind && state.form?.focusedField?.key == form.field.key, "\(context): the form moved")
                    let typedScreen = Renderer.render(state, size: Self.size)
                    #expect(Self.frameProblems(typedScreen).isEmpty, "\(context): \(Self.frameProblems(typedScreen).prefix(3))")
                    let lines = ScreenText.trimmed(typedScreen).split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(lines.firstIndex { $0.contains(form.kind.title) } == titleRow, "\(context): the form's title moved")
                    #expect(HostilePayload.rawPayloads(in: Array(ScreenText.trimmed(typedScreen).utf8)).isEmpty, "\(context)")

                    let problem = state.form?.problems[form.field.key]
                    let effects = state.handle(.ctrl("s"))
                    let savedScreen = Renderer.render(state, size: Self.size)
                    #expect(Self.frameProblems(savedScreen).isEmpty, "\(context), saved: \(Self.frameProblems(savedScreen).prefix(3))")
                    if Self.mayHold(payload, text: text, field: form.field.kind) {
                        held += 1
                        #expect(problem == nil, "\(context): refused: \(problem ?? "")")
                        #expect(state.message?.text.hasPrefix("Not saved: \(form.field.label) ") != true, "\(context)")
                        #expect(state.form?.values[form.field.key]?.unicodeScalars.contains("\r") != true, "\(context): a CR kept")
                    } else {
                        refused += 1
                        let message = state.message?.text ?? ""
                        #expect(problem != nil, "\(context): taken")
                        #expect(!effects.contains(where: Self.writes), "\(context): written")
                        #expect(message.hasPrefix("Not saved: \(form.field.label) "), "\(context): \(message)")
                        #expect(!(problem ?? "").unicodeScalars.contains(where: Self.isForbiddenOnScreen), "\(context): raw in the problem")
                        #expect(!message.unicodeScalars.contains(where: Self.isForbiddenOnScreen), "\(context): raw in the message")
                    }
                }
            }
        }
        let forms = Set(fields.map(\.kind.name)).count
        ReliabilityFigures.record("hostile-forms", "\(HostilePayload.all.count) payloads pasted into \(fields.count) text fields "
                                  + "of \(forms) forms and typed into \(typedFields) of them: \(refused) entries refused at the "
                                  + "field, \(held) held; \(2 * (refused + held)) frames inert and whole")
    }
}
