import CaseDomain
import GRDB

extension SQLiteCaseStore {
    /// The last audit row: every change is one (a digest refresh writes none, so it is no change).
    public func changeToken() throws -> ChangeToken {
        try read { db in ChangeToken(rawValue: try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0) }
    }

    public func changes(since token: ChangeToken) throws -> StoreChanges {
        // Emptied first: a commit after this rings again, one before it is in the rows read below.
        fileWatch.existing?.drain()
        return try read { db in
            var changes = StoreChanges(token: token)
            let rows = try Row.fetchCursor(db, sql: "SELECT id, action, case_uid FROM audit WHERE id > ? ORDER BY id",
                                           arguments: [token.rawValue])
            while let row = try rows.next() {
                changes.token = ChangeToken(rawValue: row[0])
                let action = AuditAction(rawValue: row[1])
                // A report names its case too, but takes nothing from it: only changes count.
                let uid: String? = row[2]
                switch action?.changeKind {
                case .cases, nil: if let uid, let id = CaseID(uid) { changes.cases.insert(id) }
                case .settings: changes.settingsChanged = true
                case .staff: changes.staffChanged = true
                case .marks: changes.marksChanged = true
                case .dataOut, .refusal: break
                }
            }
            return changes
        }
    }

    /// The store's file watch: readable when any process wrote the store file or its log (this one too).
    /// `changes(since:)` empties it. Empty where inotify cannot be had: screens then ask once a second.
    public var notificationDescriptors: [Int32] {
        fileWatch.watch().map { [$0.descriptor] } ?? []
    }
}

extension AuditAction {
    /// What kind of thing an audited action changed, for the change feed.
    enum ChangeKind { case cases, settings, staff, marks, dataOut, refusal }

    var changeKind: ChangeKind {
        switch self {
        case .createCase, .replaceCase, .recordEvent, .updateEvent, .removeEvent, .changeCustody, .updateCustody,
             .addEvidence, .updateEvidence, .removeEvidence, .updateDetails, .editCase, .closeCase, .reopenCase,
             .importCase, .generateCase, .deleteCase, .restoreCase:
            .cases
        case .createStore, .copyStore, .setSetting, .addClosure, .removeClosure: .settings
        case .addStaff, .removeStaff: .staff
        case .markReviewed, .unmarkReviewed: .marks
        case .exportData, .exportCalendar, .exportReport: .dataOut
        case .refusedWrite: .refusal
        }
    }
}
