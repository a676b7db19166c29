import CaseDomain
import CaseStore
import Testing

@Suite("Store contract: deletion, restore, history, duplicates and access")
struct HistoryAndAccessContractTests {
    @Test("A deleted case leaves its trail; restoring from the deletion brings it back as a new change",
          arguments: Backends.all)
    func deleteAndRestore(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let created = try store.createCase(sampleCase("2026-0301", aNumber: "A123456789"))
        let id = try #require(created.file.id)
        let edited = try store.apply(.addEvidence(EvidenceItem(category: .medical, title: "Evaluation")), to: id,
                                     expectedVersion: 1)
        #expect(throws: StoreError.conflict(matter: "2026-0301", expectedVersion: 1, currentVersion: 2)) {
            try store.deleteCase(id: id, expectedVersion: 1)
        }
        try store.deleteCase(id: id, expectedVersion: 2)
        #expect(try store.loadCase(id: id) == nil)
        #expect(try store.caseCount() == 0)
        #expect(throws: StoreError.noCase(id: id.rawValue)) { try store.deleteCase(id: id, expectedVersion: 3) }
        let trail = try store.auditTrail(caseID: id)
        #expect(trail.map(\.action) == ["create-case", "add-evidence", "delete-case"])
        #expect(trail.map(\.caseVersion) == [1, 2, 3])
        try store.integrityCheck()

        let deletion = try #require(trail.last)
        let restored = try store.restore(fromAudit: deletion.id)
        #expect(restored.version == 4)
        #expect(restored.file == edited.file)
        #expect(try store.loadCase(id: id)?.file == edited.file)
        #expect(try store.auditTrail(caseID: id).last?.action == "restore-case")
        // Back to before the evidence was added: a rewrite of the stored case.
        let back = try store.restore(fromAudit: trail[1].id)
        #expect(back.version == 5)
        #expect(back.file.evidence == created.file.evidence)
        #expect(throws: StoreError.cannotRestore(entry: trail[0].id, reason: "there was no case before it")) {
            try store.restore(fromAudit: trail[0].id)
        }
        let settingRow = try #require(try store.auditEntries().first { $0.action == "create-store" })
        #expect(throws: StoreError.cannotRestore(entry: settingRow.id, reason: "it names no case")) {
            try store.restore(fromAudit: settingRow.id)
        }
        try store.integrityCheck()
    }

    @Test("History is newest first, with the staff name and the whole case before and after each row",
          arguments: Backends.all)
    func history(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        try store.addStaff(StaffMember(login: store.currentUser, name: "Current Person", initials: "CP", role: .paralegal))
        let created = try store.createCase(sampleCase("2026-0302"))
        let id = try #require(created.file.id)
        try store.apply(.recordEvent(TimelineEvent(kind: .filing, date: day("2026-02-01"))), to: id, expectedVersion: 1)
        let edited = try #require(try store.loadCase(id: id))
        try store.recordDataOut(.report(matter: "2026-0302"), destination: "stdout")
        try store.deleteCase(id: id, expectedVersion: 2)
        let history = try store.history(caseID: id)
        #expect(history.map(\.entry.action) == ["delete-case", "export-report", "record-event", "create-case"])
        #expect(history.allSatisfy { $0.staffName == "Current Person" })
        #expect(history[0].before == edited.file && history[0].after == nil)
        #expect(history[1].before == nil && history[1].after == nil)
        #expect(history[2].before == created.file && history[2].after == edited.file)
        #expect(history[3].before == nil && history[3].after == created.file)
        #expect(history[2].after?.events.count == (history[2].before?.events.count ?? 0) + 1)
        // What the history view shows: the one event added, by its id.
        #expect(CaseDiff.changes(from: history[2].before, to: history[2].after).map(\.path.description) == ["events[e2-1]"])
    }

    @Test("Possible duplicates: the same A-number, or the same name (any case or spacing) and birth date",
          arguments: Backends.all)
    func duplicates(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        var withNumber = sampleCase("2026-0401", name: "Ахмед Салех", aNumber: "A111222333")
        withNumber.client.birthDate = day("1980-01-01")
        let first = try store.createCase(withNumber)
        var withBirthDate = sampleCase("2026-0402")
        withBirthDate.client.birthDate = day("1991-04-05")
        let second = try store.createCase(withBirthDate)

        var newCase = sampleCase("2026-0499", name: "Someone Else", aNumber: "A-111-222-333")
        newCase.client.birthDate = day("1991-04-05")
        #expect(try store.possibleDuplicates(of: newCase) == [
            DuplicateClient(caseID: try #require(first.file.id), matter: "2026-0401", clientName: "Ахмед Салех",
                            reason: .sameANumber),
        ])
        var sameName = sampleCase("2026-0498", name: "  олена   КОВАЛЕНКО ")
        sameName.client.birthDate = day("1991-04-05")
        #expect(try store.possibleDuplicates(of: sameName).map(\.matter) == ["2026-0402"])
        #expect(try store.possibleDuplicates(of: sameName).map(\.reason) == [.sameNameAndBirthDate])
        sameName.client.birthDate = day("1991-04-06")
        #expect(try store.possibleDuplicates(of: sameName).isEmpty)
        // A case is no duplicate of itself.
        #expect(try store.possibleDuplicates(of: first.file).isEmpty)
        #expect(try store.possibleDuplicates(of: second.file).isEmpty)
    }

    @Test("A paralegal edits cases but may not delete one or change staff or settings; refusals are audited",
          arguments: Backends.all)
    func paralegalRole(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        #expect(try store.access() == AccessSummary(login: store.currentUser, role: nil, directoryIsEmpty: true,
                                                    rolesApply: false, storeIsReadOnly: false))
        try store.addStaff(StaffMember(login: store.currentUser, name: "Para", initials: "P", role: .paralegal))
        try store.addStaff(StaffMember(login: "boss", name: "Boss", initials: "B", role: .attorney))
        let access = try store.access()
        #expect(access.role == .paralegal && access.rolesApply && !access.readsOnly)
        #expect(access.allows(.editCase) && !access.allows(.deleteCase) && !access.allows(.editSettings))
        let created = try store.createCase(sampleCase("2026-0501"))
        let id = try #require(created.file.id)
        try store.apply(.addEvidence(EvidenceItem(category: .forms, title: "G-28")), to: id, expectedVersion: 1)
        try store.markReviewed(itemID: "stale:2026-0501", user: store.currentUser, date: day("2026-11-30"))
        let before = try store.auditEntries(after: 0, limit: 10_000).count
        func refused(_ body: () throws -> Void) -> Bool {
            do {
                try body()
                return false
            } catch StoreError.notPermitted(let reason) {
                return reason.contains("paralegal") && !reason.contains("\n")
            } catch {
                return false
            }
        }
        #expect(refused { try store.deleteCase(id: id, expectedVersion: 2) })
        #expect(refused { try store.setIdleLockMinutes(3) })
        #expect(refused { try store.addStaff(StaffMember(login: "x", name: "X", initials: "X", role: .admin)) })
        #expect(refused { try store.removeStaff(login: "boss") })
        #expect(try store.loadCase(id: id)?.version == 2)
        #expect(try store.staff().count == 2)
        let rows = try store.auditEntries(after: 0, limit: 10_000)
        #expect(rows.count == before + 4)
        #expect(rows.suffix(4).allSatisfy { $0.action == "refused-write" && $0.user == store.currentUser })
        try store.integrityCheck()
    }

    @Test("A missing account reads only (and may record data taken out); who set the directory up is its admin",
          arguments: Backends.all)
    func missingAccount(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let created = try store.createCase(sampleCase("2026-0601"))
        try store.addStaff(StaffMember(login: "boss", name: "Boss", initials: "B", role: .attorney))
        #expect(try store.access().role == .admin)
        try store.removeStaff(login: store.currentUser)
        let access = try store.access()
        #expect(access.role == nil && access.readsOnly && !access.directoryIsEmpty)
        #expect(throws: StoreError.self) { try store.createCase(sampleCase("2026-0602")) }
        #expect(throws: StoreError.self) {
            try store.apply(.addEvidence(EvidenceItem(category: .forms, title: "G-28")), to: try #require(created.file.id),
                            expectedVersion: 1)
        }
        #expect(throws: StoreError.self) {
            try store.markReviewed(itemID: "x", user: store.currentUser, date: day("2026-11-30"))
        }
        try store.recordDataOut(.export(format: "json", cases: 1), destination: "stdout")
        #expect(try store.caseCount() == 1)
        #expect(try store.loadCase(matter: "2026-0601")?.version == 1)
        try store.integrityCheck()
    }
}
