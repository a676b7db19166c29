import CaseDomain
import Testing

@Suite("Who may write what")
struct AccessPolicyTests {
    static let para = StaffMember(login: "mreyes", name: "María Reyes", initials: "MR", role: .paralegal)
    static let attorney = StaffMember(login: "aokafor", name: "Adaeze Okafor", initials: "AO", role: .attorney)
    static let admin = StaffMember(login: "root", name: "Admin", initials: "AD", role: .admin)
    static let directory = [para, attorney, admin]

    @Test("The table of docs/domain.md, Roles: every operation for every role and for a missing login")
    func table() {
        for operation in StoreOperation.allCases {
            let paralegalMay: Bool
            let missingMay: Bool
            switch operation {
            case .editCase, .markReview: (paralegalMay, missingMay) = (true, false)
            case .recordDataOut: (paralegalMay, missingMay) = (true, true)
            case .deleteCase, .editStaff, .editSettings: (paralegalMay, missingMay) = (false, false)
            }
            #expect((AccessPolicy.decide(operation, login: "mreyes", staff: Self.directory) == .allowed) == paralegalMay)
            #expect(AccessPolicy.decide(operation, login: "aokafor", staff: Self.directory) == .allowed)
            #expect(AccessPolicy.decide(operation, login: "root", staff: Self.directory) == .allowed)
            #expect((AccessPolicy.decide(operation, login: "stranger", staff: Self.directory) == .allowed) == missingMay)
            // An empty directory, or one no one could administer, allows everything.
            #expect(AccessPolicy.decide(operation, login: "stranger", staff: []) == .allowed)
            #expect(AccessPolicy.decide(operation, login: "stranger", staff: [Self.para]) == .allowed)
        }
    }

    @Test("A refusal is one line naming the login and what it may do")
    func refusals() {
        #expect(AccessPolicy.decide(.deleteCase, login: "mreyes", staff: Self.directory)
            == .refused("mreyes is a paralegal: deleting a case needs an attorney or admin"))
        guard case .refused(let reason) = AccessPolicy.decide(.editCase, login: "x\u{1B}[2J", staff: Self.directory) else {
            Issue.record("a missing login may not edit")
            return
        }
        #expect(reason.contains("may only read") && !reason.contains("\u{1B}") && !reason.contains("\n"))
    }

    @Test("The summary a header shows agrees with the policy")
    func summary() {
        let paralegal = AccessSummary(login: "mreyes", role: .paralegal, directoryIsEmpty: false, rolesApply: true,
                                      storeIsReadOnly: false)
        #expect(paralegal.allows(.editCase) && !paralegal.allows(.deleteCase) && !paralegal.readsOnly)
        let missing = AccessSummary(login: "x", role: nil, directoryIsEmpty: false, rolesApply: true, storeIsReadOnly: false)
        #expect(missing.readsOnly && missing.allows(.recordDataOut))
        let empty = AccessSummary(login: "x", role: nil, directoryIsEmpty: true, rolesApply: false, storeIsReadOnly: false)
        #expect(StoreOperation.allCases.allSatisfy(empty.allows))
        let kiosk = AccessSummary(login: "root", role: .admin, directoryIsEmpty: false, rolesApply: true, storeIsReadOnly: true)
        #expect(kiosk.readsOnly && !kiosk.allows(.recordDataOut))
    }
}
