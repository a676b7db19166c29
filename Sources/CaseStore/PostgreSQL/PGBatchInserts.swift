import CaseDomain
import Foundation

/// A new case for `PGCaseRows.insertAll`: prepared, with the day of its last change and what its audit
/// row says.
struct PGNewCase {
    let prepared: PreparedCase
    let lastChange: CivilDate
    let action: AuditAction
    let detail: String?
    /// Whether the audit row keeps the whole document (a generated case is reproducible from its seed).
    let keepsDocument: Bool
}

extension PGCaseRows {
    /// Cases' rows of their audit table kept below PostgreSQL's 65,535 parameters a statement.
    static let batchLimit = 1024

    /// Inserts new cases a batch at a time, each table's rows in one multi-row statement (a round trip
    /// per table, not per case), then their audit rows, chained in the cases' order. The same checks as
    /// writing them one by one, in the same order: a matter already stored (or earlier in the batch) is
    /// `duplicateMatter`, a given id that is taken `duplicateCaseID`, a derived one moves on to `-2`, …,
    /// an A-number held `duplicateANumber`. Returns each case's row id and the case as written.
    @discardableResult
    func insertAll(_ db: PQConnection, _ cases: [PGNewCase], user: String, at: String) throws -> [(Int64, PreparedCase)] {
        var written: [(Int64, PreparedCase)] = []
        var start = 0
        while start < cases.count {
            let end = min(cases.count, start + Self.batchLimit)
            written += try insertBatch(db, Array(cases[start..<end]), user: user, at: at)
            start = end
        }
        return written
    }

    private func insertBatch(_ db: PQConnection, _ cases: [PGNewCase], user: String,
                             at: String) throws -> [(Int64, PreparedCase)] {
        guard !cases.isEmpty else { return [] }
        let ready = try freeKeys(db, cases.map(\.prepared))
        // The case rows.
        let columnCount = 3 + CaseRows.caseColumns.count + CaseRows.digestColumns.count
        var values: [String?] = []
        values.reserveCapacity(columnCount * ready.count)
        for (prepared, new) in zip(ready, cases) {
            values += ["1", at, new.lastChange.iso] + rows.caseValues(prepared.file).map(pqText)
                + (try rows.digestValues(of: prepared.digest, basis: prepared.basis)).map(pqText)
        }
        let columns = ["version", "last_change_at", "last_change_date"] + CaseRows.caseColumns + CaseRows.digestColumns
        let insertedRows = try db.execute(#"INSERT INTO "case" ("# + columns.joined(separator: ", ") + ") VALUES "
                                          + Self.valueLists(rows: ready.count, columns: columnCount) + " RETURNING id, uid",
                                          values)
        var rowIDs: [String: Int64] = [:]
        for row in insertedRows { rowIDs[try row.text("uid")] = try row.int64("id") }
        let ids = try ready.map { prepared -> Int64 in
            guard let id = rowIDs[prepared.file.id?.rawValue ?? ""] else { throw DocumentError.malformed("an inserted case") }
            return id
        }
        // Their documents and A-numbers.
        try db.execute("INSERT INTO case_document (case_id, document) VALUES "
                       + Self.valueLists(rows: ready.count, columns: 2),
                       zip(ids, ready).flatMap { [String($0.0), $0.1.document] })
        try insertANumbers(db, ready.map(\.file), caseIDs: ids)
        // Their audit rows.
        try PGAudit.appendAll(db, zip(zip(ids, ready), cases).map { pair, new in
            let (id, prepared) = pair
            return PGAuditRow(user: user, action: new.action, subject: "case \(prepared.file.matter)", caseID: id,
                              caseUID: prepared.file.id, matter: prepared.file.matter, caseVersion: 1, detail: new.detail,
                              before: nil, after: new.keepsDocument ? prepared.document : nil, at: at)
        })
        return Array(zip(ids, ready))
    }

    /// Each case checked against the store and the cases before it in the batch, as `insert` checks one:
    /// its matter free, its id free (a derived one moved on until it is). One query for the batch.
    private func freeKeys(_ db: PQConnection, _ cases: [PreparedCase]) throws -> [PreparedCase] {
        var mattersTaken = Set<String>()
        var holders: [String: String] = [:]
        for row in try db.execute(#"SELECT matter, uid FROM "case" WHERE matter = ANY($1::text[]) OR uid = ANY($2::text[])"#,
                                  [pqArray(cases.map(\.file.matter)), pqArray(cases.compactMap(\.file.id?.rawValue))]) {
            mattersTaken.insert(try row.text("matter"))
            holders[try row.text("uid")] = try row.text("matter")
        }
        var ready: [PreparedCase] = []
        ready.reserveCapacity(cases.count)
        for var prepared in cases {
            let matter = prepared.file.matter
            guard !mattersTaken.contains(matter) else { throw StoreError.duplicateMatter(matter: matter) }
            var attempt = 1
            while let id = prepared.file.id, let holder = try holders[id.rawValue] ?? Self.holder(db, of: id, checked: attempt == 1) {
                guard prepared.hasDerivedID else { throw StoreError.duplicateCaseID(id: id.rawValue, matter: holder) }
                attempt += 1
                var file = prepared.file
                file.id = nil
                prepared = try rows.prepare(file, attempt: attempt)
            }
            mattersTaken.insert(matter)
            if let id = prepared.file.id { holders[id.rawValue] = matter }
            ready.append(prepared)
        }
        return ready
    }

    /// The matter of the stored case with this id; not asked again for an id the batch's query covered.
    private static func holder(_ db: PQConnection, of id: CaseID, checked: Bool) throws -> String? {
        if checked { return nil }
        return try db.execute(#"SELECT matter FROM "case" WHERE uid = $1"#, [id.rawValue]).first?.optional("matter")
    }

    /// Every A-number of the cases in one statement; one that is taken (by a stored case, an earlier one
    /// of the batch, or twice in one case) is named as inserting them one by one names it.
    private func insertANumbers(_ db: PQConnection, _ files: [CaseFile], caseIDs: [Int64]) throws {
        var digits: [String] = [], owners: [String] = []
        var numbersOf: [[ANumber]] = []
        for (file, id) in zip(files, caseIDs) {
            let numbers = file.aNumbers
            numbersOf.append(numbers)
            for number in numbers {
                digits.append(number.digits)
                owners.append(String(id))
            }
        }
        guard !digits.isEmpty else { return }
        var inserted = Set<String>()
        for row in try db.execute("""
            INSERT INTO a_number (digits, case_id) SELECT * FROM unnest($1::text[], $2::bigint[])
            ON CONFLICT (digits) DO NOTHING RETURNING digits, case_id
            """, [pqArray(digits), pqArray(owners)]) {
            inserted.insert(try row.text("digits") + " " + row.text("case_id"))
        }
        for (numbers, id) in zip(numbersOf, caseIDs) {
            for number in numbers where inserted.remove(number.digits + " \(id)") == nil {
                throw StoreError.duplicateANumber(aNumber: number.display)
            }
        }
    }

    /// `($1, $2, …), (…), …`: `rows` lists of `columns` parameters each.
    static func valueLists(rows: Int, columns: Int) -> String {
        (0..<rows).map { row in "(" + placeholders((row * columns + 1)...(row * columns + columns)) + ")" }
            .joined(separator: ", ")
    }
}

/// A text array literal for one parameter (`{"a","b"}`), each element quoted and escaped.
func pqArray(_ elements: [String]) -> String {
    "{" + elements.map { element in
        "\"" + element.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }.joined(separator: ",") + "}"
}
