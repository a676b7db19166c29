import CaseDomain
import CaseStore
import Dashboard

extension StoreDataSource {
    /// The audit trail's rows of the case, newest first, each diffed field by field with `CaseDiff`. A
    /// creation lists no fields (everything would be "added"), nor does a deletion (the case went whole).
    func history(caseID: CaseID) throws -> CaseHistory {
        let rows = try store.history(caseID: caseID)
        let entries = rows.map { row -> HistoryEntry in
            let isDeletion = row.entry.action == AuditAction.deleteCase.rawValue
            let changes = row.before == nil || row.after == nil ? [] : CaseDiff.changes(from: row.before, to: row.after)
            return HistoryEntry(id: row.entry.id, at: row.entry.at, login: row.entry.user, staffName: row.staffName,
                                action: row.entry.action, detail: row.entry.detail,
                                changes: changes.map { HistoryChange(label: $0.label, old: $0.old, new: $0.new) },
                                isDeletion: isDeletion, canRestore: row.before != nil)
        }
        let matter = rows.lazy.compactMap { $0.after?.matter ?? $0.before?.matter ?? $0.entry.matter }.first
        return CaseHistory(caseID: caseID, matter: matter ?? caseID.rawValue, entries: entries)
    }

    /// A new, audited change that puts the case back as it was before the row.
    func restore(fromAudit entryID: Int64) throws -> CaseID {
        let stored = try store.restore(fromAudit: entryID)
        return stored.file.id ?? CaseIdentity.derivedCaseID(matter: stored.file.matter)
    }
}
