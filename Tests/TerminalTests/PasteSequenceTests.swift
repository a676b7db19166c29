import Foundation
import Glibc
import ScreenKit
import Testing
@testable import Terminal

/// Bracketed pastes and wide characters as a terminal sends them, through ncurses. In the headless
/// suite, whose tests run one at a time (ncurses' state is process-wide).
extension HeadlessTerminalTests {
    /// A headless session reading from a pipe, and the pipe's write end.
    private func pipedSession() throws -> (TerminalSession, Int32) {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        return (session, ends[1])
    }

    private func send(_ bytes: [UInt8], to input: Int32) {
        _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    }

    /// Every event until the input goes quiet for 200 ms (a quiet read is a timeout, or a hang-up when
    /// the test's own standard input is no terminal).
    private func events(_ session: TerminalSession) -> [InputEvent] {
        var seen: [InputEvent] = []
        while seen.count < 100 {
            let event = session.read(timeoutMilliseconds: 200)
            if event == .timeout || event == .hangup { return seen }
            seen.append(event)
        }
        return seen
    }

    @Test("A bracketed paste is one event of text: q:quit, escape sequences and Enter inside it are no keys")
    func pasteIsOneEvent() throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        send(Array("j\u{1B}[200~q:quit\r\u{1B}[A Жё 中文 😀\u{1B}[201~k".utf8), to: input)
        #expect(events(session) == [.key(.character("j")), .paste("q:quit\r\u{1B}[A Жё 中文 😀"), .key(.character("k"))])
    }

    @Test("A paste whose end marker never comes ends when the terminal goes quiet; nothing after is keys")
    func pasteWithoutEnd() throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        session.pasteQuietMilliseconds = 100
        send(Array("\u{1B}[200~abc q".utf8), to: input)
        #expect(session.read(timeoutMilliseconds: 500) == .paste("abc q"))
        // The marker arriving late means nothing.
        send(Array("\u{1B}[201~".utf8), to: input)
        #expect(events(session) == [])
    }

    @Test("A paste past the limit keeps the limit's worth and drops the rest up to the end marker")
    func pasteLimit() throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        session.pasteLimit = 4
        send(Array("\u{1B}[200~abcdefgh q:quit\u{1B}[201~j".utf8), to: input)
        #expect(events(session) == [.paste("abcd"), .key(.character("j"))])
    }

    @Test("Invalid UTF-8 in a paste is replaced, not lost with the paste")
    func pasteInvalidBytes() throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        send(Array("\u{1B}[200~".utf8) + [0x61, 0xFE, 0x62] + Array("\u{1B}[201~".utf8), to: input)
        #expect(events(session) == [.paste("a\u{FFFD}b")])
    }

    @Test("Typed Cyrillic, accented Latin, CJK and emoji arrive as characters (wide-character input)",
          arguments: ["Ж", "ё", "é", "ñ", "Ø", "中", "文", "한", "😀", "👍"])
    func wideCharacters(text: String) throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        send(Array(text.utf8), to: input)
        #expect(events(session) == [.key(.character(Character(text)))])
    }

    @Test("A combining mark and an emoji ZWJ sequence arrive scalar by scalar, in order")
    func scalarsInOrder() throws {
        let (session, input) = try pipedSession()
        defer { session.stop(); close(input) }
        let family = "e\u{301}👨\u{200D}👩\u{200D}👧"
        send(Array(family.utf8), to: input)
        let expected = family.unicodeScalars.map { InputEvent.key(.character(Character($0))) }
        #expect(events(session) == expected)
    }
}

extension HeadlessTerminalTests {
    @Test("Bracketed paste is asked for when the screen starts and turned off when it stops")
    func bracketedPasteMode() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), modeOutput: ends[1]))
        session.stop()
        session.stop()
        close(ends[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while case let count = read(ends[0], &buffer, buffer.count), count > 0 { bytes += buffer[..<count] }
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[?2004h\u{1B}[?2004l")
    }
}

extension HeadlessTerminalTests {
    @Test("A paste past 1 MB, written faster than it is read, keeps exactly 1 MB; what follows its end is keys again")
    func pasteOfMoreThanTheLimit() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        defer { session.stop() }
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        let body = [UInt8](repeating: UInt8(ascii: "q"), count: PasteCollector.defaultLimit + 4096)
        let bytes = Array("\u{1B}[200~".utf8) + body + Array("\u{1B}[201~j".utf8)
        let writer = ends[1]
        // The pipe holds 64 KB: the rest is written while the session reads.
        let thread = Thread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(writer)
        }
        thread.start()
        let event = session.read(timeoutMilliseconds: 5000)
        guard case .paste(let text) = event else {
            Issue.record("not a paste: \(event)")
            return
        }
        #expect(text.utf8.count == PasteCollector.defaultLimit && text.allSatisfy { $0 == "q" })
        #expect(session.read(timeoutMilliseconds: 1000) == .key(.character("j")))
    }
}

extension HeadlessTerminalTests {
    @Test("Keys right behind a paste's end, an escape sequence among them, are keys")
    func keysAfterPaste() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        defer { session.stop(); close(ends[1]) }
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        let bytes = Array("\u{1B}[200~one \u{1B}[201~\u{1B}[200~two\u{1B}[201~\u{1B}[Aй".utf8)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        #expect(session.read(timeoutMilliseconds: 500) == .paste("one "))
        #expect(session.read(timeoutMilliseconds: 500) == .paste("two"))
        #expect(session.read(timeoutMilliseconds: 500) == .key(.up))
        #expect(session.read(timeoutMilliseconds: 500) == .key(.character("й")))
    }
}

extension HeadlessTerminalTests {
    @Test("A large paste read in bulk with a second paste right behind it is one paste; the key after both is a key")
    func bulkPasteThenPaste() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        defer { session.stop(); close(ends[1]) }
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        let first = String(repeating: "Жq", count: 5000), second = String(repeating: "中", count: 100)
        let bytes = Array("\u{1B}[200~\(first)\u{1B}[201~\u{1B}[200~\(second)\u{1B}[201~j".utf8)
        #expect(bytes.count > TerminalSession.bulkThreshold + TerminalSession.bulkMargin)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        #expect(session.read(timeoutMilliseconds: 500) == .paste(first + second))
        #expect(session.read(timeoutMilliseconds: 500) == .key(.character("j")))
    }
}

extension HeadlessTerminalTests {
    @Test("Hundreds of keys and a second paste read in one bulk read past a paste's end are all decoded, in order")
    func manyKeysAfterBulkPaste() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let session = try #require(TerminalSession.headless(size: Size(columns: 40, rows: 5), input: ends[0]))
        defer { session.stop(); close(ends[1]) }
        while case .resize = session.read(timeoutMilliseconds: 0) {}
        let paste = String(repeating: "Жq", count: 2000)
        let typed = String(repeating: "jй中", count: 150)
        let bytes = Array("\u{1B}[200~\(paste)\u{1B}[201~\(typed)\u{1B}[A\u{1B}[200~second\u{1B}[201~\(typed)k".utf8)
        // All in the pipe before the first read: the bulk read takes all but its margin, so the end marker
        // and well over the 128 bytes ncurses can be handed back come in one read.
        #expect(bytes.count - Array("\u{1B}[200~\(paste)\u{1B}[201~".utf8).count > 128 + TerminalSession.bulkMargin)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        #expect(session.read(timeoutMilliseconds: 500) == .paste(paste))
        var seen: [InputEvent] = []
        while seen.count < 2000 {
            let event = session.read(timeoutMilliseconds: 200)
            if event == .timeout || event == .hangup { break }
            seen.append(event)
        }
        let keys = typed.map { InputEvent.key(.character($0)) }
        #expect(seen == keys + [.key(.up), .paste("second")] + keys + [.key(.character("k"))])
    }
}
