import CaseDomain
import Foundation
import GRDB

extension SQLiteCaseStore {
    /// Cases holding one of the file's A-numbers (the unique index answers), then cases whose client has the
    /// same name and birth date: names are compared in Swift (NFC, case-folded, white space collapsed), which
    /// SQLite cannot do, over the case rows' name column; only a name match loads its document.
    public func possibleDuplicates(of file: CaseFile) throws -> [DuplicateClient] {
        try read { db in
            var found: [CaseID: DuplicateClient] = [:]
            let numbers = file.aNumbers
            for number in numbers {
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT c.uid, c.matter, c.client_name FROM a_number AS n JOIN "case" AS c ON c.id = n.case_id
                    WHERE n.digits = ?
                    """, arguments: [number.digits]), let id = CaseID(row["uid"] as String), id != file.id else { continue }
                found[id] = DuplicateClient(caseID: id, matter: row["matter"], clientName: row["client_name"],
                                            reason: .sameANumber)
            }
            if let birthDate = file.client.birthDate {
                let name = Self.comparableName(file.client.name)
                let codec = CaseCodec()
                let rows = try Row.fetchCursor(db, sql: #"SELECT id, uid, matter, client_name FROM "case""#)
                while let row = try rows.next() {
                    guard Self.comparableName(row["client_name"]) == name, let id = CaseID(row["uid"] as String),
                          id != file.id, found[id] == nil,
                          let document = try String.fetchOne(db, sql: "SELECT document FROM case_document WHERE case_id = ?",
                                                             arguments: [row["id"] as Int64]),
                          try codec.file(fromDocument: document).client.birthDate == birthDate else { continue }
                    found[id] = DuplicateClient(caseID: id, matter: row["matter"], clientName: row["client_name"],
                                                reason: .sameNameAndBirthDate)
                }
            }
            return found.values.sorted { Array($0.matter.utf8).lexicographicallyPrecedes(Array($1.matter.utf8)) }
        }
    }

    /// A name as duplicates are compared: NFC, case-folded, runs of white space as one space, trimmed.
    static func comparableName(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
