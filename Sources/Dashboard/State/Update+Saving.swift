import CaseDomain

extension DashboardState {
    /// Ctrl-S (or Enter on a one-line field): saves a valid form; an invalid one is refused at its first
    /// bad field, and nothing is written.
    mutating func saveForm() -> [Effect] {
        guard var open = form else { return [] }
        if open.conflict != nil { return saveResolvedConflict() }
        guard open.saving == nil, !open.creating else { return refuse("Saving…") }
        open.attemptedSave = true
        form = open
        guard open.isValid else {
            if let index = open.fields.firstIndex(where: { open.problems[$0.key] != nil }) {
                open.focus(on: index)
                open.scroll = FormView.scroll(for: open, size: size)
                form = open
                let field = open.fields[index]
                return refuse("Not saved: \(field.label) \(open.problems[field.key] ?? "")")
            }
            return refuse("Not saved: " + (open.formProblem ?? "the form is not complete"))
        }
        switch open.kind.outcome(open.reader, base: open.base) {
        case .incomplete:
            return refuse("Not saved: fill in the required fields")
        case .needsReason:
            // The form changes kind, so its draft changes name: the draft under the old name goes.
            let left = open.draft
            open.switchKind(to: .unavailableReason(open.kind.itemID))
            form = open
            message = StatusMessage("An unavailable item needs its reason: type it, then Ctrl-S")
            let drop = Effect.dropDraft(store: left.store, user: left.user, kind: left.kind, caseID: left.caseID, itemID: left.itemID)
            return left.kind == open.draft.kind ? [.keepDraft(open.draft)] : [drop, .keepDraft(open.draft)]
        case .administration(let change):
            _ = closeForm()
            return administer(change)
        case .newCase(let file):
            open.creating = true
            form = open
            message = StatusMessage("Saving…")
            return [.createCase(file)]
        case .edits(let edits):
            guard !edits.isEmpty else {
                message = StatusMessage("Nothing changed")
                return closeForm()
            }
            guard let id = open.caseID, let base = open.base else { return refuse("Not saved: the case is not loaded") }
            let save = PendingSave(caseID: id, base: base, edits: edits, version: open.baseVersion ?? 0)
            open.saving = save
            form = open
            message = StatusMessage("Saving…")
            return [.save(edits: edits, caseID: id, expectedVersion: save.version)]
        }
    }

    /// What a write came to: a form's save, a one-key edit's, or a case's deletion.
    mutating func saveFinished(_ answer: SaveAnswer) -> [Effect] {
        if case .deleted(let id) = answer { return caseDeleted(id) }
        if let open = form, open.saving != nil || open.creating { return formSaveFinished(answer) }
        return quickSaveFinished(answer)
    }

    private mutating func formSaveFinished(_ answer: SaveAnswer) -> [Effect] {
        switch answer {
        case .saved(let id, _):
            message = StatusMessage("Saved")
            return closeForm() + refreshAfterWrite(id)
        case .created(let id):
            message = StatusMessage("Case created")
            selectedID = id
            detail = nil
            selection = [:]
            focus = .cases
            return closeForm() + refreshAfterWrite(id)
        case .conflict(_, let theirs, let version):
            return formConflicted(theirs: theirs, version: version)
        case .failed(let text, let busy):
            form?.saving = nil
            form?.creating = false
            let problem = busy ? "The store is busy (another user is writing): nothing was saved; Ctrl-S tries again" : text
            form?.saveProblem = problem
            return refuse(problem)
        case .deleted:
            return []
        }
    }

    private mutating func quickSaveFinished(_ answer: SaveAnswer) -> [Effect] {
        guard let pending = quickSave else { return [] }
        switch answer {
        case .saved(let id, _):
            quickSave = nil
            message = StatusMessage((message?.text ?? "Change") + " (saved)")
            return refreshAfterWrite(id)
        case .conflict(_, let theirs, let version):
            return quickConflicted(pending, theirs: theirs, version: version)
        case .failed(let text, let busy):
            quickSave = nil
            return refuse(busy ? "The store is busy (another user is writing): nothing was saved; try again" : text)
        case .created, .deleted:
            return []
        }
    }

    private mutating func caseDeleted(_ id: CaseID) -> [Effect] {
        message = StatusMessage("Case deleted (the audit trail keeps it)")
        if selectedID == id { detail = nil }
        return feedToken.map { [.checkChanges(since: $0)] } ?? [.reloadList]
    }

    /// After a write: the case read again and the list brought up to date through the feed.
    func refreshAfterWrite(_ id: CaseID) -> [Effect] {
        var effects: [Effect] = []
        if id == selectedID { effects.append(.loadCase(id: id)) }
        effects += feedToken.map { [.checkChanges(since: $0)] } ?? [.reloadList, .reloadReviewProgress]
        return effects
    }

    mutating func duplicatesFound(_ found: [PossibleDuplicate]) -> [Effect] {
        guard form?.kind == .newCase else { return [] }
        form?.duplicates = found
        return []
    }

    /// Someone else's saved change reached the feed while a form is open on that case: the form keeps
    /// what was typed and says its save will merge.
    mutating func noteChangesForForm(_ changes: FeedChanges) {
        guard let open = form, let id = open.caseID else { return }
        if changes.removed.contains(id) {
            form?.changedElsewhere = true
            form?.saveProblem = "Someone else deleted this case: saving will fail; Esc closes the form"
        } else if let row = changes.changedRows.first(where: { $0.id == id }), row.version != open.baseVersion {
            form?.changedElsewhere = true
        }
    }
}
