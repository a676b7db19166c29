import ScreenKit

/// Where a key press lands: the key table is looked up for the current context only.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    /// Panes, no overlay.
    case normal
    /// Typing on the filter or command line.
    case typing
    /// The `?` help overlay or a deadline's explanation.
    case overlay
    /// An open form (or its conflict screen): keys not in the table are typed into the focused field.
    case form
    /// The day's review queue (`r`).
    case review
}

/// Groups of the help overlay and the README's keys table.
public enum KeyGroup: String, CaseIterable, Sendable {
    case move = "Moving"
    case panes = "Panes"
    case find = "Finding"
    case editing = "Editing text"
    case review = "Daily review"
    case edit = "Changing cases"
    case form = "In a form"
    case general = "General"
}

/// One line of the key table: keys, what they do, and where they are shown.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// What the help and the README say it does.
    public var summary: String
    /// Its label in the hint bar; nil keeps it out of the bar.
    public var hint: String?
    public var group: KeyGroup
    public var contexts: Set<KeyContext>
    /// Changes stored data: refused and greyed in a read-only session.
    public var mutates: Bool

    public init(_ keys: [Key], _ action: Action, _ summary: String, hint: String? = nil, group: KeyGroup,
                contexts: Set<KeyContext> = [.normal], mutates: Bool = false) {
        self.keys = keys
        self.action = action
        self.summary = summary
        self.hint = hint
        self.group = group
        self.contexts = contexts
        self.mutates = mutates
    }
}

/// THE key table: dispatch, the `?` help, the hint bar, read-only greying and the README's keys
/// section all read it, so they cannot disagree.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .moveUp, "Move up", group: .move, contexts: [.normal, .typing, .overlay, .review]),
        KeyBinding([.down, .character("j")], .moveDown, "Move down", group: .move, contexts: [.normal, .typing, .overlay, .review]),
        KeyBinding([.character("g"), .home], .moveToTop, "First row", group: .move, contexts: [.normal, .review]),
        KeyBinding([.character("G"), .end], .moveToBottom, "Last row", group: .move, contexts: [.normal, .review]),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "Page up", group: .move, contexts: [.normal, .typing, .overlay, .review]),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, "Page down", group: .move, contexts: [.normal, .typing, .overlay, .review]),
        KeyBinding([.tab, .right, .character("l")], .focusNext, "Next pane", hint: "pane", group: .panes),
        KeyBinding([.backTab, .left, .character("h")], .focusPrevious, "Previous pane", group: .panes),
        KeyBinding([.character("1")], .focus(.cases), "Cases pane", group: .panes),
        KeyBinding([.character("2")], .focus(.timeline), "Timeline pane", group: .panes),
        KeyBinding([.character("3")], .focus(.custody), "Custody pane", group: .panes),
        KeyBinding([.character("4")], .focus(.evidence), "Evidence pane", group: .panes),
        KeyBinding([.enter], .activate, "Open the case; explain a deadline", hint: "open", group: .panes),
        KeyBinding([.character("/")], .startFilter, "Filter cases (name in any script, matter, A-number)",
                   hint: "filter", group: .find),
        KeyBinding([.character(":")], .startCommand, "Command: " + CommandTable.synopsis,
                   hint: "command", group: .find),
        KeyBinding([.enter], .submit, "Apply the filter or run the command", group: .find, contexts: [.typing]),
        KeyBinding([.tab], .complete, "Complete the command's name or its theme, order or matter", group: .find,
                   contexts: [.typing]),
        KeyBinding([.tab], .nextField, "Next field", hint: "next", group: .form, contexts: [.form]),
        KeyBinding([.backTab], .previousField, "Previous field", group: .form, contexts: [.form]),
        KeyBinding([.ctrl("s")], .saveForm, "Save the form (from any field)", hint: "save", group: .form, contexts: [.form]),
        KeyBinding([.enter], .formEnter, "Save from a one-line field; a new line in notes", group: .form, contexts: [.form]),
        // The text field's editor (`TextEditor`) does these; listed here for the help, the hint bar and the README.
        KeyBinding([.left], .edit(.left), "Cursor one character left", group: .editing, contexts: [.typing]),
        KeyBinding([.right], .edit(.right), "Cursor one character right", group: .editing, contexts: [.typing]),
        KeyBinding([.home, .ctrl("a")], .edit(.home), "Cursor to the start of the line", group: .editing,
                   contexts: [.typing]),
        KeyBinding([.end, .ctrl("e")], .edit(.end), "Cursor to the end of the line", group: .editing, contexts: [.typing]),
        KeyBinding([.backspace], .edit(.backspace), "Delete the character before the cursor", group: .editing,
                   contexts: [.typing]),
        KeyBinding([.delete], .edit(.delete), "Delete the character under the cursor", group: .editing,
                   contexts: [.typing]),
        KeyBinding([.ctrl("w")], .edit(.ctrl("w")), "Delete the word before the cursor", group: .editing,
                   contexts: [.typing]),
        KeyBinding([.ctrl("u")], .edit(.ctrl("u")), "Delete to the start of the line", group: .editing,
                   contexts: [.typing]),
        KeyBinding([.ctrl("k")], .edit(.ctrl("k")), "Delete to the end of the line", group: .editing,
                   contexts: [.typing]),
    ] + ReviewKeys.bindings + [
        KeyBinding([.escape, .ctrl("g")], .cancel, "Cancel: close, clear the filter, back out (a changed form asks first)",
                   hint: "back", group: .general, contexts: [.normal, .typing, .overlay, .review, .form]),
        KeyBinding([.ctrl("c")], .interrupt, "Cancel like Esc; quit when there is nothing to cancel", group: .general,
                   contexts: [.normal, .typing, .overlay, .review, .form]),
        KeyBinding([.character("?"), .function(1)], .toggleHelp, "Help (this screen)", hint: "help", group: .general,
                   contexts: [.normal, .overlay, .review]),
        KeyBinding([.ctrl("z")], .suspend, "Suspend to the shell (when started from one)", group: .general),
        KeyBinding([.character("H")], .showHistory, "History of the selected case: who changed what, when",
                   group: .panes),
        KeyBinding([.character("u")], .undoChange, "In the history: restore the case as it was before the selected change",
                   group: .general, contexts: [.overlay], mutates: true),
        KeyBinding([.character("y")], .confirmRestore, "Yes: do the restore asked about", group: .general, contexts: [.overlay],
                   mutates: true),
        KeyBinding([.character("r"), .enter], .restoreDraft, "Restore the selected draft; in :deleted, the case's history",
                   group: .general, contexts: [.overlay]),
        KeyBinding([.character("x")], .discardDraft, "Discard the selected draft", group: .general, contexts: [.overlay]),
        KeyBinding([.character("q")], .quit, "Quit (closes an overlay first)", hint: "quit", group: .general,
                   contexts: [.normal, .overlay, .review]),
        // After the general keys: on a narrow screen the hint bar keeps help and quit.
        KeyBinding([.character("a")], .add, "Add: a case in the list, an event in the timeline, evidence, a custody change",
                   hint: "add", group: .edit, mutates: true),
        // No hint: every overlay's hint bar would show it, and it means something in two of them only.
        KeyBinding([.character("a")], .add, "In :staff, add a staff member; in :settings, change a setting (a small form)",
                   group: .edit, contexts: [.overlay], mutates: true),
        KeyBinding([.character("e")], .editSelected, "Edit the selected case, event, evidence item or custody period", hint: "edit", group: .edit,
                   mutates: true),
        KeyBinding([.character("c")], .changeCustody, "Change the open case's custody", group: .edit, mutates: true),
        KeyBinding([.character("d")], .delete, "Delete the selected event, evidence item or case (asks first)",
                   hint: "delete", group: .edit, mutates: true),
        KeyBinding([.character(" ")], .advanceEvidence, "Evidence: the selected item's next status (skips translated when none is needed)",
                   hint: "advance", group: .edit, mutates: true),
        KeyBinding([.character("t")], .toggleCertified, "Evidence: the selected item's certified translation on or off",
                   group: .edit, mutates: true),
    ]

    /// The action a key means in a context; nil when it means nothing there. In `.typing`, every printable
    /// character is text (so `j`, `q` and `/` can be typed). `table` is this key table unless a test
    /// gives another. In `.form`, a key the table does not name goes to the focused field.
    public static func action(for key: Key, in context: KeyContext, among table: [KeyBinding] = bindings) -> Action? {
        if context == .typing, case .character = key { return .edit(key) }
        if let binding = table.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) {
            if context == .overlay, binding.action == .quit { return .cancel }
            return binding.action
        }
        return context == .form ? .formKey(key) : nil
    }

    /// The binding a key hits in a context, if any.
    public static func binding(for key: Key, in context: KeyContext, among table: [KeyBinding] = bindings) -> KeyBinding? {
        if context == .typing, case .character = key { return nil }
        return table.first { $0.contexts.contains(context) && $0.keys.contains(key) }
    }

    /// The hint bar's entries for a context, in table order: (key name, label, is disabled).
    public static func hints(in context: KeyContext, readOnly: Bool, ascii: Bool) -> [(key: String, label: String, disabled: Bool)] {
        bindings.filter { $0.contexts.contains(context) && $0.hint != nil }.compactMap { binding in
            guard let hint = binding.hint, let key = binding.keys.first else { return nil }
            return (ascii ? key.asciiName : key.name, hint, readOnly && binding.mutates)
        }
    }
}
