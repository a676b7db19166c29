/// Where open forms' drafts are kept while they are typed, so a hang-up, a kill or a crash loses at most
/// the last second (`docs/configuration.md`, Drafts). The run loop hands it every `.keepDraft` and
/// `.dropDraft` effect; `keep` and `drop` must return at once (the writing happens elsewhere), so a
/// keystroke is never delayed by a disk. A draft is never committed to the store on its own.
public protocol DraftKeeping: Sendable {
    /// Keeps the newest state of an open form, replacing its earlier draft (a form is named by its store,
    /// user, kind, case and item).
    func keep(_ draft: FormDraft)
    /// Forgets a form's draft: it was saved or cancelled.
    func drop(store: String, user: String, kind: String, caseID: String?, itemID: String?)
    /// The drafts kept for a store and a user, oldest first.
    func drafts(store: String, user: String) -> [FormDraft]
    /// Writes whatever is still waiting, before returning (the dashboard is ending).
    func flush()
    /// Problems met since the last call (a draft that could not be written), one line each, for the
    /// screen.
    func takeProblems() -> [String]
}

extension DraftKeeping {
    /// A keeper that writes as it is told has nothing waiting.
    public func flush() {}

    /// A keeper that cannot fail has nothing to say.
    public func takeProblems() -> [String] { [] }
}

extension FormDraft {
    /// Whether this is the draft of the form named by these parts.
    public func isForm(kind: String, caseID: String?, itemID: String?) -> Bool {
        self.kind == kind && self.caseID == caseID && self.itemID == itemID
    }
}
