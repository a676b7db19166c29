import CaseDomain
import GRDB

/// What left the store, for the audit trail: who took which data out, when and where to.
public enum DataOut: Hashable, Sendable {
    /// `export`: every case, in a format (`json`, `csv`).
    case export(format: String, cases: Int)
    /// `calendar`: hearings and deadlines of a date range; `names` when client names were included.
    case calendar(from: CivilDate, to: CivilDate, events: Int, names: Bool)
    /// `report`: one case's full report.
    case report(matter: String)
    /// `copy-store`: the whole store, its audit trail included, copied to another store.
    case storeCopy(cases: Int)

    var action: AuditAction {
        switch self {
        case .export: .exportData
        case .calendar: .exportCalendar
        case .report: .exportReport
        case .storeCopy: .exportData
        }
    }

    var subject: String {
        switch self {
        case .export(let format, let cases): "export \(format) of \(cases) cases"
        case .calendar(let from, let to, let events, let names):
            "calendar \(from.iso) to \(to.iso), \(events) events" + (names ? ", with client names" : ", no names")
        case .report(let matter): "report of case \(matter)"
        case .storeCopy(let cases): "copy of the whole store, \(cases) cases"
        }
    }
}

extension SQLiteCaseStore {
    /// Appends the audit row of data taken out (`destination`: a file path, or `stdout`). A report is
    /// recorded in its case's trail as well.
    public func recordDataOut(_ what: DataOut, destination: String) throws {
        try write(.recordDataOut, subject: what.subject) { db in
            var caseID: Int64?
            var caseUID: CaseID?
            var matter: String?
            if case .report(let reported) = what {
                matter = reported
                if let row = try Row.fetchOne(db, sql: #"SELECT id, uid FROM "case" WHERE matter = ?"#,
                                              arguments: [reported]) {
                    caseID = row["id"]
                    caseUID = CaseID(row["uid"] as String)
                }
            }
            try AuditLog.append(db, user: currentUser, action: what.action, subject: what.subject, caseID: caseID,
                                caseUID: caseUID, matter: matter, detail: "to \(destination)")
        }
    }
}
