import CaseDomain

extension PostgresCaseStore {
    /// The open cases that could give a review item on `date`, found as on SQLite: one indexed lookup per
    /// review section, united; a stale digest carried to the date in memory or computed from its document.
    func reviewCandidates(date: CivilDate, user: String?) throws -> [ReviewCase] {
        let current = !(try anyStaleDigest(asOf: date))
        return try read { db in
            let reader = try PGSummaryReader(db, date: date, trustDigests: current)
            var parameters: [String?] = []
            func parameter(_ value: String) -> String {
                parameters.append(value)
                return "$\(parameters.count)"
            }
            let d = parameter(date.iso)
            let hearingEnd = parameter(date.adding(days: DailyReview.hearingWindowDays).iso)
            let checkInEnd = parameter(date.adding(days: DailyReview.checkInWindowDays).iso)
            let evidenceEnd = parameter(date.adding(days: DailyReview.evidenceWindowDays).iso)
            let staleBefore = parameter(date.adding(days: -DailyReview.staleAfterDays).iso)
            var conditions = [
                "review_list_from <= \(d)",
                "next_appointment_date BETWEEN \(d) AND \(hearingEnd)",
                "is_detained = 1",
                "next_check_in BETWEEN \(d) AND \(checkInEnd)",
                "has_evidence_work = 1 AND next_individual_hearing BETWEEN \(d) AND \(evidenceEnd)",
                "last_change_date < \(staleBefore)",
            ]
            if !current {
                // As on SQLite: a carried digest keeps only later appointments, and rows that cannot be
                // carried all come.
                let generation = parameter(String(reader.generation)), dayNumber = parameter(String(date.dayNumber))
                conditions[1] = "next_appointment_date <= \(hearingEnd)"
                conditions[4] = "has_evidence_work = 1 AND next_individual_hearing <= \(evidenceEnd)"
                conditions += ["digest_computed_for > \(d)", "digest_generation <> \(generation)::integer",
                               "digest_rolls_through < \(dayNumber)::bigint", "digest_rolls_through IS NULL"]
            }
            let lookups = conditions.map { "SELECT id FROM \"case\" WHERE is_open = 1 AND \($0)" }
            var sql = "SELECT \(PGSummaryReader.columns) FROM \"case\" WHERE id IN (" + lookups.joined(separator: " UNION ") + ")"
            if let user {
                let login = parameter(user)
                sql += " AND (paralegal = \(login) OR attorney = \(login))"
            }
            return try db.execute(sql, parameters).map { row in
                ReviewCase(matter: try row.text("matter"), paralegal: row.optional("paralegal"),
                           clientName: try row.text("client_name"), latinName: row.optional("latin_name"),
                           isOpen: try row.bool("is_open"), lastChange: try PGQueries.civilDate(try row.text("last_change_date")),
                           digest: try candidateDigest(row, reader: reader), id: CaseID(try row.text("uid")),
                           attorney: row.optional("attorney"))
            }
        }
    }

    /// The row's digest as the review lists it on the reader's date (`ReviewCandidateReader`'s rules).
    private func candidateDigest(_ row: PQRow, reader: PGSummaryReader) throws -> CaseDigest {
        let text = try row.text("digest")
        let holds = try reader.holds(row)
        if reader.trustDigests || holds {
            guard let digest = CaseDigest(compactText: text, listedBy: reader.date) else {
                throw DocumentError.malformed("a case digest")
            }
            return digest
        }
        if let basis = try reader.carriableBasis(row) {
            guard let digest = CaseDigest(compactText: text)?.rolled(to: reader.date, basis: basis) else {
                throw DocumentError.malformed("a case digest")
            }
            return digest.listed(by: reader.date)
        }
        return try reader.recomputedDigest(caseID: try row.int64("id"))
    }
}
