import CNcursesw
import Glibc
import ScreenKit
import Testing
@testable import Terminal

/// Keys as other terminals send them, decoded whatever the terminfo entry says. In the headless suite,
/// which runs its tests one at a time: ncurses' screens and terminfo state are process-wide, and two
/// suites using them at once crash in libtinfo.
extension HeadlessTerminalTests {
    /// A headless xterm-256color session reading from a pipe, and the pipe's write end.
    private func makeSession() throws -> (TerminalSession, Int32) {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        // resizeterm queued a resize event: take it, so the next read is the keys.
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        return (session, ends[1])
    }

    /// Writes `bytes` as the terminal would send them, then reads one event.
    private func decode(_ bytes: String, on session: TerminalSession, writingTo input: Int32) -> InputEvent {
        let data = Array(bytes.utf8)
        _ = data.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
        return session.read(timeoutMilliseconds: 500)
    }

    @Test("Under xterm-256color, Home, End and F1–F5 as PuTTY and the Linux console send them are keys, not text",
          arguments: [("\u{1B}[4~", Key.end), ("\u{1B}[1~", .home), ("\u{1B}[8~", .end), ("\u{1B}[7~", .home),
                      ("\u{1B}[[A", .function(1)), ("\u{1B}[[C", .function(3)), ("\u{1B}[[E", .function(5)),
                      ("\u{1B}[11~", .function(1)), ("\u{1B}OF", .end), ("\u{1B}[F", .end)])
    func decodesCommonVariants(sequence: String, key: Key) throws {
        let (session, input) = try makeSession()
        defer { session.stop(); close(input) }
        #expect(decode(sequence, on: session, writingTo: input) == .key(key))
        // Nothing of the sequence is left behind to arrive as typed text.
        let next = session.read(timeoutMilliseconds: 0)
        if case .key(let stray) = next { Issue.record("\(sequence.debugDescription) left \(stray) behind") }
    }

    @Test("The entry's own sequences keep their meaning: xterm's ESC O P is F1, and ESC [ 15 ~ is F5")
    func keepsTerminfo() throws {
        let (session, input) = try makeSession()
        defer { session.stop(); close(input) }
        #expect(key_defined("\u{1B}OP") == nc_key_f(1))
        #expect(decode("\u{1B}[15~", on: session, writingTo: input) == .key(.function(5)))
    }

    @Test("Cursor addressing: xterm-256color and linux have it, dumb has none, an unknown TERM has no entry")
    func cursorAddressing() {
        #expect(nc_term_has_cursor_addressing("xterm-256color") == 1)
        #expect(nc_term_has_cursor_addressing("linux") == 1)
        #expect(nc_term_has_cursor_addressing("dumb") == 0)
        #expect(nc_term_has_cursor_addressing("no-such-terminal-type") == -1)
    }
}
