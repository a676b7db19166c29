import CaseDomain
import Foundation
import GRDB

/// A case ready to be written: checked, encoded and digested, all away from the database, so that many
/// cases can be prepared at once on every core while one connection writes.
struct PreparedCase: Sendable {
    let file: CaseFile
    let document: String
    let digest: CaseDigest
    /// What lets the digest be carried to later dates without the document.
    let basis: DigestBasis
    /// The case came without an id and got the one its matter gives: another may be chosen if it is taken.
    var hasDerivedID = false
}

/// Writes a case's row: the document, the digest and every column derived from them.
struct CaseRows: Sendable {
    let codec: CaseCodec
    let generation: Int
    let engine: DeadlineEngine
    let today: CivilDate

    init(_ db: Database, today: CivilDate) throws {
        codec = CaseCodec()
        generation = try SettingsTable.generation(db)
        engine = DeadlineEngine(settings: try SettingsTable.deadlineSettings(db))
        self.today = today
    }

    /// Checks, normalises, encodes and digests a case; touches no database. A case without ids gets those
    /// a `casedesk/1` file would (`CaseIdentity`).
    func prepare(_ file: CaseFile, attempt: Int = 1) throws -> PreparedCase {
        var identified = file
        let derived = file.id == nil
        if derived { identified.id = CaseIdentity.derivedCaseID(matter: file.matter, attempt: attempt) }
        identified = CaseIdentity.assigningPositionIDs(identified)
        let checked = try WriteCheck.checked(identified)
        let (digest, basis) = CaseDigest.computed(file: checked, today: today, engine: engine)
        return PreparedCase(file: checked, document: try codec.document(checked), digest: digest, basis: basis,
                            hasDerivedID: derived)
    }

    /// The digest's columns, in `digestColumns`'s order.
    func digestValues(_ file: CaseFile) throws -> (CaseDigest, [(any DatabaseValueConvertible)?]) {
        let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: engine)
        return (digest, try digestValues(of: digest, basis: basis))
    }

    func digestValues(of digest: CaseDigest, basis: DigestBasis) throws -> [(any DatabaseValueConvertible)?] {
        Self.digestValues(of: digest, basis: basis, generation: generation)
    }

    static func digestValues(of digest: CaseDigest, basis: DigestBasis,
                             generation: Int) -> [(any DatabaseValueConvertible)?] {
        let next = digest.nextDeadline
        return [
            digest.compactText, digest.computedFor.iso, digest.validThrough.iso, generation,
            next?.due.iso, next?.rule.rawValue, next?.due.iso ?? "~", digest.reviewListFrom?.iso,
            digest.nextAppointment?.date.iso, digest.isDetained, digest.nextCheckIn?.iso,
            digest.nextIndividualHearing?.iso, digest.hasEvidenceWork, basis.rollsThrough.dayNumber,
            basis.laterDuesText,
        ]
    }

    static let digestColumns = [
        "digest", "digest_computed_for", "digest_valid_through", "digest_generation", "next_deadline_due",
        "next_deadline_rule", "deadline_sort_key", "review_list_from", "next_appointment_date", "is_detained",
        "next_check_in", "next_individual_hearing", "has_evidence_work", "digest_rolls_through", "digest_later_dues",
    ]

    static let caseColumns = [
        "uid", "matter", "client_name", "latin_name", "sort_name", "a_number", "nationality", "paralegal", "attorney",
        "is_open", "search_keys",
    ]

    func caseValues(_ file: CaseFile) -> [(any DatabaseValueConvertible)?] {
        [file.id?.rawValue ?? "", file.matter, file.client.name, file.client.latinName, Self.sortName(file.client), file.client.aNumber?.digits,
         file.client.nationality, file.paralegal, file.attorney, file.isOpen,
         NameSearch.keys(matter: file.matter, clientName: file.client.name, latinName: file.client.latinName)]
    }

    /// The stored case object of a case, as a join of `"case"` (alias `c`) and its document (alias `d`).
    static func selectWithDocument(_ columns: String, where condition: String) -> String {
        #"SELECT "# + columns + #" FROM "case" AS c JOIN case_document AS d ON d.case_id = c.id WHERE "# + condition
    }

    /// What the name order sorts by (`NameSearch.sortKey`: docs/commands.md says how names sort).
    static func sortName(_ client: Client) -> String {
        NameSearch.sortKey(clientName: client.name, latinName: client.latinName)
    }

    static let insertSQL: String = {
        let columns = ["version", "last_change_at", "last_change_date"] + caseColumns + digestColumns
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return #"INSERT INTO "case" ("# + columns.joined(separator: ", ") + ") VALUES (" + marks + ")"
    }()

    static let updateSQL: String = {
        let assignments = (caseColumns + digestColumns).map { "\($0) = ?" }.joined(separator: ", ")
        return #"UPDATE "case" SET version = version + 1, last_change_at = ?, last_change_date = ?, "#
            + assignments + " WHERE id = ? AND version = ?"
    }()

    static let refreshSQL: String = {
        #"UPDATE "case" SET "# + digestColumns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
    }()

    /// Inserts a prepared case whose id is free; returns its row id.
    func insert(_ db: Database, _ prepared: PreparedCase, lastChange: CivilDate, at: String) throws -> Int64 {
        let prepared = try freeID(db, prepared)
        let id = try insertCaseRow(db, prepared, lastChange: lastChange, at: at)
        try insertParts(db, prepared, caseID: id)
        return id
    }

    /// Inserts new cases table by table: every case row, then every document and A-number; returns their ids
    /// in order. Interleaving them case by case scattered the case table's pages through the file, and a
    /// review with a cold cache then read them one by one (2.4 s against 1.2 s at 100,000 cases).
    /// `check` runs before each case row is written.
    /// The cases as written (a derived id already taken is replaced by the next free one) and their row ids.
    func insertAll(_ db: Database, _ cases: [(prepared: PreparedCase, lastChange: CivilDate)], at: String,
                   check: (PreparedCase) throws -> Void = { _ in }) throws -> [(Int64, PreparedCase)] {
        var written: [(Int64, PreparedCase)] = []
        written.reserveCapacity(cases.count)
        for new in cases {
            try check(new.prepared)
            let prepared = try freeID(db, new.prepared)
            written.append((try insertCaseRow(db, prepared, lastChange: new.lastChange, at: at), prepared))
        }
        for (id, prepared) in written { try insertParts(db, prepared, caseID: id) }
        return written
    }

    /// The case with an id no stored case has: a derived id that is taken moves on to `-2`, `-3`, …; a
    /// given one that is taken is an error.
    func freeID(_ db: Database, _ prepared: PreparedCase) throws -> PreparedCase {
        var prepared = prepared
        var attempt = 1
        while let id = prepared.file.id, let holder = try String.fetchOne(
            db.cachedStatement(sql: #"SELECT matter FROM "case" WHERE uid = ?"#), arguments: [id.rawValue]) {
            guard prepared.hasDerivedID else { throw StoreError.duplicateCaseID(id: id.rawValue, matter: holder) }
            attempt += 1
            var file = prepared.file
            file.id = nil
            prepared = try self.prepare(file, attempt: attempt)
        }
        return prepared
    }

    /// The case row alone (`insertAll` writes a batch's case rows together, then their parts).
    func insertCaseRow(_ db: Database, _ prepared: PreparedCase, lastChange: CivilDate, at: String) throws -> Int64 {
        let values: [(any DatabaseValueConvertible)?] = [1, at, lastChange.iso]
            + caseValues(prepared.file) + (try digestValues(of: prepared.digest, basis: prepared.basis))
        let statement = try db.cachedStatement(sql: Self.insertSQL)
        try statement.execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
    }

    /// The case's document and A-numbers, after its case row.
    func insertParts(_ db: Database, _ prepared: PreparedCase, caseID id: Int64) throws {
        try db.cachedStatement(sql: "INSERT INTO case_document (case_id, document) VALUES (?, ?)")
            .execute(arguments: [id, prepared.document])
        try insertANumbers(db, of: prepared.file, caseID: id)
    }

    /// Rewrites a case whose stored version is `expectedVersion`; false when it no longer is.
    func update(_ db: Database, id: Int64, expectedVersion: Int, _ file: CaseFile, lastChange: CivilDate,
                at: String) throws -> (Bool, String) {
        let document = try codec.document(file)
        let (_, digest) = try digestValues(file)
        let values: [(any DatabaseValueConvertible)?] = [at, lastChange.iso] + caseValues(file)
            + digest + [id, expectedVersion]
        try db.cachedStatement(sql: Self.updateSQL).execute(arguments: StatementArguments(values))
        guard db.changesCount == 1 else { return (false, document) }
        try db.cachedStatement(sql: "UPDATE case_document SET document = ? WHERE case_id = ?")
            .execute(arguments: [document, id])
        try replaceANumbers(db, of: file, caseID: id)
        return (true, document)
    }

    /// Every A-number of the case (client and family) in the store-wide unique index, replacing its old ones.
    func replaceANumbers(_ db: Database, of file: CaseFile, caseID: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM a_number WHERE case_id = ?").execute(arguments: [caseID])
        try insertANumbers(db, of: file, caseID: caseID)
    }

    private func insertANumbers(_ db: Database, of file: CaseFile, caseID: Int64) throws {
        let numbers = file.aNumbers
        let insert = try db.cachedStatement(sql: "INSERT INTO a_number (digits, case_id) VALUES (?, ?)")
        for number in numbers {
            do {
                try insert.execute(arguments: [number.digits, caseID])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.duplicateANumber(aNumber: number.display)
            }
        }
    }
}
