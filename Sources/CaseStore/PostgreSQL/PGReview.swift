import CaseDomain

extension PostgresCaseStore {
    /// The open cases that could give a review item on `date`, found as on SQLite: one indexed lookup per
    /// review section, united; a stale digest whose listing reaches the date carried there in memory
    /// (`CaseDigest.rolledListing`), only the others computed from their documents.
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
                // As on SQLite: a carried digest keeps only later appointments, and the rows whose listing
                // cannot be carried all come (`uncarriedListingConditions`, with integer day numbers).
                conditions[1] = "next_appointment_date <= \(hearingEnd)"
                conditions[4] = "has_evidence_work = 1 AND next_individual_hearing <= \(evidenceEnd)"
                let generation = parameter(String(reader.generation)), dayNumber = parameter(String(date.dayNumber))
                let feeReachBefore = parameter(String(date.dayNumber - DigestBasis.feeListingGap))
                conditions += [
                    "digest_computed_for > \(d)", "digest_generation < \(generation)::integer",
                    "digest_generation > \(generation)::integer", "digest_rolls_through IS NULL",
                    "digest_rolls_through < \(feeReachBefore)::bigint",
                    // The day number of the digest's own day: days since 1970-01-01, as `CivilDate` counts.
                    "digest_rolls_through < \(dayNumber)::bigint "
                        + "AND digest_rolls_through <= digest_computed_for::date - DATE '1970-01-01'",
                ]
            }
            let lookups = conditions.map { "SELECT id FROM \"case\" WHERE is_open = 1 AND \($0)" }
            var sql = "SELECT \(PGReviewReader.columns) FROM \"case\" WHERE id IN (" + lookups.joined(separator: " UNION ") + ")"
            if let user {
                let login = parameter(user)
                sql += " AND (paralegal = \(login) OR attorney = \(login))"
            }
            return try PGReviewReader(reader: reader).candidates(try db.execute(sql, parameters))
        }
    }
}

/// Turns the review query's rows into `ReviewCase`s: each row's digest as stored, carried to the date, or
/// computed from its document (all such documents read in one statement); the digests decoded on every
/// core, as the SQLite reader decodes them.
struct PGReviewReader {
    let reader: PGSummaryReader

    /// The fewest rows worth handing to another core.
    static let minimumChunk = 2048

    /// The columns `candidates` reads: the review's, not the list's.
    static let columns = """
        id, matter, client_name, latin_name, paralegal, attorney, is_open, last_change_date, digest, \
        digest_computed_for, digest_valid_through, digest_generation, uid, digest_rolls_through, digest_later_dues
        """

    func candidates(_ rows: PQRows) throws -> [ReviewCase] {
        var pending: [PGPendingCandidate] = []
        pending.reserveCapacity(rows.count)
        var documentIDs: [String] = []
        for row in rows {
            let digest = try pendingDigest(row)
            if case .document(let id) = digest { documentIDs.append(String(id)) }
            pending.append(PGPendingCandidate(
                matter: try row.text("matter"), paralegal: row.optional("paralegal"), clientName: try row.text("client_name"),
                latinName: row.optional("latin_name"), isOpen: try row.bool("is_open"),
                lastChange: try PGQueries.civilDate(try row.text("last_change_date")), id: CaseID(try row.text("uid")),
                attorney: row.optional("attorney"), digest: digest))
        }
        var documents: [Int64: String] = [:]
        if !documentIDs.isEmpty {
            for row in try reader.db.execute("SELECT case_id, document FROM case_document WHERE case_id = ANY($1::bigint[])",
                                             [pqArray(documentIDs)]) {
                documents[try row.int64("case_id")] = try row.text("document")
            }
        }
        return try decoded(pending, documents: documents)
    }

    /// The row's stored digest (with the basis that carries its listing to the date when it does not hold
    /// there), or the id of the document to compute it from.
    private func pendingDigest(_ row: PQRow) throws -> PGPendingDigest {
        let text = try row.text("digest")
        if try reader.trustDigests || reader.holds(row) { return .stored(text, carriedBy: nil) }
        if let basis = try reader.listingBasis(row) { return .stored(text, carriedBy: basis) }
        return .document(try row.int64("id"))
    }

    private func decoded(_ pending: [PGPendingCandidate], documents: [Int64: String]) throws -> [ReviewCase] {
        let recomputer = DigestRecomputer(codec: reader.codec, date: reader.date, engine: reader.engine)
        let date = reader.date
        let chunks = Parallel.mapChunks(count: pending.count, minimumChunk: Self.minimumChunk) { range in
            pending[range].map { candidate in
                Result { try candidate.reviewCase(date: date, recomputer: recomputer, documents: documents) }
            }
        }
        return try chunks.flatMap { try $0.map { try $0.get() } }
    }
}

/// Where a candidate's digest comes from.
enum PGPendingDigest: Sendable {
    case stored(String, carriedBy: DigestBasis?)
    case document(Int64)
}

/// A review row read before its digest is decoded.
struct PGPendingCandidate: Sendable {
    let matter: String
    let paralegal: String?
    let clientName: String
    let latinName: String?
    let isOpen: Bool
    let lastChange: CivilDate
    let id: CaseID?
    let attorney: String?
    let digest: PGPendingDigest

    func reviewCase(date: CivilDate, recomputer: DigestRecomputer, documents: [Int64: String]) throws -> ReviewCase {
        let decoded: CaseDigest?
        switch digest {
        case .stored(let text, nil):
            decoded = CaseDigest(compactText: text, listedBy: date)
        case .stored(let text, let basis?):
            // Read whole, then carried and cut to what the review lists, as on SQLite.
            decoded = CaseDigest(compactText: text)?.rolledListing(to: date, basis: basis)
        case .document(let id):
            guard let document = documents[id] else { throw DocumentError.malformed("a case row") }
            decoded = try recomputer.digest(fromDocument: document)
        }
        guard let decoded else { throw DocumentError.malformed("a case digest") }
        return ReviewCase(matter: matter, paralegal: paralegal, clientName: clientName, latinName: latinName, isOpen: isOpen,
                          lastChange: lastChange, digest: decoded, id: id, attorney: attorney)
    }
}
