import CaseDomain
import Foundation
import Testing
@testable import CaseStore

@Suite("Settings, staff and review marks")
struct SettingsTests {
    @Test("Settings are typed, validated and audited")
    func settings() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        try store.setTimeZone("America/Los_Angeles")
        try store.setMeritsFilingLeadDays(15)
        try store.setKioskOpaqueCodes(true)
        try store.setIdleLockMinutes(0)
        try store.addClosure(CourtClosure(date: date("2026-01-27"), reason: "Snow"))
        try store.addClosure(CourtClosure(date: date("2026-03-02"), reason: "Power cut"))
        try store.removeClosure(on: date("2026-03-02"))
        let settings = try store.settings()
        #expect(settings == StoreSettings(timeZone: "America/Los_Angeles", meritsFilingLeadDays: 15,
                                          closures: [CourtClosure(date: date("2026-01-27"), reason: "Snow")],
                                          kioskOpaqueCodes: true, groupShared: false, idleLockMinutes: 0))
        #expect(settings.deadlineSettings == DeadlineSettings(meritsFilingLeadDays: 15, closures: settings.closures))
        #expect(throws: StoreError.invalidSetting(key: "timeZone", problem: "\"Mars/Olympus\" is not a time zone name")) {
            try store.setTimeZone("Mars/Olympus")
        }
        #expect(throws: StoreError.self) { try store.setMeritsFilingLeadDays(0) }
        #expect(throws: StoreError.self) { try store.setIdleLockMinutes(-1) }
        #expect(throws: StoreError.self) { try store.removeClosure(on: date("2030-01-01")) }
        let audit = try store.auditEntries().filter { $0.subject == "setting meritsFilingLeadDays" }
        #expect(audit.map(\.before) == ["30"])
        #expect(audit.map(\.after) == ["15"])
    }

    @Test("The staff directory adds and removes people, audited")
    func staff() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let maria = StaffMember(login: "mreyes", name: "María Reyes", initials: "MR", role: .paralegal)
        try store.addStaff(maria)
        #expect(throws: StoreError.duplicateStaff(login: "mreyes")) { try store.addStaff(maria) }
        #expect(throws: StoreError.self) {
            try store.addStaff(StaffMember(login: "Bad Login", name: "X", initials: "X", role: .admin))
        }
        #expect(try store.staff() == [maria])
        try store.removeStaff(login: "mreyes")
        #expect(throws: StoreError.unknownStaff(login: "mreyes")) { try store.removeStaff(login: "mreyes") }
        #expect(try store.auditEntries().map(\.action).suffix(2) == ["add-staff", "remove-staff"])
    }

    @Test("Review marks hold for one user and one day")
    func marks() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let day = date("2026-11-30")
        try store.markReviewed(itemID: "stale:M-1", user: "mreyes", date: day)
        try store.markReviewed(itemID: "stale:M-1", user: "mreyes", date: day)
        try store.markReviewed(itemID: "detained:M-2", user: "mreyes", date: day)
        #expect(try store.reviewedItems(user: "mreyes", date: day) == ["stale:M-1", "detained:M-2"])
        #expect(try store.reviewedItems(user: "akim", date: day).isEmpty)
        #expect(try store.reviewedItems(user: "mreyes", date: day.adding(days: 1)).isEmpty)
        try store.unmarkReviewed(itemID: "stale:M-1", user: "mreyes", date: day)
        #expect(try store.reviewedItems(user: "mreyes", date: day) == ["detained:M-2"])
    }
}
