import CaseDomain
import ScreenKit

extension DashboardState {
    /// Tab, Shift-Tab, ↑/↓ from a one-line field: the next or previous field (wrapping).
    mutating func moveField(by delta: Int) -> [Effect] {
        guard var open = form, open.conflict == nil else { return conflictMove(by: delta) }
        let count = open.fields.count
        guard count > 0 else { return [] }
        open.focus(on: (open.focus + delta + count) % count)
        open.scroll = FormView.scroll(for: open, size: size)
        form = open
        return []
    }

    /// A key the key table leaves to the form: typed into a text field, or picking a choice or a toggle.
    mutating func formKey(_ key: Key) -> [Effect] {
        guard var open = form else { return [] }
        if open.conflict != nil { return conflictKey(key) }
        guard let field = open.focusedField else { return [] }
        let before = open.values
        switch field.kind {
        case .choice(let options, let required):
            guard let value = FormPicking.choice(key, current: open.values[field.key] ?? "", options: options,
                                                 required: required) else { return moveFieldOnArrow(key) }
            open.set(field.key, to: value)
        case .toggle:
            guard let value = FormPicking.toggle(key, current: open.values[field.key] ?? "") else { return moveFieldOnArrow(key) }
            open.set(field.key, to: value)
        case .line, .notes, .date, .time, .choices, .aNumber, .login, .number, .nationality, .languages:
            var editor = open.editor
            guard editor.handle(key) else { return moveFieldOnArrow(key) }
            open.editorChanged(editor)
        }
        open.saveProblem = nil
        open.scroll = FormView.scroll(for: open, size: size)
        form = open
        return formChanged(from: before)
    }

    /// Text pasted into the focused field (a paste is text, never keys).
    mutating func formPaste(_ text: String) -> [Effect] {
        guard var open = form, open.conflict == nil, let field = open.focusedField, field.kind.isText else {
            message = StatusMessage("Paste ignored: no text field is open", isError: true)
            return []
        }
        let before = open.values
        var editor = open.editor
        editor.insert(text)
        open.editorChanged(editor)
        form = open
        return formChanged(from: before)
    }

    private mutating func moveFieldOnArrow(_ key: Key) -> [Effect] {
        if key == .up { return moveField(by: -1) }
        if key == .down { return moveField(by: 1) }
        return []
    }

    /// After the values changed: the draft is kept, and a new case looks for its likely duplicates when
    /// the fields that find them changed.
    mutating func formChanged(from before: FormValues) -> [Effect] {
        guard let open = form, open.values != before else { return [] }
        var effects: [Effect] = open.kind.isAdministration ? [] : [.keepDraft(open.draft)]
        if open.kind == .newCase, ["client.name", "client.aNumber", "client.birthDate"].contains(where: { before[$0] != open.values[$0] }) {
            let file = CaseForm.details(open.reader, base: nil)
            if file.client.aNumber != nil || (!file.client.name.isEmpty && file.client.birthDate != nil) {
                effects.append(.findDuplicates(file))
            } else {
                form?.duplicates = []
            }
        }
        return effects
    }

    /// Enter: a new line in notes, else save.
    mutating func formEnter() -> [Effect] {
        guard let open = form else { return [] }
        if open.conflict == nil, let field = open.focusedField, field.kind.isMultiline { return formKey(.enter) }
        return saveForm()
    }

    /// Esc: a changed form asks first; an unchanged one closes. On the conflict screen, back to the form.
    mutating func cancelForm() -> [Effect] {
        guard var open = form else { return [] }
        if open.conflict != nil {
            open.conflict = nil
            form = open
            message = StatusMessage("Back to the form: Ctrl-S saves and merges again")
            return []
        }
        guard open.isChanged else { return closeForm() }
        open.isConfirmingDiscard = true
        form = open
        return []
    }

    /// The key after Esc on a changed form: `y` discards it, anything else goes back to it.
    mutating func answerDiscard(_ yes: Bool) -> [Effect] {
        form?.isConfirmingDiscard = false
        guard yes else { return [] }
        message = StatusMessage("Discarded")
        return closeForm()
    }

    /// Closes the form; its draft goes.
    mutating func closeForm() -> [Effect] {
        guard let open = form else { return [] }
        form = nil
        guard !open.kind.isAdministration else { return [] }
        let draft = open.draft
        return [.dropDraft(store: draft.store, user: draft.user, kind: draft.kind, caseID: draft.caseID, itemID: draft.itemID)]
    }
}

/// Picking a value of a choice or a toggle with keys.
enum FormPicking {
    /// Space or → the next option, ← the previous, a letter the next option starting with it, Backspace
    /// or Del none (when none is allowed); nil for a key that picks nothing.
    static func choice(_ key: Key, current: String, options: [String], required: Bool) -> String? {
        let all = required ? options : [""] + options
        guard !all.isEmpty else { return nil }
        let index = all.firstIndex(of: FieldChecks.trimmed(current))
        if key == .character(" ") || key == .right { return all[index.map { ($0 + 1) % all.count } ?? 0] }
        if key == .left { return all[index.map { ($0 + all.count - 1) % all.count } ?? (all.count - 1)] }
        if key == .backspace || key == .delete { return required ? nil : "" }
        guard case .character(let c) = key else { return nil }
        let letter = String(c).lowercased()
        let start = min((index ?? -1) + 1, all.count)
        return (Array(all[start...]) + Array(all[..<start])).first { $0.hasPrefix(letter) }
    }

    static func toggle(_ key: Key, current: String) -> String? {
        if key == .character(" ") || key == .left || key == .right { return current == Toggle.yes ? Toggle.no : Toggle.yes }
        if key == .character("y") { return Toggle.yes }
        if key == .character("n") { return Toggle.no }
        return nil
    }
}
