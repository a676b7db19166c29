import DashboardTestSupport
import ScreenKit
import Testing
import CaseDomain
@testable import Dashboard

@Suite struct UpdateTests {
    @Test("Loading the list selects the first case by next deadline and asks for it")
    func initialLoad() {
        var state = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
        let effects = state.update(.casesLoaded(SampleCases.rows))
        #expect(effects == [.loadCase(matter: "2026-0142")])
        #expect(state.visibleCases.map(\.matter) == ["2026-0142", "2026-0150", "2026-0139", "2025-0077", "2026-0131"])
    }

    @Test("j, j, k moves the selection and loads each case it lands on")
    func movement() {
        let (state, effects) = sampleState(keys: [.character("j"), .character("j"), .character("k")])
        #expect(state.selectedMatter == "2026-0150")
        #expect(effects == [.loadCase(matter: "2026-0150")])
        #expect(state.detail?.file.matter == "2026-0150")
    }

    @Test("G goes to the last case, g to the first")
    func ends() {
        #expect(sampleState(keys: [.character("G")]).0.selectedMatter == "2026-0131")
        #expect(sampleState(keys: [.end, .home]).0.selectedMatter == "2026-0142")
    }

    @Test("/иван filters as you type, Enter keeps it, Esc clears it")
    func filter() {
        let (typed, _) = sampleState(keys: [.character("/")] + typing("иван"))
        #expect(typed.visibleCases.map(\.matter) == ["2026-0142"])
        #expect(typed.input?.text == "иван")
        let (kept, _) = sampleState(keys: [.character("/")] + typing("orl") + [.enter])
        #expect(kept.input == nil)
        #expect(kept.selectedMatter == "2026-0131")
        #expect(kept.visibleCases.count == 1)
        let (cleared, _) = sampleState(keys: [.character("/")] + typing("orl") + [.enter, .escape])
        #expect(cleared.visibleCases.count == 5)
        #expect(cleared.selectedMatter == "2026-0131")
    }

    @Test("Typing q, j and / on the filter line types them")
    func typingKeys() {
        let (state, effects) = sampleState(keys: [.character("/")] + typing("qj/"))
        #expect(state.input?.text == "qj/")
        #expect(!effects.contains(.quit))
    }

    @Test("Tab cycles the panes, 3 jumps to custody, Shift-Tab goes back")
    func focus() {
        #expect(sampleState(keys: [.tab]).0.focus == .timeline)
        #expect(sampleState(keys: [.character("3")]).0.focus == .custody)
        #expect(sampleState(keys: [.backTab]).0.focus == .evidence)
        #expect(sampleState(keys: [.tab, .tab, .tab, .tab]).0.focus == .cases)
    }

    @Test("Enter on a deadline explains it; Esc and Ctrl-C close the explanation")
    func explainDeadline() {
        // The timeline opens on the first row dated today or later; k goes back to the missed deadline.
        let (state, _) = sampleState(keys: [.enter, .character("k"), .enter])
        guard case .deadline(let item)? = state.overlay else {
            Issue.record("no deadline overlay: \(String(describing: state.overlay))")
            return
        }
        #expect(item.rule == .prehearingMaster)
        let text = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(text.contains("ICPM 3.1(b)(1)"))
        #expect(text.contains("confirm this date with the supervising attorney"))
        #expect(sampleState(keys: [.enter, .character("k"), .enter, .escape]).0.overlay == nil)
        #expect(sampleState(keys: [.enter, .character("k"), .enter, .ctrl("c")]).0.overlay == nil)
    }

    @Test("An overlay longer than the terminal scrolls with j/k and says on its border that there is more")
    func overlayScrolls() {
        let small = Size(columns: 80, rows: 24)
        let (top, _) = sampleState(size: small, keys: [.character("?")])
        let (lines, rows) = OverlayView.measure(top)
        #expect(lines > rows, "the help does not fit 80×24")
        let first = ScreenText.render(top, size: small)
        #expect(first.contains("↓ more: j/k"))
        #expect(!first.contains("↑ more"))
        #expect(!first.contains("not legal advice"))
        let (bottom, _) = sampleState(size: small, keys: [.character("?")] + Array(repeating: .character("j"), count: 90))
        #expect(bottom.overlayScroll == lines - rows)
        let last = ScreenText.render(bottom, size: small)
        #expect(last.contains("↑ more"))
        #expect(!last.contains("↓ more"))
        #expect(last.contains("not legal advice"))
        let (ascii, _) = sampleState(size: small, ascii: true, keys: [.character("?"), .pageDown])
        #expect(ScreenText.render(ascii, size: small).contains("^ more"))
        // Closing and opening again starts at the top.
        let (again, _) = sampleState(size: small, keys: [.character("?"), .character("j"), .escape, .character("?")])
        #expect(again.overlay == .help && again.overlayScroll == 0)
        // A deadline's explanation fits 80×24 whole, its warning included.
        let (deadline, _) = sampleState(size: small, keys: [.enter, .character("k"), .enter])
        let explained = ScreenText.render(deadline, size: small)
        #expect(explained.contains("confirm this date with the supervising attorney"))
        #expect(!explained.contains("more"))
    }

    @Test("q quits, but first closes the help")
    func quitting() {
        #expect(sampleState(keys: [.character("q")]).1 == [.quit])
        let (help, effects) = sampleState(keys: [.character("?"), .character("q")])
        #expect(help.overlay == nil)
        #expect(effects.isEmpty)
    }

    @Test(":goto, :sort and :theme")
    func commands() {
        let (goto, effects) = sampleState(keys: [.character(":")] + typing("goto 2026-0131") + [.enter])
        #expect(goto.selectedMatter == "2026-0131")
        #expect(effects.contains(.loadCase(matter: "2026-0131")))
        let (sorted, _) = sampleState(keys: [.character(":")] + typing("sort matter") + [.enter])
        #expect(sorted.visibleCases.map(\.matter) == ["2025-0077", "2026-0131", "2026-0139", "2026-0142", "2026-0150"])
        #expect(sampleState(keys: [.character(":")] + typing("theme monochrome") + [.enter]).1 == [.setTheme(name: "monochrome")])
        #expect(sampleState(keys: [.character(":")] + typing("goto 9999") + [.enter]).0.message?.isError == true)
    }

    @Test("Data changing elsewhere reloads and keeps the selection on the same case")
    func liveReload() {
        var (state, _) = sampleState(keys: [.character("j"), .character("j")])
        #expect(state.selectedMatter == "2026-0139")
        #expect(state.update(.dataChanged) == [.reloadList, .reloadReviewProgress, .loadCase(matter: "2026-0139")])
        var reordered = SampleCases.rows
        reordered.removeFirst()
        _ = state.update(.casesLoaded(reordered))
        #expect(state.selectedMatter == "2026-0139")
    }

    @Test("After idleLockMinutes without a key the privacy screen hides client data; a key only unlocks")
    func privacy() {
        var (state, _) = sampleState()
        _ = state.update(.clockTick(idleSeconds: 599))
        #expect(!state.isLocked)
        _ = state.update(.clockTick(idleSeconds: 600))
        #expect(state.isLocked)
        let text = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(!text.contains("Иванов") && !text.contains("2026-0142") && !text.contains("Ivanov"))
        #expect(state.handle(.character("q")).isEmpty)
        #expect(!state.isLocked)
    }

    @Test("A key of a mutating binding is refused in a read-only session")
    func readOnly() {
        // The product's key table has no mutating key yet: the test's table puts one in front of it.
        let closeCase = KeyBinding([.character("x")], .quit, "Close the case", group: .general, mutates: true)
        let table = [closeCase] + Keymap.bindings
        var (state, _) = sampleState()
        state.isReadOnly = true
        let before = state
        let effects = state.handle(.character("x"), among: table)
        #expect(effects.isEmpty)
        #expect(state.message == StatusMessage("Read-only session: close the case is not available", isError: true))
        var unchanged = state
        unchanged.message = nil
        #expect(unchanged == before)
        // The same key in a session that may write does what it is bound to.
        var (writable, _) = sampleState()
        #expect(writable.handle(.character("x"), among: table) == [.quit])
        #expect(writable.message == nil)
        let text = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(text.split(separator: "\n").first?.hasSuffix("RO") == true)
    }

    @Test("The README's keys section comes from the key table")
    func markdown() {
        let table = Keymap.markdownTable()
        #expect(table.hasPrefix("| Keys | What they do |\n| --- | --- |\n"))
        #expect(table.contains("| `/` | Filter cases"))
        #expect(table.split(separator: "\n").count == Keymap.bindings.count + 2)
    }
}
