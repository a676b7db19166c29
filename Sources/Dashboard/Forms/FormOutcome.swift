import CaseDomain

/// What saving a form would do.
enum FormOutcome: Hashable, Sendable {
    /// Edits to the open case.
    case edits([CaseEdit])
    /// A case to create.
    case newCase(CaseFile)
    /// An item marked unavailable needs its reason first: the small reason form opens.
    case needsReason
    /// The form's required choices are not made yet (their fields say so).
    case incomplete
    /// A change of the staff directory or the settings, made as its command-line form makes it.
    case administration(AdminChange)
}

extension FormKind {
    /// The form's values as edits of `base` (the case as the form started from) or as a new case.
    func outcome(_ read: FormReader, base: CaseFile?) -> FormOutcome {
        switch self {
        case .newCase:
            return .newCase(CaseForm.newCase(read))
        case .editCase:
            guard let base else { return .incomplete }
            return .edits(CaseForm.edits(read, base: base))
        case .recordEvent:
            return EventForm.event(read, base: nil).map { .edits([.recordEvent($0)]) } ?? .incomplete
        case .editEvent(let id):
            let stored = base?.events.first { $0.id == id }
            return EventForm.event(read, base: stored).map { .edits([.updateEvent(id, $0)]) } ?? .incomplete
        case .changeCustody:
            return CustodyForm.period(read).map { .edits([.changeCustody($0)]) } ?? .incomplete
        case .correctCustody(let id):
            return CustodyForm.correction(read, id: id, base: base)
        case .addStaff:
            return StaffForm.change(read).map(FormOutcome.administration) ?? .incomplete
        case .changeSetting:
            return SettingForm.change(read).map(FormOutcome.administration) ?? .incomplete
        case .addEvidence, .editEvidence, .unavailableReason:
            guard let item = EvidenceForm.item(read, id: itemID) else { return .incomplete }
            if item.status == .unavailable, item.unavailableReason == nil {
                if case .unavailableReason = self { return .incomplete }
                return .needsReason
            }
            if let id = itemID { return .edits([.updateEvidence(id, item)]) }
            return .edits([.addEvidence(item)])
        }
    }
}
