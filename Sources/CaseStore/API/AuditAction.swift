/// What an audit row records, by its stable identifier (the `action` column).
public enum AuditAction: String, Sendable, CaseIterable {
    case createStore = "create-store"
    /// A new store filled by `copy-store`: the copied trail comes before this row, which names the source.
    case copyStore = "copy-store"
    case createCase = "create-case"
    case replaceCase = "replace-case"
    case recordEvent = "record-event"
    case updateEvent = "update-event"
    case removeEvent = "remove-event"
    case changeCustody = "change-custody"
    case updateCustody = "update-custody"
    case addEvidence = "add-evidence"
    case updateEvidence = "update-evidence"
    case removeEvidence = "remove-evidence"
    case updateDetails = "update-details"
    /// Several edits saved together.
    case editCase = "edit-case"
    /// A case removed from the store; the row keeps its whole document before.
    case deleteCase = "delete-case"
    /// A deleted case brought back, or a case returned to its document before an audit row.
    case restoreCase = "restore-case"
    case closeCase = "close-case"
    case reopenCase = "reopen-case"
    case importCase = "import-case"
    case generateCase = "generate-case"
    case setSetting = "set-setting"
    case addClosure = "add-closure"
    case removeClosure = "remove-closure"
    case addStaff = "add-staff"
    case removeStaff = "remove-staff"
    case markReviewed = "mark-reviewed"
    case unmarkReviewed = "unmark-reviewed"
    /// Data taken out of the store: an export, a calendar, a case report (who, what, where to).
    case exportData = "export-data"
    case exportCalendar = "export-calendar"
    case exportReport = "export-report"
    /// A write the access policy refused: who tried what (nothing else was written).
    case refusedWrite = "refused-write"
}
