import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing
@testable import Dashboard

/// Golden screens of the forms: the new-case form part typed, and the conflict screen, at the smallest
/// size and a common one. Recorded with `CASEDESK_RECORD_GOLDENS=1`, like the other goldens.
@Suite struct FormGoldenTests {
    struct Golden: CustomStringConvertible, Sendable {
        var file: String
        var size: Size
        var description: String { file }
    }

    static let newCase = [Golden(file: "form-new-case-80x24", size: Size(columns: 80, rows: 24)),
                          Golden(file: "form-new-case-120x40", size: Size(columns: 120, rows: 40))]

    /// A new case with a name, an A-number and a birth date typed, the focus on the birth date.
    static func newCaseState(_ size: Size) -> DashboardState {
        var harness = FormHarness(size: size)
        harness.press(.character("a"))
        harness.type("2026-0200")
        harness.press(.tab)
        harness.type("Мария Кузнецова")
        harness.fill("client.aNumber", "A 123 456 789")
        harness.fill("client.nationality", "ru")
        harness.fill("client.birthDate", "mar 3 1990")
        return harness.state
    }

    static func check(_ state: DashboardState, _ golden: Golden) throws {
        let screen = Renderer.render(state, size: golden.size)
        let text = ScreenText.trimmed(screen) + "\n"
        #expect(text == (try GoldenFiles.expected(golden.file + ".txt", actual: text)), "\(golden.file):\n\(text)")
        let roles = screen.rolePlane
        let expected = try GoldenFiles.expected(golden.file + ".roles.txt", actual: roles)
        #expect(roles == expected, "\(golden.file).roles.txt differs at \(GoldenFiles.firstDifference(roles, expected))")
    }

    @Test("The new-case form", arguments: newCase)
    func newCaseForm(_ golden: Golden) throws {
        let state = Self.newCaseState(golden.size)
        try Self.check(state, golden)
        let text = ScreenText.render(state, size: golden.size)
        #expect(text.contains("→ Sat 3 Mar 1990"))
        #expect(text.contains("\"ru\" is not a country"))
    }

    @Test("A form taller than the screen scrolls to the focused field")
    func scrolls() {
        var harness = FormHarness(size: Size(columns: 80, rows: 24))
        harness.press(.character("a"))
        for _ in 0..<17 { harness.press(.tab) }
        #expect(harness.form?.focusedField?.key == "family[0].latinName")
        let text = harness.screen()
        #expect(text.contains("Family member 1"))
        #expect(!text.contains("Matter*"))
        #expect(text.contains("↑ more"))
    }

    @Test("Every size from 80×24 to 200×60 draws the form inside the screen")
    func sizes() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30), Size(columns: 200, rows: 60)] {
            let state = Self.newCaseState(size)
            let text = ScreenText.render(state, size: size)
            #expect(text.contains("New case"))
            #expect(text.contains("Мария Кузнецова"))
            let screen = Renderer.render(state, size: size)
            #expect(screen.cursor.map { $0.row < size.rows && $0.column < size.columns } == true)
        }
    }
}

@Suite struct FormResizeTests {
    @Test func aResizeKeepsTheFocusedFieldInView() {
        var harness = FormHarness(size: Size(columns: 200, rows: 60))
        harness.press(.character("a"))
        for _ in 0..<17 { harness.press(.tab) }
        _ = harness.state.update(.resized(Size(columns: 80, rows: 24)))
        let text = harness.screen()
        #expect(text.contains("Family member 1"))
        #expect(text.contains("Latin spelling"))
    }
}
