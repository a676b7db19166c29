import CaseDomain

/// The keys an import checks each case against (matters, case ids, A-numbers), read once instead of asked
/// case by case, and kept up to date with what the import writes. Exact for the transaction that reads
/// them: a writing import holds the audit chain's head, which every other write takes first, so no other
/// host changes a case meanwhile; a dry run reads them in its own snapshot.
final class PGStoredKeys {
    private(set) var matters: Set<String> = []
    private var matterOfCase: [String: String] = [:]
    private var matterOfNumber: [String: String] = [:]

    init(_ db: PQConnection) throws {
        for row in try db.execute(#"SELECT matter, uid FROM "case""#) {
            let matter = try row.text("matter")
            matters.insert(matter)
            matterOfCase[try row.text("uid")] = matter
        }
        for row in try db.execute(#"SELECT n.digits, c.matter FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id"#) {
            matterOfNumber[try row.text("digits")] = try row.text("matter")
        }
    }

    func matter(ofCase id: CaseID) -> String? { matterOfCase[id.rawValue] }

    func matter(holding number: ANumber) -> String? { matterOfNumber[number.digits] }

    /// A case the import wrote.
    func add(_ file: CaseFile) {
        matters.insert(file.matter)
        if let id = file.id { matterOfCase[id.rawValue] = file.matter }
        for number in file.aNumbers { matterOfNumber[number.digits] = file.matter }
    }

    /// A case as it was before the import rewrote it.
    func remove(_ file: CaseFile) {
        matters.remove(file.matter)
        if let id = file.id { matterOfCase[id.rawValue] = nil }
        for number in file.aNumbers { matterOfNumber[number.digits] = nil }
    }
}
