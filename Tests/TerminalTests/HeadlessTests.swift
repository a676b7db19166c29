import ScreenKit
import Testing
@testable import Terminal

@Suite(.serialized) struct HeadlessTerminalTests {
    @Test("A frame drawn on a headless xterm-256color reads back cell for cell, wide glyphs included")
    func drawsFrame() throws {
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5)))
        defer { session.stop() }
        session.setPalette(Palette(styles: [
            .deadlineOverdue: Style(foreground: .ansi(1), modifiers: [.bold]),
            .selection: Style(modifiers: [.reverse]),
        ]))
        var screen = Screen(size: Size(columns: 40, rows: 5))
        screen.put("Case 中文 | Кир | ok", row: 1, column: 1, role: .deadlineOverdue)
        screen.put("e\u{301}cole", row: 2, column: 0, role: .selection)
        session.draw(screen)
        #expect(session.line(row: 1).hasPrefix(" Case 中文 | Кир | ok"))
        #expect(session.line(row: 2).hasPrefix("e\u{301}cole") || session.line(row: 2).hasPrefix("école"))
        #expect(session.colors == 256)
    }
}
