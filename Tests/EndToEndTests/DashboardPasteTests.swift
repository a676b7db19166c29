import Foundation
import Testing

/// Pasting and typing in any script, in a real pseudo-terminal: tmux brackets a paste only when the
/// program asked for bracketed paste, so these also show that the dashboard did.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardPasteTests {
    @Test("A bracketed paste of q:quit in the list does not quit; a paste into the filter filters")
    func pasteInListAndFilter() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: DashboardEndToEndTests.demo)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.paste("q:quit")
        let ignored = terminal.waitFor(text: "Paste ignored: no text field is open")
        #expect(ignored.contains("Cases 9 by next") && !looksGarbled(ignored))
        Thread.sleep(forTimeInterval: 0.5)
        #expect(terminal.exitStatus == nil, "the paste quit the dashboard")

        try terminal.press("/")
        try terminal.paste("ivanov\n")
        let filtered = terminal.waitFor(text: "Cases 1/9")
        #expect(filtered.contains("Иванов Д.") && filtered.contains(" /ivanov ") && !looksGarbled(filtered))
        try terminal.press("Escape")
        terminal.waitFor(text: "Cases 9 by next")
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    @Test("Cyrillic and CJK typed into the filter show whole, with the terminal's cursor right after them")
    func typedScripts() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let terminal = try DashboardTerminal(runner: runner, arguments: DashboardEndToEndTests.demo, columns: 80, rows: 24)
        defer { terminal.stop() }
        terminal.waitFor(text: "Cases 9 by next")
        #expect(terminal.paneVariable("cursor_flag") == "0")
        for (query, columns) in [("иван", 4), ("李明", 4)] {
            try terminal.press("/")
            try terminal.type(query)
            // The first character alone may already filter to one case: wait for the whole query.
            let screen = terminal.waitFor("the whole query on the filter line") {
                Self.bottomLine($0).hasPrefix(" /" + query + "  1 of 9")
            }
            #expect(screen.contains("Cases 1/9"), "the filter line: \(Self.bottomLine(screen))")
            #expect(terminal.paneVariable("cursor_flag") == "1", "cursor hidden while typing")
            #expect(terminal.paneVariable("cursor_y") == "23")
            #expect(terminal.paneVariable("cursor_x") == "\(2 + columns)")
            try terminal.press("Left")
            terminal.waitFor("the cursor one character back") { _ in
                terminal.paneVariable("cursor_x") == "\(2 + columns - displayWidthOfLast(query))"
            }
            try terminal.press("Escape")
            terminal.waitFor(text: "Cases 9 by next")
        }
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    /// The screen's last line with text: the hint bar, or the line being typed.
    static func bottomLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }
}

/// Columns of the last character of the two queries above: 1 for Cyrillic, 2 for CJK.
private func displayWidthOfLast(_ text: String) -> Int {
    guard let last = text.unicodeScalars.last else { return 0 }
    return (0x4E00...0x9FFF).contains(last.value) ? 2 : 1
}

extension DashboardTerminal {
    /// Pastes `text` as a terminal does: tmux brackets it when the program asked for bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e", text], capture: false)
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e", "-t", session], capture: false)
    }
}
