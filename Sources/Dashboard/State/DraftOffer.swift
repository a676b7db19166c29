import CaseDomain

/// The drafts found when the dashboard started on a store, offered one at a time to restore (the form
/// reopens, merged against the case as it is now) or discard (`docs/configuration.md`, Drafts).
public struct DraftOffer: Hashable, Sendable {
    /// Oldest first, as the keeper listed them.
    public private(set) var drafts: [FormDraft]
    /// The draft the selection is on.
    public private(set) var selected = 0

    public init(drafts: [FormDraft]) {
        self.drafts = drafts
    }

    public var current: FormDraft? { drafts.indices.contains(selected) ? drafts[selected] : nil }

    mutating func move(by delta: Int) {
        guard !drafts.isEmpty else { return }
        selected = max(0, min(drafts.count - 1, selected.addingClamped(delta)))
    }

    /// Takes the selected draft out of the offer; the selection stays in place.
    mutating func takeCurrent() -> FormDraft? {
        guard let draft = current else { return nil }
        drafts.remove(at: selected)
        selected = max(0, min(selected, drafts.count - 1))
        return draft
    }
}

/// What became of a draft's case, as far as the list loaded so far tells.
public enum DraftCase: Hashable, Sendable {
    /// A new case's form.
    case newCase
    /// The case is in the store.
    case present(CaseRow)
    /// The case is no longer in the store: the draft is restored as a new case.
    case deleted
    /// The whole list has not loaded yet.
    case unknown
}

extension FormDraft {
    /// The keys whose values differ from what the form started with, in order.
    public var changedKeys: [String] {
        Set(values.keys).union(baseValues.keys).filter { values[$0] ?? "" != baseValues[$0] ?? "" }.sorted()
    }

    /// The same values as the draft of a new case: what restores the draft of a case deleted since.
    public var asNewCase: FormDraft {
        var draft = self
        draft.kind = FormDraft.newCaseKind
        draft.caseID = nil
        draft.itemID = nil
        draft.baseVersion = nil
        draft.baseValues = [:]
        return draft
    }

    /// The kind of a new case's form.
    public static let newCaseKind = "new-case"

    /// The form's kind in words: `edit-evidence` → `edit evidence`.
    public var kindLabel: String { kind.replacingOccurrences(of: "-", with: " ") }
}
