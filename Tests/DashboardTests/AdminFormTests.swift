import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import Testing

/// `a` in `:staff` and `:settings`: a small form that makes the change the command line makes.
@Suite struct AdminFormTests {
    /// The overlay of `topic` open, as after `:staff` or `:settings`, with a form harness's state.
    func harnessInOverlay(_ topic: AdminTopic, readOnly: Bool = false) -> FormHarness {
        var harness = FormHarness(readOnly: readOnly)
        _ = harness.state.showAdmin(topic)
        return harness
    }

    @Test("a in :staff opens the staff form; Ctrl-S sends the same change as :staff add, and no draft is kept")
    func addStaffMember() throws {
        var harness = harnessInOverlay(.staff)
        _ = harness.state.update(.adminLoaded(.staff, ["mreyes  MR   paralegal  Maria Reyes"]))
        #expect(harness.screen().contains("a opens a form for the same change."))
        harness.press(.character("a"))
        let form = try #require(harness.form)
        #expect(form.kind == .addStaff)
        #expect(form.fields.map(\.key) == ["login", "role", "initials", "name"])
        #expect(harness.screen().contains("Add a staff member"))
        #expect(harness.state.overlay == nil)
        harness.type("jdoe")
        #expect(!harness.effects.contains { if case .keepDraft = $0 { true } else { false } })
        harness.focus("role")
        harness.press(.character("a"))
        #expect(harness.form?.values["role"] == "attorney")
        harness.fill("initials", "JD")
        harness.fill("name", "Jane Doe")
        harness.press(.ctrl("s"))
        #expect(harness.form == nil)
        let expected = AdminChange.addStaff(StaffMember(login: "jdoe", name: "Jane Doe", initials: "JD", role: .attorney))
        #expect(harness.effects.contains(.changeAdmin(expected)))
        #expect(!harness.effects.contains { if case .dropDraft = $0 { true } else { false } })
    }

    @Test("A bad login is refused at its field; a blank name keeps the form open and sends nothing")
    func refusedAtTheForm() {
        var harness = harnessInOverlay(.staff)
        harness.press(.character("a"))
        harness.type("j doe")
        #expect(harness.problem("login") != nil)
        harness.press(.ctrl("s"))
        #expect(harness.form != nil)
        #expect(!harness.effects.contains { if case .changeAdmin = $0 { true } else { false } })
        harness.fill("login", "jdoe")
        harness.fill("initials", "JD")
        harness.press(.ctrl("s"))
        #expect(harness.form != nil)
        #expect(!harness.effects.contains { if case .changeAdmin = $0 { true } else { false } })
    }

    @Test("a in :settings opens the settings form; its value is read as :settings KEY VALUE reads it")
    func changeSetting() throws {
        var harness = harnessInOverlay(.settings)
        harness.press(.character("a"))
        #expect(harness.form?.kind == .changeSetting)
        harness.press(.character("c"))
        #expect(harness.form?.values["key"] == "closures")
        harness.fill("value", "add 2026-12-24 Federal offices closed")
        harness.press(.ctrl("s"))
        #expect(harness.form == nil)
        #expect(harness.effects.contains(.changeAdmin(.setting(key: "closures", values: ["add", "2026-12-24", "Federal offices closed"]))))
        harness.state.form = nil
        _ = harness.state.showAdmin(.settings)
        harness.press(.character("a"), .character("m"))
        harness.fill("value", "15")
        harness.press(.ctrl("s"))
        #expect(harness.effects.contains(.changeAdmin(.setting(key: "meritsFilingLeadDays", values: ["15"]))))
    }

    @Test("In a read-only session a is refused in the overlay; in other overlays it does nothing")
    func readOnlyAndOtherOverlays() {
        var harness = harnessInOverlay(.staff, readOnly: true)
        harness.press(.character("a"))
        #expect(harness.form == nil)
        #expect(harness.state.message?.isError == true)
        var other = FormHarness()
        other.press(.character("?"))
        #expect(other.state.overlay == .help)
        other.press(.character("a"))
        #expect(other.form == nil && other.state.overlay == .help)
    }
}
