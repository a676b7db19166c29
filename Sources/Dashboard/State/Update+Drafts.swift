import CaseDomain

extension DashboardState {
    /// At the start: offers the drafts the keeper found for this store and user; what could not be read
    /// (a file set aside) is said in the hint bar.
    public mutating func offerDrafts(_ drafts: [FormDraft], problems: [String] = []) {
        if !drafts.isEmpty {
            draftOffer = DraftOffer(drafts: drafts)
            overlay = .drafts
        }
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            message = StatusMessage(TextSafety.display(first) + more, isError: true)
        }
    }

    /// Where a draft's case stands in the list.
    public func draftCase(_ draft: FormDraft) -> DraftCase {
        guard let id = draft.caseID else { return .newCase }
        if let row = allCases.first(where: { $0.id.rawValue == id }) { return .present(row) }
        return hasLoadedCases && !isListPartial ? .deleted : .unknown
    }

    /// `:drafts`: the offer again, after it was closed or a draft restored.
    mutating func showDraftOffer() -> [Effect] {
        guard let offer = draftOffer, !offer.drafts.isEmpty else {
            message = StatusMessage("No drafts to restore")
            return []
        }
        overlay = .drafts
        return []
    }

    /// `x` in the offer: the draft's file is deleted.
    mutating func discardDraft() -> [Effect] {
        guard overlay == .drafts, var offer = draftOffer, let draft = offer.takeCurrent() else { return [] }
        setOffer(offer)
        message = StatusMessage("Draft discarded")
        return [Self.drop(draft)]
    }

    /// `r` or Enter in the offer: the draft's case is opened and, once it has loaded, its form reopens
    /// with the draft's values merged against the case as it is now. A new case's draft, or one whose
    /// case was deleted since, reopens as a new case.
    mutating func restoreDraft() -> [Effect] {
        guard overlay == .drafts, var offer = draftOffer, let draft = offer.takeCurrent() else { return [] }
        setOffer(offer)
        overlay = nil
        pendingRestore = draft
        return resumeRestore()
    }

    /// Moves a pending restore on as far as what has loaded allows: called when it is asked for and
    /// whenever the list or a case arrives.
    mutating func resumeRestore() -> [Effect] {
        guard let draft = pendingRestore else { return [] }
        switch draftCase(draft) {
        case .unknown:
            message = StatusMessage("Restoring the draft once the cases have loaded…")
            return []
        case .newCase:
            pendingRestore = nil
            return openRestoredForm(draft, on: nil)
        case .deleted:
            // Kept under its new name before the old one goes, so nothing typed is lost meanwhile.
            pendingRestore = nil
            let renewed = draft.asNewCase
            message = StatusMessage("The draft's case was deleted: restored as a new case")
            return [.keepDraft(renewed), Self.drop(draft)] + openRestoredForm(renewed, on: nil)
        case .present(let row):
            if let detail, detail.caseID == row.id {
                pendingRestore = nil
                return openRestoredForm(draft, on: detail)
            }
            return goto(matter: row.matter)
        }
    }

    private mutating func setOffer(_ offer: DraftOffer) {
        draftOffer = offer.drafts.isEmpty ? nil : offer
        if draftOffer == nil, overlay == .drafts { overlay = nil }
    }

    static func drop(_ draft: FormDraft) -> Effect {
        .dropDraft(store: draft.store, user: draft.user, kind: draft.kind, caseID: draft.caseID, itemID: draft.itemID)
    }
}
