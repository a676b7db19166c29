import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Writing cases")
struct CaseWriteTests {
    @Test("Every field of a case survives the store, Cyrillic, CJK and multi-line notes included")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let file = Fixtures.fullCase()
        let created = try SQLiteCaseStore.open(path: path, create: true, today: date("2026-11-30")).createCase(file)
        #expect(created.version == 1)
        let loaded = try SQLiteCaseStore.open(path: path).loadCase(matter: "2026-0142")
        // Kept in the export's order: custody by start, events by date, evidence by category.
        #expect(loaded?.file.id == created.file.id)
        #expect(loaded?.file == CaseIdentity.assigningPositionIDs(withID(file.canonical, created.file.id)))
        #expect(loaded?.version == 1)
        #expect(loaded?.lastChange == date("2026-11-30"))
        var closed = file
        closed.matter = "2026-0143"
        closed.client.aNumber = nil
        closed.family = []
        closed.closed = CaseClosure(date: date("2026-11-01"), reason: .deniedFinal)
        let second = try SQLiteCaseStore.open(path: path).createCase(closed)
        #expect(try SQLiteCaseStore.open(path: path).loadCase(matter: "2026-0143")?.file
                    == CaseIdentity.assigningPositionIDs(withID(closed.canonical, second.file.id)))
    }

    @Test("Text is stored NFC-normalised, and control characters are refused with the field named")
    func textRules() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        var file = Fixtures.simpleCase("M-1", name: "Jose\u{301}")
        try store.createCase(file)
        #expect(try store.loadCase(matter: "M-1")?.file.client.name == "Jos\u{E9}")
        file = Fixtures.simpleCase("M-2", name: "Evil\u{1B}[2J")
        #expect(throws: StoreError.invalidField(matter: "M-2", field: "client.name",
                                                problem: "contains a control character (U+001B)")) {
            try store.createCase(file)
        }
        file = Fixtures.simpleCase("M-3")
        file.events = [TimelineEvent(kind: .note, date: date("2026-01-01"), title: "a\u{202E}b")]
        #expect(throws: StoreError.invalidField(matter: "M-3", field: "events[0].title",
                                                problem: "contains a bidi control character (U+202E)")) {
            try store.createCase(file)
        }
        #expect(try store.caseCount() == 1)
    }

    @Test("Matter numbers and A-numbers are unique in the store")
    func uniqueness() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        try store.createCase(Fixtures.fullCase())
        #expect(throws: StoreError.duplicateMatter(matter: "2026-0142")) { try store.createCase(Fixtures.fullCase()) }
        var other = Fixtures.simpleCase("2026-0200")
        other.family = [FamilyMember(name: "X", aNumber: ANumber(parsing: "012345678"))]
        #expect(throws: StoreError.duplicateANumber(aNumber: "A 012 345 678")) { try store.createCase(other) }
        #expect(try store.caseCount() == 1)
    }

    @Test("Each intention is one versioned write: event, custody, evidence, close, reopen, replace")
    func intentions() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        var stored = try store.createCase(Fixtures.simpleCase("M-1"))
        stored = try store.recordEvent(TimelineEvent(kind: .arrival, date: date("2022-03-10")), matter: "M-1",
                                       expectedVersion: stored.version)
        #expect(stored.version == 2)
        #expect(stored.file.events.first?.sequence == 1)
        #expect(stored.file.events.first?.recordedBy == store.currentUser)
        stored = try store.changeCustody(to: CustodyPeriod(status: .iceDetained, from: date("2022-03-11")),
                                         matter: "M-1", expectedVersion: stored.version)
        stored = try store.changeCustody(to: CustodyPeriod(status: .paroled, from: date("2022-07-12")),
                                         matter: "M-1", expectedVersion: stored.version)
        #expect(stored.file.custody.map(\.to) == [date("2022-07-12"), nil])
        stored = try store.addEvidence(EvidenceItem(category: .identity, title: "Passport"), matter: "M-1",
                                       expectedVersion: stored.version)
        let passport = try #require(stored.file.evidence.first?.id)
        stored = try store.updateEvidence(passport, to: EvidenceItem(category: .identity, title: "Passport", status: .filed),
                                          matter: "M-1", expectedVersion: stored.version)
        #expect(stored.file.evidence.first?.status == .filed)
        #expect(stored.file.evidence.first?.id == passport)
        #expect(throws: StoreError.invalidField(matter: "M-1", field: "evidence", problem: "has no item \"d99\"")) {
            try store.updateEvidence(try #require(ItemID("d99")), to: EvidenceItem(category: .other, title: "x"),
                                     matter: "M-1", expectedVersion: stored.version)
        }
        stored = try store.closeCase(matter: "M-1", closure: CaseClosure(date: date("2026-01-01"), reason: .granted),
                                     expectedVersion: stored.version)
        #expect(!stored.file.isOpen)
        stored = try store.reopenCase(matter: "M-1", expectedVersion: stored.version)
        var renamed = stored.file
        renamed.matter = "M-9"
        stored = try store.replaceCase(matter: "M-1", with: renamed, expectedVersion: stored.version)
        #expect(stored.version == 9)
        #expect(try store.loadCase(matter: "M-1") == nil)
        #expect(try store.loadCase(matter: "M-9") == stored)
    }

    @Test("A write on a stale version fails with a conflict and changes nothing")
    func conflictBetweenTwoConnections() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let mine = try SQLiteCaseStore.open(path: path, create: true)
        let theirs = try SQLiteCaseStore.open(path: path)
        let loaded = try mine.createCase(Fixtures.simpleCase("M-1"))
        try theirs.addEvidence(EvidenceItem(category: .forms, title: "I-589"), matter: "M-1",
                               expectedVersion: loaded.version)
        #expect(throws: StoreError.conflict(matter: "M-1", expectedVersion: 1, currentVersion: 2)) {
            try mine.addEvidence(EvidenceItem(category: .medical, title: "Report"), matter: "M-1",
                                 expectedVersion: loaded.version)
        }
        #expect(try mine.loadCase(matter: "M-1")?.file.evidence.map(\.title) == ["I-589"])
    }

    @Test("A change committed by another process makes our stale write a conflict")
    func conflictWithAnotherProcess() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("s.sqlite")
        let store = try SQLiteCaseStore.open(path: path, create: true)
        let loaded = try store.createCase(Fixtures.simpleCase("M-1"))
        try runPython("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], timeout=5)
            c.execute('UPDATE "case" SET version = version + 1 WHERE matter = ?', ('M-1',))
            c.commit()
            """, path)
        #expect(throws: StoreError.conflict(matter: "M-1", expectedVersion: 1, currentVersion: 2)) {
            try store.closeCase(matter: "M-1", closure: CaseClosure(date: date("2026-01-01"), reason: .withdrawn),
                                expectedVersion: loaded.version)
        }
        #expect(try store.loadCase(matter: "M-1")?.file.isOpen == true)
    }

    @Test("Every write appends an audit row naming the OS account, the time, the action, before and after")
    func auditRows() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let stored = try store.createCase(Fixtures.simpleCase("M-1"))
        try store.addEvidence(EvidenceItem(category: .forms, title: "I-589"), matter: "M-1",
                              expectedVersion: stored.version)
        let trail = try store.auditTrail(matter: "M-1")
        #expect(trail.map(\.action) == ["create-case", "add-evidence"])
        #expect(trail.allSatisfy { $0.user == OSAccount.currentLogin() && $0.user == store.currentUser })
        #expect(trail.allSatisfy { $0.at.count == 20 && $0.at.hasSuffix("Z") })
        #expect(trail[0].before == nil)
        #expect(trail[0].after?.contains("\"matter\":\"M-1\"") == true)
        #expect(trail[1].caseVersion == 2)
        // The stored case object leaves out empty lists, so "no evidence yet" reads as null.
        #expect(trail[1].before == #"{"evidence":null}"#)
        #expect(trail[1].after?.contains("I-589") == true)
        #expect(trail[1].after?.contains("client") == false)
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE audit SET os_user = 'someone'") }
        }
    }
}

/// The case with the id the store gave it.
func withID(_ file: CaseFile, _ id: CaseID?) -> CaseFile {
    var copy = file
    copy.id = id
    return copy
}
