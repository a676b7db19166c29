import CaseDomain

/// Which form is open, and the item it edits.
public enum FormKind: Hashable, Sendable {
    case newCase
    case editCase
    case recordEvent
    case editEvent(ItemID)
    case changeCustody
    /// Corrects the custody period with this id, as recorded (its status, dates, place, …).
    case correctCustody(ItemID)
    case addEvidence
    case editEvidence(ItemID)
    /// The reason an evidence item is unavailable, asked when a form marks it so (nil: an item being added).
    case unavailableReason(ItemID?)
    /// A member added to the staff directory (`:staff`, then `a`).
    case addStaff
    /// A store setting's new value (`:settings`, then `a`).
    case changeSetting

    /// A form of the staff directory or the settings: it edits no case and keeps no draft.
    var isAdministration: Bool {
        switch self {
        case .addStaff, .changeSetting: true
        case .newCase, .editCase, .recordEvent, .editEvent, .changeCustody, .correctCustody, .addEvidence, .editEvidence,
             .unavailableReason: false
        }
    }

    /// The name a draft records (`FormDraft.kind`).
    public var name: String {
        switch self {
        case .newCase: "new-case"
        case .editCase: "edit-case"
        case .recordEvent: "record-event"
        case .editEvent: "edit-event"
        case .changeCustody: "change-custody"
        case .correctCustody: "correct-custody"
        case .addEvidence: "add-evidence"
        case .editEvidence: "edit-evidence"
        case .unavailableReason: "unavailable-reason"
        case .addStaff: "add-staff"
        case .changeSetting: "change-setting"
        }
    }

    /// The item it edits, when any.
    public var itemID: ItemID? {
        switch self {
        case .editEvent(let id), .editEvidence(let id), .correctCustody(let id): id
        case .unavailableReason(let id): id
        case .newCase, .editCase, .recordEvent, .changeCustody, .addEvidence, .addStaff, .changeSetting: nil
        }
    }

    /// The kind a draft names, with its item; nil for a name no form has.
    public init?(name: String, itemID: ItemID?) {
        switch name {
        case "new-case": self = .newCase
        case "edit-case": self = .editCase
        case "record-event": self = .recordEvent
        case "edit-event": guard let itemID else { return nil }; self = .editEvent(itemID)
        case "change-custody": self = .changeCustody
        case "correct-custody": guard let itemID else { return nil }; self = .correctCustody(itemID)
        case "add-evidence": self = .addEvidence
        case "edit-evidence": guard let itemID else { return nil }; self = .editEvidence(itemID)
        case "unavailable-reason": self = .unavailableReason(itemID)
        default: return nil
        }
    }

    /// The form's title.
    var title: String {
        switch self {
        case .newCase: "New case"
        case .editCase: "Edit case"
        case .recordEvent: "Record an event"
        case .editEvent: "Edit event"
        case .changeCustody: "Change custody"
        case .correctCustody: "Correct a custody period"
        case .addEvidence: "Add evidence"
        case .editEvidence: "Edit evidence"
        case .unavailableReason: "Why is it unavailable?"
        case .addStaff: "Add a staff member"
        case .changeSetting: "Change a store setting"
        }
    }

    /// The fields it shows for these values (an event's fields follow its kind, a case shows one blank
    /// family member more than it has).
    func fields(_ values: FormValues) -> [FieldSpec] {
        switch self {
        case .newCase, .editCase: CaseForm.fields(values, isNew: self == .newCase)
        case .recordEvent, .editEvent: EventForm.fields(values)
        case .changeCustody: CustodyForm.fields(values)
        case .correctCustody: CustodyForm.fields(values, correcting: true)
        case .addEvidence, .editEvidence: EvidenceForm.fields(values)
        case .unavailableReason: [FieldSpec(EvidenceForm.reasonKey, "Reason", .line(required: true))]
        case .addStaff: StaffForm.fields(values)
        case .changeSetting: SettingForm.fields(values)
        }
    }

    /// The values it starts from: the case or item as stored, or the blanks of a new one.
    func startingValues(of file: CaseFile?, today: CivilDate) -> FormValues {
        switch self {
        case .newCase: CaseForm.blank
        case .editCase: file.map(CaseForm.values(of:)) ?? CaseForm.blank
        case .recordEvent: EventForm.blank(today: today)
        case .editEvent(let id):
            file?.events.first { $0.id == id }.map(EventForm.values(of:)) ?? EventForm.blank(today: today)
        case .changeCustody: CustodyForm.blank(today: today)
        case .correctCustody(let id):
            file?.custody.first { $0.id == id }.map(CustodyForm.values(of:)) ?? CustodyForm.blank(today: today)
        case .addEvidence: EvidenceForm.blank
        case .editEvidence(let id), .unavailableReason(let id?):
            file?.evidence.first { $0.id == id }.map(EvidenceForm.values(of:)) ?? EvidenceForm.blank
        case .unavailableReason(nil): EvidenceForm.blank
        case .addStaff: StaffForm.blank
        case .changeSetting: SettingForm.blank
        }
    }
}
