import CaseDomain
import CaseStore
import Testing

@Suite("Store contract: imports, settings, staff, marks and the change feed")
struct DirectoryAndFeedContractTests {
    @Test("An import session commits all or nothing; a dry run writes nothing", arguments: Backends.all)
    func importSessions(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        try store.createCase(sampleCase("2026-0010", aNumber: "123456789"))
        let holder = try store.importSession(writing: true) { session in
            try session.insert(sampleCase("2026-0011"), source: .imported(file: "a.json"))
            return (commit: false, value: try session.matter(holding: try #require(ANumber(parsing: "123456789"))))
        }
        #expect(holder == "2026-0010")
        #expect(try store.caseCount() == 1)
        try store.importSession(writing: true) { session in
            try session.insert(sampleCase("2026-0011"), source: .imported(file: "a.json"))
            let stored = try #require(try session.storedCase(matter: "2026-0010"))
            var details = CaseDetails(of: stored.file)
            details.judge = "Hon. A. Judge"
            try session.apply([.updateDetails(details)], to: try #require(stored.file.id), source: .imported(file: "a.csv"))
            return (commit: true, value: ())
        }
        #expect(try store.caseCount() == 2)
        #expect(try store.loadCase(matter: "2026-0010")?.file.judge == "Hon. A. Judge")
        let imported = try #require(try store.loadCase(matter: "2026-0011")?.file.id)
        #expect(imported == CaseIdentity.derivedCaseID(matter: "2026-0011"))
        #expect(try store.auditTrail(caseID: imported).map(\.detail) == ["imported from a.json"])
        #expect(throws: StoreError.self) {
            try store.importSession(writing: false) { session in
                try session.insert(sampleCase("2026-0012"), source: .imported(file: "b.json"))
                return (commit: true, value: ())
            }
        }
        #expect(try store.caseCount() == 2)
    }

    @Test("Settings, staff and review marks are kept and audited", arguments: Backends.all)
    func directory(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        try store.setMeritsFilingLeadDays(21)
        try store.addClosure(CourtClosure(date: day("2026-12-24"), reason: "Closure"))
        #expect(try store.settings().meritsFilingLeadDays == 21)
        #expect(try store.settings().closures.map(\.date) == [day("2026-12-24")])
        #expect(throws: StoreError.self) { try store.setMeritsFilingLeadDays(0) }
        try store.addStaff(StaffMember(login: "mreyes", name: "María Reyes", initials: "MR", role: .paralegal))
        #expect(throws: StoreError.self) {
            try store.addStaff(StaffMember(login: "Bad Login", name: "X", initials: "X", role: .paralegal))
        }
        #expect(throws: StoreError.duplicateStaff(login: "mreyes")) {
            try store.addStaff(StaffMember(login: "mreyes", name: "M", initials: "M", role: .paralegal))
        }
        #expect(try store.staff().map(\.login) == ["mreyes"])
        try store.markReviewed(itemID: "deadlines:2026-0001:x", user: "mreyes", date: day("2026-11-30"))
        #expect(try store.reviewedItems(user: "mreyes", date: day("2026-11-30")) == ["deadlines:2026-0001:x"])
        #expect(try store.reviewedItems(user: "mreyes", date: day("2026-12-01")).isEmpty)
        try store.unmarkReviewed(itemID: "deadlines:2026-0001:x", user: "mreyes", date: day("2026-11-30"))
        #expect(try store.reviewedItems(user: "mreyes", date: day("2026-11-30")).isEmpty)
        let actions = try store.auditEntries(after: 0).map(\.action)
        #expect(actions.suffix(5) == ["set-setting", "add-closure", "add-staff", "mark-reviewed", "unmark-reviewed"])
    }

    @Test("The change feed names the cases changed and whether settings, staff or marks did", arguments: Backends.all)
    func changeFeed(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let start = try store.changeToken()
        #expect(try store.changes(since: start).isEmpty)
        let first = try store.createCase(sampleCase("2026-0020"))
        let second = try store.createCase(sampleCase("2026-0021"))
        var changes = try store.changes(since: start)
        #expect(changes.cases == Set([first.file.id, second.file.id].compactMap { $0 }))
        #expect(!changes.settingsChanged && !changes.staffChanged && !changes.marksChanged)
        let afterCreates = changes.token
        #expect(afterCreates == (try store.changeToken()))
        // A refused edit is no change.
        let firstID = try #require(first.file.id)
        #expect(throws: StoreError.self) { try store.apply(.reopen, to: firstID, expectedVersion: 1) }
        changes = try store.changes(since: afterCreates)
        #expect(changes.isEmpty)
        try store.apply(.close(CaseClosure(date: day("2026-11-29"), reason: .withdrawn)), to: try #require(first.file.id),
                        expectedVersion: 1)
        try store.setIdleLockMinutes(5)
        try store.addStaff(StaffMember(login: "ak", name: "A. K.", initials: "AK", role: .attorney))
        try store.markReviewed(itemID: "x", user: "ak", date: day("2026-11-30"))
        changes = try store.changes(since: afterCreates)
        #expect(changes.cases == Set([first.file.id].compactMap { $0 }))
        #expect(changes.settingsChanged && changes.staffChanged && changes.marksChanged)
        // Data taken out and digest refreshes are not changes.
        let quiet = try store.changeToken()
        try store.recordDataOut(.export(format: "json", cases: 2), destination: "stdout")
        _ = try store.caseListRows(sortedBy: .nextDeadline)
        #expect(try store.changes(since: quiet).cases.isEmpty)
        #expect(try store.changes(since: quiet).settingsChanged == false)
    }

    @Test("A file store offers backups as a capability; a server's are its own tools'", arguments: Backends.all)
    func backups(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        #expect((store.backups != nil) == backend.takesBackups)
        #expect(!store.location.isEmpty)
        try store.integrityCheck()
    }
}
