/// Keeps the drafts of open forms (`docs/configuration.md`, Drafts): the run loop hands it each
/// `.keepDraft` and `.dropDraft` effect. It must not delay the loop (write off the input path, at most
/// once a second); a draft is never committed to the store.
public protocol DraftKeeping: Sendable {
    /// The form's values as they are now.
    func keep(_ draft: FormDraft)
    /// The form was saved or cancelled: its draft goes.
    func drop(store: String, user: String, kind: String, caseID: String?, itemID: String?)
}
