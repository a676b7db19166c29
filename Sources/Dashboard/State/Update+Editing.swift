import CaseDomain

extension DashboardState {
    /// `a`: what is added depends on the pane: a case in the list, an event in the timeline, an evidence
    /// item in the evidence pane, a custody change in the custody pane.
    mutating func add() -> [Effect] {
        if overlay != nil {
            // In `:staff` or `:settings`, a member or a setting; in any other overlay `a` means nothing.
            guard overlay == .admin, let topic = admin?.topic else { return [] }
            admin = nil
            overlay = nil
            switch topic {
            case .staff: return openForm(.addStaff)
            case .settings: return openForm(.changeSetting)
            }
        }
        switch focus {
        case .cases: return openForm(.newCase)
        case .timeline: return openForm(.recordEvent)
        case .custody: return openForm(.changeCustody)
        case .evidence: return openForm(.addEvidence)
        }
    }

    /// `e`: the selected case, event, custody period (to correct it) or evidence item.
    mutating func editSelected() -> [Effect] {
        switch focus {
        case .cases: return openForm(.editCase)
        case .timeline:
            switch selectedTimelineRow {
            case .event(let event)?:
                guard let id = event.id else { return refuse("This event has no id yet: reload the case") }
                return openForm(.editEvent(id))
            case .deadline?: return refuse("A computed deadline changes with its event: edit the event")
            case nil: return refuse("No event selected")
            }
        case .custody:
            guard let period = selectedCustodyPeriod else {
                return refuse(detail?.file.custody.isEmpty == false ? "Select a custody period to correct"
                              : "No custody recorded: c records a change")
            }
            guard let id = period.id else { return refuse("This custody period has no id yet: reload the case") }
            return openForm(.correctCustody(id))
        case .evidence:
            guard let id = selectedEvidence?.id else { return refuse("No evidence item selected") }
            return openForm(.editEvidence(id))
        }
    }

    /// Opens a form on the open case (or a new case), unless one is open or the case is not loaded yet.
    mutating func openForm(_ kind: FormKind) -> [Effect] {
        guard form == nil else { return [] }
        if kind == .newCase || kind.isAdministration {
            form = FormState(kind: kind, caseID: nil, base: nil, baseVersion: nil, store: storeName, user: user, today: today)
            return []
        }
        guard let detail, detail.caseID == selectedID else { return refuse("No case open: select one first") }
        form = FormState(kind: kind, caseID: detail.caseID, base: detail.file, baseVersion: detail.version,
                         store: storeName, user: user, today: today)
        return []
    }

    /// `d`: asks before deleting the selected event, evidence item or case.
    mutating func delete() -> [Effect] {
        switch focus {
        case .cases:
            guard let row = selectedCase else { return refuse("No case selected") }
            confirmation = Confirmation(target: .wholeCase, caseID: row.id, version: row.version,
                                        question: "Delete case \(TextSafety.quoted(row.matter)) and all it holds? y deletes, any other key keeps it")
        case .timeline:
            guard case .event(let event)? = selectedTimelineRow, let id = event.id, let detail else {
                return refuse("Select an event to delete (a computed deadline goes with its event)")
            }
            confirmation = Confirmation(target: .event(id), caseID: detail.caseID, version: detail.version,
                                        question: "Delete the event \(TextSafety.quoted(event.kind.label)) of \(event.date.iso)? y deletes, any other key keeps it")
        case .evidence:
            guard let item = selectedEvidence, let id = item.id, let detail else { return refuse("No evidence item selected") }
            confirmation = Confirmation(target: .evidence(id), caseID: detail.caseID, version: detail.version,
                                        question: "Delete the evidence item \(TextSafety.quoted(item.title))? y deletes, any other key keeps it")
        case .custody:
            return refuse("Custody history is corrected, not deleted: c records a change")
        }
        return []
    }

    /// The key after `d`: `y` deletes; anything else keeps it.
    mutating func answerConfirmation(_ yes: Bool) -> [Effect] {
        guard let asked = confirmation else { return [] }
        confirmation = nil
        guard yes else {
            message = StatusMessage("Kept: nothing was deleted")
            return []
        }
        switch asked.target {
        case .wholeCase:
            message = StatusMessage("Deleting…")
            return [.deleteCase(id: asked.caseID, expectedVersion: asked.version)]
        case .event(let id): return quickEdit([.removeEvent(id)], saying: "Deleting…")
        case .evidence(let id): return quickEdit([.removeEvidence(id)], saying: "Deleting…")
        }
    }

    /// Space: the selected evidence item's next status (needed → requested → received → translated →
    /// filed; translated only when the item needs a translation).
    mutating func advanceEvidence() -> [Effect] {
        guard focus == .evidence else { return refuse("Space advances an evidence item: select one in the Evidence pane") }
        guard var item = selectedEvidence, let id = item.id else { return refuse("No evidence item selected") }
        let next = item.status.advanced(needsTranslation: item.needsTranslation)
        guard next != item.status else {
            return refuse("\(TextSafety.quoted(item.title)) is \(item.status.rawValue): e edits it")
        }
        item.status = next
        return quickEdit([.updateEvidence(id, item)], saying: "\(TextSafety.quoted(item.title)): \(next.rawValue)")
    }

    /// `t`: whether the selected item's translation is certified.
    mutating func toggleCertified() -> [Effect] {
        guard focus == .evidence else { return refuse("t toggles a certified translation: select an item in the Evidence pane") }
        guard var item = selectedEvidence, let id = item.id else { return refuse("No evidence item selected") }
        item.translationCertified.toggle()
        return quickEdit([.updateEvidence(id, item)],
                         saying: "\(TextSafety.quoted(item.title)): translation \(item.translationCertified ? "certified" : "not certified")")
    }

    /// Saves a one-key edit of the open case, on the version shown.
    mutating func quickEdit(_ edits: [CaseEdit], saying text: String) -> [Effect] {
        guard quickSave == nil else { return refuse("Still saving the last change") }
        guard let detail else { return refuse("No case open") }
        quickSave = PendingSave(caseID: detail.caseID, base: detail.file, edits: edits, version: detail.version)
        message = StatusMessage(text)
        return [.save(edits: edits, caseID: detail.caseID, expectedVersion: detail.version)]
    }

    var selectedTimelineRow: TimelineRow? {
        let rows = TimelineView.rows(detail)
        guard let index = selection[.timeline], rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The custody period of the selected line: the current one on its status lines, a history line's own.
    var selectedCustodyPeriod: CustodyPeriod? {
        let periods = CustodyView.linePeriods(self)
        guard let index = selection[.custody], periods.indices.contains(index) else { return nil }
        return periods[index]
    }

    var selectedEvidence: EvidenceItem? {
        let items = EvidenceView.lineItems(self)
        guard let index = selection[.evidence], items.indices.contains(index) else { return nil }
        return items[index]
    }

    mutating func refuse(_ text: String) -> [Effect] {
        message = StatusMessage(text, isError: true)
        return []
    }
}
