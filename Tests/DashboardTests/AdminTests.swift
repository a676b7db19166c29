import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing

/// `:staff` and `:settings`: shown in an overlay, changed through the store (which checks the role and
/// audits), refused in a read-only session.
@Suite struct AdminTests {
    static func command(_ text: String, readOnly: Bool = false) -> (DashboardState, [Effect]) {
        var (state, _) = sampleState()
        state.isReadOnly = readOnly
        _ = state.handle(.character(":"))
        for key in typing(text) { _ = state.handle(key) }
        let effects = state.handle(.enter)
        return (state, effects)
    }

    @Test("The words after :staff and :settings parse into changes; a wrong one gives the usage")
    func parsing() {
        #expect(CommandTable.parse("staff") == .success(.administer(.staff, nil)))
        #expect(CommandTable.parse("settings") == .success(.administer(.settings, nil)))
        #expect(CommandTable.parse("staff add jdoe Attorney JD Jane  Doe")
                == .success(.administer(.staff, .addStaff(StaffMember(login: "jdoe", name: "Jane Doe", initials: "JD", role: .attorney)))))
        #expect(CommandTable.parse("staff remove jdoe") == .success(.administer(.staff, .removeStaff(login: "jdoe"))))
        #expect(CommandTable.parse("staff add jdoe boss JD Jane")
                == .failure(CommandError("Role \"boss\" is not paralegal, attorney or admin")))
        #expect(CommandTable.parse("staff fire jdoe")
                == .failure(CommandError("Usage: :staff, :staff add LOGIN ROLE INITIALS NAME, :staff remove LOGIN")))
        #expect(CommandTable.parse("settings meritsFilingLeadDays 15")
                == .success(.administer(.settings, .setting(key: "meritsFilingLeadDays", values: ["15"]))))
        #expect(CommandTable.parse("settings closures add 2026-12-24 Federal offices closed")
                == .success(.administer(.settings, .setting(key: "closures", values: ["add", "2026-12-24", "Federal offices closed"]))))
        #expect(CommandTable.parse("settings timeZone")
                == .failure(CommandError("Usage: :settings KEY VALUE (:settings alone lists them)")))
    }

    @Test(":staff opens the directory and asks for it; the lines show as the command line prints them")
    func show() {
        var (state, effects) = Self.command("staff")
        #expect(effects == [.loadAdmin(.staff)])
        #expect(state.overlay == .admin)
        _ = state.update(.adminLoaded(.staff, ["mreyes  MR   paralegal  Maria Reyes"]))
        let text = Renderer.render(state).text
        #expect(text.contains("Staff directory"))
        #expect(text.contains("mreyes  MR   paralegal  Maria Reyes"))
        #expect(text.contains(":staff add LOGIN ROLE INITIALS NAME"))
        _ = state.handle(.escape)
        #expect(state.overlay == nil && state.admin == nil)
    }

    @Test("A change goes to the store; once made it is said and shown, and a setting reloads every deadline")
    func change() {
        var (state, effects) = Self.command("settings meritsFilingLeadDays 15")
        #expect(effects == [.changeAdmin(.setting(key: "meritsFilingLeadDays", values: ["15"]))])
        let after = state.update(.adminChanged(.setting(key: "meritsFilingLeadDays", values: ["15"]), summary: "Setting meritsFilingLeadDays changed"))
        #expect(after.contains(.loadAdmin(.settings)) && after.contains(.reloadList))
        #expect(state.message?.text == "Setting meritsFilingLeadDays changed")
        #expect(state.overlay == .admin)
        let staff = state.update(.adminChanged(.removeStaff(login: "jdoe"), summary: "Removed jdoe from the staff directory"))
        #expect(staff == [.loadAdmin(.staff)])
    }

    @Test("A read-only session refuses a change and sends nothing; it may still look")
    func readOnly() {
        let (state, effects) = Self.command("staff remove jdoe", readOnly: true)
        #expect(effects.isEmpty)
        #expect(state.message == StatusMessage("Read-only session: the staff directory cannot be changed", isError: true))
        #expect(Self.command("settings", readOnly: true).1 == [.loadAdmin(.settings)])
    }

    @Test("A source without a directory says so in the overlay")
    func unavailable() {
        let answer = SampleDataSource().answer(.administration(.staff))
        #expect(answer == [.adminFailed(.staff, "Could not read the staff directory: this data source has no staff directory or settings")])
    }
}
