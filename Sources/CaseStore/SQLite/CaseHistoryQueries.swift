import CaseDomain
import Foundation
import GRDB

/// Whole documents back through a case's audit rows. A change's row keeps the top-level fields it changed,
/// before and after (`CaseCodec.changedFields`); a deletion keeps the whole document; a creation has nothing
/// before. Walking newest to oldest from the stored document undoes one row at a time.
enum CaseTimeline {
    /// The document before `entry`, given the document after it (nil: no case after it).
    static func undo(_ after: String?, _ entry: AuditEntry) -> String? {
        guard let action = AuditAction(rawValue: entry.action), action.changeKind == .cases else { return after }
        if action == .deleteCase { return entry.before }
        guard let before = entry.before else { return nil }
        guard var object = jsonObject(after), let changed = jsonObject(before) else { return before }
        for (key, value) in changed {
            if value is NSNull { object.removeValue(forKey: key) } else { object[key] = value }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether the row changed the case (a report taken out, say, did not).
    static func changesCase(_ entry: AuditEntry) -> Bool {
        AuditAction(rawValue: entry.action)?.changeKind == .cases
    }

    private static func jsonObject(_ text: String?) -> [String: Any]? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The stored document of the case with this id, nil when it is not in the store (deleted).
    static func currentDocument(_ db: Database, uid: CaseID) throws -> String? {
        try String.fetchOne(db, sql: #"SELECT d.document FROM "case" AS c JOIN case_document AS d ON d.case_id = c.id "#
                                + "WHERE c.uid = ?", arguments: [uid.rawValue])
    }

    /// The case's rows from `entryID` on, newest first.
    static func rows(_ db: Database, uid: CaseID, from entryID: Int64 = 0) throws -> [AuditEntry] {
        try AuditLog.entries(db, sql: "WHERE case_uid = ? AND id >= ? ORDER BY id DESC",
                             arguments: [uid.rawValue, entryID])
    }

    /// The document the case had just before audit row `entryID`.
    static func document(_ db: Database, uid: CaseID, before entryID: Int64) throws -> String? {
        var document = try currentDocument(db, uid: uid)
        for entry in try rows(db, uid: uid, from: entryID) { document = undo(document, entry) }
        return document
    }
}

extension SQLiteCaseStore {
    public func history(caseID: CaseID) throws -> [CaseHistoryEntry] {
        try read { db in
            let names = Dictionary(try Self.directory(db).map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            let codec = CaseCodec()
            func decoded(_ text: String?) -> CaseFile? { text.flatMap { try? codec.file(fromDocument: $0) } }
            var document = try CaseTimeline.currentDocument(db, uid: caseID)
            var history: [CaseHistoryEntry] = []
            for entry in try CaseTimeline.rows(db, uid: caseID) {
                guard CaseTimeline.changesCase(entry) else {
                    history.append(CaseHistoryEntry(entry: entry, staffName: names[entry.user], before: nil, after: nil))
                    continue
                }
                let before = CaseTimeline.undo(document, entry)
                history.append(CaseHistoryEntry(entry: entry, staffName: names[entry.user], before: decoded(before),
                                                after: decoded(document)))
                document = before
            }
            return history
        }
    }
}
