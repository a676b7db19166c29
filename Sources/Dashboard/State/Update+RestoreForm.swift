import CaseDomain

extension DashboardState {
    /// Reopens a draft's form on its case as loaded now (`detail`), or as a new case (`detail` nil). The
    /// draft's file stays until the reopened form is saved or cancelled.
    mutating func openRestoredForm(_ draft: FormDraft, on detail: CaseDetail?) -> [Effect] {
        restoredDraft = draft
        let place = detail.map { " on " + TextSafety.display($0.file.matter) } ?? ""
        guard form == nil else {
            message = StatusMessage("Save or cancel the open form first; the draft stays offered (:drafts)", isError: true)
            return []
        }
        form = FormState(restoring: draft, base: detail?.file, baseVersion: detail.map(\.version), today: today)
        message = StatusMessage("Draft restored: " + draft.kindLabel + place)
        return []
    }
}
