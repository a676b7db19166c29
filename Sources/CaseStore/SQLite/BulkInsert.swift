import CaseDomain
import GRDB

extension SQLiteCaseStore {
    /// How many cases pass between two progress reports.
    public static let bulkProgressInterval = 1000

    /// Writes many cases in one transaction (`generate`, `import`): all or nothing. The sequence is read one
    /// case at a time, so memory stays bounded; `progress` receives the running count every
    /// `bulkProgressInterval` cases and at the end. Each case gets its own audit row naming the source.
    @discardableResult
    public func insertCases<S: Sequence>(_ cases: S, source: BulkSource, mode: BulkMode = .insertOnly,
                                         progress: ((Int) -> Void)? = nil) throws -> BulkResult
    where S.Element == BulkCase {
        try write(.editCase, subject: "cases (\(source.auditDetail))") { db in
            // A bigger page cache while the indexes grow by thousands of rows; the default comes back after.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            let today = try Self.today(in: db, override: todayOverride)
            let rows = try CaseRows(db, today: today)
            let at = AuditLog.timestamp()
            let action = source.auditAction
            var result = BulkResult(inserted: 0, replaced: 0)
            // New cases wait here until the batch is full, then go in table by table (`insertNew`).
            var waiting: [(prepared: PreparedCase, lastChange: CivilDate)] = []
            var waitingMatters: Set<String> = []
            func insertWaiting() throws {
                try insertNew(db, waiting, rows: rows, action: action, source: source, at: at) { count in
                    result.inserted += count
                    let total = result.inserted + result.replaced
                    if total % Self.bulkProgressInterval == 0 { progress?(total) }
                }
                waiting.removeAll(keepingCapacity: true)
                waitingMatters.removeAll(keepingCapacity: true)
            }
            for (bulkCase, preparation) in PreparedBatches(cases, rows: rows) {
                let prepared = try preparation.get()
                let file = prepared.file
                let lastChange = bulkCase.lastChange ?? today
                // A matter seen again must find the first one stored, whole.
                if waitingMatters.contains(file.matter) { try insertWaiting() }
                if let stored = try StoredCaseRow.fetch(db, matter: file.matter, codec: rows.codec) {
                    switch mode {
                    case .insertOnly:
                        throw StoreError.duplicateMatter(matter: file.matter)
                    case .replaceExisting:
                        // The case as given (not as prepared), so its items keep the stored ids they match.
                        try rows.rewrite(db, stored, edits: [.replace(bulkCase.file)], user: currentUser,
                                         audit: .imported(source), at: at)
                        result.replaced += 1
                        let total = result.inserted + result.replaced
                        if total % Self.bulkProgressInterval == 0 { progress?(total) }
                    }
                } else {
                    waiting.append((prepared, lastChange))
                    waitingMatters.insert(file.matter)
                    if waiting.count == PreparedBatches<S>.batchSize { try insertWaiting() }
                }
            }
            try insertWaiting()
            progress?(result.inserted + result.replaced)
            return result
        }
    }

    /// Inserts new cases table by table (`CaseRows.insertAll`), then their audit rows.
    private func insertNew(_ db: Database, _ cases: [(prepared: PreparedCase, lastChange: CivilDate)], rows: CaseRows,
                           action: AuditAction, source: BulkSource, at: String, inserted: (Int) -> Void) throws {
        for (id, prepared) in try rows.insertAll(db, cases, at: at) {
            let file = prepared.file
            // Generated cases are reproducible from their seed: their audit row need not copy them.
            let after: String? = action == .generateCase ? nil : prepared.document
            try AuditLog.append(db, user: currentUser, action: action, subject: "case \(file.matter)",
                                caseID: id, caseUID: file.id, matter: file.matter, caseVersion: 1,
                                detail: source.auditDetail, after: after, at: at)
            inserted(1)
        }
    }
}
