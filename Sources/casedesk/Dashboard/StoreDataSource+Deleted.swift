import CaseDomain
import CaseStore
import Dashboard
import Foundation

extension StoreDataSource {
    /// The cases whose newest deletion row is not followed by their return: the audit trail read page by
    /// page (a command asked for now and then, off the input path), each deletion's whole document
    /// naming the case.
    func deletedCases() throws -> [DeletedCase] {
        var found: [CaseID: DeletedCase] = [:]
        var after: Int64 = 0
        while true {
            let page = try store.auditEntries(after: after, limit: 1000)
            guard let last = page.last else { break }
            after = last.id
            for entry in page where entry.action == AuditAction.deleteCase.rawValue {
                guard let text = entry.before,
                      let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
                      let raw = object["id"] as? String, let id = CaseID(raw) else { continue }
                let client = (object["client"] as? [String: Any])?["name"] as? String
                found[id] = DeletedCase(caseID: id, matter: entry.matter ?? (object["matter"] as? String) ?? raw,
                                        clientName: client, at: entry.at, login: entry.user)
            }
        }
        return try found.values.filter { try store.loadCase(id: $0.caseID) == nil }.sorted { $0.at > $1.at }
    }
}
