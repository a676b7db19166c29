import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing
@testable import Dashboard

/// Pastes and the shell editing keys on the filter and command lines.
@Suite struct PasteAndEditingTests {
    @Test("A paste of q:quit in the list does not quit and changes nothing but the message")
    func pasteInListIsDropped() {
        let (before, _) = sampleState()
        var after = before
        let effects = after.handle(paste: "q:quit")
        #expect(effects.isEmpty)
        #expect(after.message == StatusMessage("Paste ignored: no text field is open", isError: true))
        after.message = before.message
        #expect(after == before)
        // In a detail pane and on the help screen too.
        for keys in [[Key.tab], [.character("?")]] {
            var state = sampleState(keys: keys).0
            let untouched = state
            let effects = state.handle(paste: "q\u{1B}[Aj:quit\n")
            #expect(effects.isEmpty)
            #expect(state.message?.text == "Paste ignored: no text field is open")
            state.message = untouched.message
            #expect(state == untouched)
        }
    }

    @Test("A paste while the privacy screen is up only unlocks")
    func pasteUnlocks() {
        var state = sampleState(keys: [.character("/")]).0
        state.isLocked = true
        let effects = state.handle(paste: "orl")
        #expect(effects.isEmpty)
        #expect(!state.isLocked && state.input?.text == "")
    }

    @Test("A paste into the filter is text at the cursor and filters; a copied line's final break is dropped")
    func pasteIntoFilter() {
        var (state, _) = sampleState(keys: [.character("/")])
        _ = state.handle(paste: "иван\r\n")
        #expect(state.input?.text == "иван")
        #expect(state.visibleCases.map(\.matter) == ["2026-0142"])
        var (command, _) = sampleState(keys: [.character(":")])
        _ = command.handle(paste: "sort\nname")
        #expect(command.input?.text == "sort name")
        _ = command.handle(.enter)
        #expect(command.sort == .name && command.input == nil)
    }

    @Test("Typing a paste's q or : on the filter line after a paste is text, never a key")
    func pasteThenType() {
        var (state, _) = sampleState(keys: [.character("/")])
        _ = state.handle(paste: "q:quit")
        let effects = state.handle(.character("q"))
        #expect(state.input?.text == "q:quitq" && !effects.contains(.quit))
    }

    @Test("The filter edits at the cursor: Left then Backspace, Ctrl-W, Ctrl-U; moving alone refilters nothing")
    func filterEditing() {
        let keys: [Key] = [.character("/")] + typing("orxl") + [.left, .backspace]
        let (state, _) = sampleState(keys: keys)
        #expect(state.input?.text == "orl" && state.input?.editor.cursor == 2)
        #expect(state.visibleCases.map(\.matter) == ["2026-0131"])
        var moved = state
        let moves = moved.handle(.home) + moved.handle(.ctrl("e"))
        #expect(moves.isEmpty)
        #expect(moved.visibleCases == state.visibleCases)
        let (wiped, _) = sampleState(keys: [.character("/")] + typing("ivan orl") + [.ctrl("w")])
        #expect(wiped.input?.text == "ivan ")
        let (cleared, _) = sampleState(keys: [.character("/")] + typing("orl") + [.ctrl("u")])
        #expect(cleared.input?.text == "" && cleared.visibleCases.count == 5)
    }

    @Test("The key table names the editing keys for the typing context, so the help lists them")
    func keyTable() {
        for (key, action) in [(Key.left, Action.edit(.left)), (.right, .edit(.right)), (.home, .edit(.home)),
                              (.ctrl("a"), .edit(.home)), (.end, .edit(.end)), (.ctrl("e"), .edit(.end)),
                              (.backspace, .edit(.backspace)), (.delete, .edit(.delete)),
                              (.ctrl("w"), .edit(.ctrl("w"))), (.ctrl("u"), .edit(.ctrl("u"))),
                              (.ctrl("k"), .edit(.ctrl("k"))), (.character("q"), .edit(.character("q")))] {
            #expect(Keymap.action(for: key, in: .typing) == action, "\(key)")
        }
        let help = OverlayView.helpLines(sampleState().0).map { $0.left.map(\.text).joined() }
        #expect(help.contains("Editing text"))
        #expect(help.contains { $0.hasPrefix("Ctrl-W") && $0.contains("Delete the word before the cursor") })
    }

    @Test("A CJK query shows whole on the filter line with the terminal's cursor after it, not behind …")
    func cjkQueryCursor() {
        let (state, _) = sampleState(size: Size(columns: 80, rows: 24), keys: [.character("/")] + typing("李明"))
        let screen = Renderer.render(state)
        let bottom = screen.line(row: 23)
        #expect(bottom.hasPrefix(" /李明  1 of 5"))
        #expect(screen.cursor?.row == 23 && screen.cursor?.column == 6)
        #expect(screen.showsCursor)
        // Back before 明: the cursor moves two columns.
        var back = state
        _ = back.handle(.left)
        #expect(Renderer.render(back).cursor?.column == 4)
        // Out of the filter, the cursor is hidden again.
        _ = back.handle(.enter)
        #expect(!Renderer.render(back).showsCursor)
    }

    @Test("A query longer than the line scrolls sideways and keeps the cursor on screen")
    func longQuery() {
        let query = String(repeating: "中文", count: 30)
        let (state, _) = sampleState(size: Size(columns: 80, rows: 24), keys: [.character("/")] + typing(query))
        let screen = Renderer.render(state)
        let cursor = screen.cursor
        #expect(cursor.map { $0.row == 23 && $0.column > 2 && $0.column < 80 - 24 } == true)
        #expect(!screen.line(row: 23).contains("…"))
    }
}
