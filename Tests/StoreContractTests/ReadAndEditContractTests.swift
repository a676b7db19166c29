import CaseDomain
import CaseStore
import Testing

@Suite("Store contract: reading and editing through the protocol")
struct ReadAndEditContractTests {
    @Test("A created case reads back by id and by matter, with ids on every item", arguments: Backends.all)
    func createAndRead(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let created = try store.createCase(sampleCase("2026-0001"))
        let id = try #require(created.file.id)
        #expect(created.version == 1)
        #expect(try store.caseCount() == 1)
        #expect(try store.loadCase(id: id)?.file == created.file)
        #expect(try store.loadCase(matter: "2026-0001")?.file == created.file)
        #expect(created.file.events.allSatisfy { $0.id != nil })
        #expect(created.file.custody.allSatisfy { $0.id != nil })
        #expect(created.file.evidence.allSatisfy { $0.id != nil })
        #expect(try store.loadCase(matter: "nope") == nil)
        let rows = try store.caseListRows(sortedBy: .nextDeadline)
        #expect(rows.map(\.id) == [id])
        #expect(try store.caseListRows(ids: [id]).map(\.matter) == ["2026-0001"])
        #expect(try store.caseSummaries(sortedBy: .matter).map(\.id) == [id])
        #expect(throws: StoreError.duplicateMatter(matter: "2026-0001")) { try store.createCase(sampleCase("2026-0001")) }
    }

    @Test("Every edit applies by item id, keeps ids, bumps the version and writes its audit row",
          arguments: Backends.all)
    func edits(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        var stored = try store.createCase(sampleCase("2026-0002"))
        let id = try #require(stored.file.id)
        stored = try store.apply(.recordEvent(TimelineEvent(kind: .filing, date: day("2026-02-01"), title: "I-589")),
                                 to: id, expectedVersion: 1)
        let filing = try #require(stored.file.events.first { $0.kind == .filing })
        #expect(filing.id == itemID("e2-1"))
        #expect(filing.recordedBy == store.currentUser)
        stored = try store.apply(.updateEvent(itemID("e2-1"), TimelineEvent(kind: .filing, date: day("2026-02-02"))),
                                 to: id, expectedVersion: stored.version)
        #expect(stored.file.events.first { $0.id == itemID("e2-1") }?.date == day("2026-02-02"))
        stored = try store.apply(.removeEvent(itemID("e2-1")), to: id, expectedVersion: stored.version)
        #expect(!stored.file.events.contains { $0.id == itemID("e2-1") })
        stored = try store.apply(.changeCustody(CustodyPeriod(status: .paroled, from: day("2026-05-01"))), to: id,
                                 expectedVersion: stored.version)
        #expect(stored.file.custody.map(\.to) == [day("2026-05-01"), nil])
        #expect(throws: StoreError.self) {
            try store.apply(.changeCustody(CustodyPeriod(status: .bond, from: day("2026-04-01"))), to: id,
                            expectedVersion: stored.version)
        }
        let open = try #require(stored.file.custody.last?.id)
        var corrected = try #require(stored.file.custody.last)
        corrected.place = "San Diego"
        stored = try store.apply(.correctCustody(open, corrected), to: id, expectedVersion: stored.version)
        #expect(stored.file.custody.last?.place == "San Diego")
        stored = try store.apply(.addEvidence(EvidenceItem(category: .medical, title: "Evaluation")), to: id,
                                 expectedVersion: stored.version)
        let added = try #require(stored.file.evidence.first { $0.title == "Evaluation" }?.id)
        stored = try store.apply(.updateEvidence(added, EvidenceItem(category: .medical, title: "Evaluation", status: .filed)),
                                 to: id, expectedVersion: stored.version)
        #expect(stored.file.evidence.first { $0.id == added }?.status == .filed)
        stored = try store.apply(.removeEvidence(added), to: id, expectedVersion: stored.version)
        #expect(!stored.file.evidence.contains { $0.id == added })
        var details = CaseDetails(of: stored.file)
        details.matter = "2026-0002-R"
        stored = try store.apply(.updateDetails(details), to: id, expectedVersion: stored.version)
        #expect(stored.file.matter == "2026-0002-R")
        #expect(stored.file.id == id)
        stored = try store.apply(.close(CaseClosure(date: day("2026-11-01"), reason: .granted)), to: id,
                                 expectedVersion: stored.version)
        #expect(throws: StoreError.self) {
            try store.apply(.close(CaseClosure(date: day("2026-11-02"), reason: .granted)), to: id,
                            expectedVersion: stored.version)
        }
        stored = try store.apply(.reopen, to: id, expectedVersion: stored.version)
        #expect(stored.file.isOpen)
        let actions = try store.auditTrail(caseID: id).map(\.action)
        #expect(actions == ["create-case", "record-event", "update-event", "remove-event", "change-custody",
                            "update-custody", "add-evidence", "update-evidence", "remove-evidence", "update-details",
                            "close-case", "reopen-case"])
        #expect(try store.auditTrail(caseID: id).map(\.caseVersion) == (1...12).map { Optional($0) })
    }

    @Test("Replacing a case keeps the ids of the items it matches", arguments: Backends.all)
    func replaceKeepsIDs(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let stored = try store.createCase(sampleCase("2026-0003"))
        var replacement = sampleCase("2026-0003")
        replacement.judge = "Hon. K. Smith"
        replacement.evidence.append(EvidenceItem(category: .witness, title: "Letter"))
        let replaced = try store.apply(.replace(replacement), to: try #require(stored.file.id), expectedVersion: 1)
        #expect(replaced.file.id == stored.file.id)
        #expect(Set(replaced.file.events.compactMap(\.id)) == Set(stored.file.events.compactMap(\.id)))
        let passport = stored.file.evidence.first { $0.title == "Passport" }?.id
        #expect(replaced.file.evidence.first { $0.title == "Passport" }?.id == passport)
        #expect(replaced.file.evidence.first { $0.title == "Letter" }?.id == itemID("d2-1"))
    }

    @Test("An edit based on a stale version is a conflict and writes nothing", arguments: Backends.all)
    func conflicts(_ backend: Backends.Backend) throws {
        let (store, cleanup) = try backend.make(day("2026-11-30"))
        defer { cleanup() }
        let stored = try store.createCase(sampleCase("2026-0004"))
        let id = try #require(stored.file.id)
        try store.apply(.addEvidence(EvidenceItem(category: .other, title: "A")), to: id, expectedVersion: 1)
        #expect(throws: StoreError.conflict(matter: "2026-0004", expectedVersion: 1, currentVersion: 2)) {
            try store.apply(.addEvidence(EvidenceItem(category: .other, title: "B")), to: id, expectedVersion: 1)
        }
        #expect(try store.loadCase(id: id)?.version == 2)
        #expect(try store.auditTrail(caseID: id).count == 2)
        #expect(throws: StoreError.self) {
            try store.apply(.removeEvent(itemID("e99")), to: id, expectedVersion: 2)
        }
        #expect(throws: StoreError.noCase(id: "cmissing")) {
            try store.apply(.reopen, to: try #require(CaseID("cmissing")), expectedVersion: 1)
        }
    }
}
