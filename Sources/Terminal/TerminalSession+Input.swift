import CNcursesw
import CTermShim
import Glibc
import ScreenKit

extension TerminalSession {
    /// Key codes of our own for the paste markers, above every code ncurses hands out for the keys a
    /// terminfo entry names (KEY_MAX and the extended keys it numbers after it).
    static let pasteStartCode: Int32 = 0x6000
    static let pasteEndCode: Int32 = 0x6001

    /// The code `sequence` decodes to: the one already bound to it, else `unused`, bound now.
    static func keyCode(for sequence: String, unused: Int32) -> Int32 {
        let existing = key_defined(sequence)
        if existing > 0 { return existing }
        _ = define_key(sequence, unused)
        return unused
    }

    /// Asks the terminal to bracket pastes (`ESC [ ? 2004 h`), or to stop (`ESC [ ? 2004 l`): on at
    /// start and after a resume, off at every exit and before a suspend, so the shell never receives
    /// bracketed text it did not ask for. Terminals without the mode ignore it.
    func setBracketedPaste(_ on: Bool) {
        guard let output = modeOutput else { return }
        let sequence = Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8)
        _ = sequence.withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
    }

    /// Waits up to `timeoutMilliseconds` for a key or a paste. Signals interrupt the wait at once.
    public func read(timeoutMilliseconds: Int32) -> InputEvent {
        if isResizePending {
            isResizePending = false
            return .resize(size)
        }
        let signal = cterm_pending_signal()
        if signal != 0 { return .signal(signal) }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        if let paste = pendingPaste {
            pendingPaste = nil
            return readPaste(continuing: paste)
        }
        wtimeout(nc_stdscr(), timeoutMilliseconds)
        var value: wint_t = 0
        let started = TerminalSession.monotonicMilliseconds()
        errno = 0
        let result = wget_wch(nc_stdscr(), &value)
        if result == KEY_CODE_YES {
            quickFailures = 0
            let code = Int32(value)
            if code == KEY_RESIZE { return .resize(size) }
            if code == pasteCodes.start { return readPaste() }
            // A stray end marker (its paste ended by the quiet timeout) means nothing.
            if code == pasteCodes.end { return .timeout }
            return KeyDecoder.functionKey(code).map(InputEvent.key) ?? .timeout
        }
        if result == OK {
            quickFailures = 0
            return KeyDecoder.character(UInt32(value)).map(InputEvent.key) ?? .timeout
        }
        let failure = errno
        let pending = cterm_pending_signal()
        if pending != 0 { return .signal(pending) }
        if failure == EIO || isatty(0) != 1 { return .hangup }
        // A dead terminal makes reads fail at once, forever: never spin on that.
        let elapsed = TerminalSession.monotonicMilliseconds() - started
        if failure != EINTR, elapsed < Int(timeoutMilliseconds) / 2 {
            quickFailures += 1
            if quickFailures >= 20 { return .hangup }
        } else {
            quickFailures = 0
        }
        return .timeout
    }

    /// After the start marker: the pasted bytes, read raw (so an escape sequence inside the paste is
    /// text) until the end marker. A paste whose end marker never comes ends when the terminal goes
    /// quiet, a signal arrives or the terminal goes away; past the limit, bytes are read and dropped.
    /// Either way nothing of it is reported as keys.
    ///
    /// ncurses reads a byte at a time, so it holds nothing past what it returned, and reading through
    /// it keeps the keys after the paste where they were. A large backlog is read past it, directly
    /// and in large reads, always leaving a margin unread: the end marker and what follows it come in
    /// through ncurses, unless another paste follows at once (then the two are one).
    func readPaste(continuing begun: PasteCollector? = nil) -> InputEvent {
        let window = nc_stdscr()
        keypad(window, false)
        defer { keypad(window, true) }
        wtimeout(window, pasteQuietMilliseconds)
        var collector = begun ?? PasteCollector(limit: pasteLimit)
        var buffer: [UInt8] = []
        while !collector.isFinished, cterm_pending_signal() == 0 {
            let backlog = waitingBytes()
            if backlog > Self.bulkThreshold {
                buffer = [UInt8](repeating: 0, count: min(1 << 16, backlog - Self.bulkMargin))
                let count = buffer.withUnsafeMutableBytes { Glibc.read(inputDescriptor, $0.baseAddress, $0.count) }
                if count > 0 { takeBulk(buffer[..<count], into: &collector) }
                continue
            }
            errno = 0
            let byte = wgetch(window)
            if byte == ERR {
                // Interrupted (a resize, a signal): keep waiting; quiet or gone: the paste is over.
                if errno == EINTR { continue }
                break
            }
            if byte == KEY_RESIZE { isResizePending = true }
            guard (0...255).contains(byte) else { continue }
            collector.take(UInt8(byte))
        }
        return .paste(collector.text)
    }

    /// Bytes read directly: normally all paste; should the end marker be among them, another paste
    /// is expected right behind it (the margin left unread says more came), else the rest, however
    /// long, is decoded here as ncurses would (`BacklogDecoder`: its queue of pushed-back input holds
    /// about 130 codes) and handed out by the next reads; only a key the read cut short goes back to
    /// ncurses, to be completed by what follows.
    private func takeBulk(_ bytes: ArraySlice<UInt8>, into collector: inout PasteCollector) {
        let start = Array(PasteCollector.startMarker.utf8)
        var rest = bytes
        while !rest.isEmpty {
            rest = rest[collector.take(rest)...]
            guard collector.isFinished, !rest.isEmpty else { continue }
            if rest.count < start.count, start.starts(with: rest) {
                // The read ended inside a marker; the margin left unread holds the rest of it.
                var more = [UInt8](repeating: 0, count: start.count - rest.count)
                let count = more.withUnsafeMutableBytes { Glibc.read(inputDescriptor, $0.baseAddress, $0.count) }
                rest = ArraySlice(Array(rest) + more.prefix(max(0, count)))
            }
            if rest.starts(with: start) {
                // Another paste right behind this one: one paste with it.
                collector.resume()
                rest = rest.dropFirst(start.count)
                continue
            }
            let decoded = BacklogDecoder(table: keyTable, pasteCodes: pasteCodes, pasteLimit: pasteLimit).decode(rest)
            pendingEvents += decoded.events
            pendingPaste = decoded.openPaste
            for byte in decoded.tail.reversed() { _ = ungetch(Int32(byte)) }
            return
        }
    }

    /// How many bytes the terminal has sent that nobody has read yet (0 when it cannot say).
    private func waitingBytes() -> Int {
        var count: Int32 = 0
        return ioctl(inputDescriptor, UInt(FIONREAD), &count) == 0 ? Int(count) : 0
    }

    /// A backlog above this is read directly; `bulkMargin` bytes of it are always left to ncurses.
    static let bulkThreshold = 4096
    static let bulkMargin = 256

    /// Milliseconds on the monotonic clock (how long a read waited).
    static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
