import CNcursesw
import CTermShim
import Glibc
import ScreenKit

/// The ncurses screen: start and stop, read a key, draw a frame. The only type that touches ncurses.
public final class TerminalSession {
    /// Whether text is drawn in ASCII only (non-UTF-8 locale, or asked for).
    public let isASCII: Bool
    /// Colours available to themes: 0 (none, or NO_COLOR), 8, 16 or 256.
    public let colors: Int
    /// The terminal type actually used (after falling back from an unknown one).
    public let termName: String
    private let screenPointer: OpaquePointer
    private var palette: StylePalette?
    private var isStopped = false
    /// Reads in a row that failed at once (a dead terminal fails every read immediately).
    var quickFailures = 0
    /// Where the mode sequences ncurses does not send (bracketed paste) are written: the terminal's
    /// output, or nothing for a headless screen.
    let modeOutput: Int32?
    /// The key codes ncurses reports for the paste markers.
    let pasteCodes: (start: Int32, end: Int32)
    /// Where the keys come from (standard input, a headless screen's pipe; -1 for none): a paste is
    /// read from it directly.
    let inputDescriptor: Int32
    /// The most a paste keeps, and how long a paste may go quiet before it counts as ended without its
    /// end marker (tests make them small).
    var pasteLimit = PasteCollector.defaultLimit
    var pasteQuietMilliseconds: Int32 = 1500
    /// The terminal changed size during a paste: said by the next read.
    var isResizePending = false
    /// Keys and pastes decoded from bytes a paste's bulk read took past its end marker
    /// (`BacklogDecoder`), handed out before ncurses is read again.
    var pendingEvents: [InputEvent] = []
    /// A paste begun in those bytes whose end marker is still to come.
    var pendingPaste: PasteCollector?
    /// The sequences ncurses decodes, read the first time a backlog needs them.
    lazy var keyTable = KeyTable.current(extra: [pasteCodes.start, pasteCodes.end])
    /// Whether the cursor is shown now (only while a text field is being edited).
    private var isCursorShown = false

    /// Starts the screen on the process's terminal (standard input and output).
    public static func start(_ options: TerminalOptions) throws -> TerminalSession {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let requested = options.environment["TERM"].flatMap { $0.isEmpty ? nil : $0 } ?? "dumb"
        // Refused before anything touches the terminal: ncurses would draw one line and no more.
        let addressing = nc_term_has_cursor_addressing(requested)
        if addressing == 0 { throw TerminalError.cannotAddressCursor(term: options.environment["TERM"] ?? "") }
        let utf8 = LocaleSetup.configure(environment: options.environment)
        _ = cterm_save_terminal(1)
        // Flag handlers before newterm, so ncurses sees them and keeps its own _exit handlers out.
        _ = cterm_install_exit_handlers()
        cterm_ignore_job_control_signals()
        // An unknown TERM falls back to what nearly every terminal emulates.
        for term in [requested, "xterm", "vt100"] {
            if let screen = nc_newterm(term) {
                let session = TerminalSession(screen: screen, term: term, ascii: options.forceASCII || !utf8,
                                              options: options, modeOutput: 1, inputDescriptor: 0)
                cterm_set_screen_active(1)
                session.setBracketedPaste(true)
                _ = cterm_install_fatal_handlers()
                return session
            }
        }
        throw TerminalError.cannotStart(term: requested)
    }

    /// A screen with no terminal behind it (writes go to /dev/null), for tests: draw, then read back.
    /// Internal, reached through `@testable import`: the product has no use for it, and a test-support
    /// module of its own would have to import ncurses, which only this module does.
    /// With `input`, keys are read from that descriptor (a pipe the test writes a terminal's bytes to),
    /// which the session then owns. With `modeOutput`, the mode sequences ncurses does not send
    /// (bracketed paste) are written there, as they are to a real terminal.
    static func headless(term: String = "xterm-256color", size: Size, input: Int32? = nil,
                         modeOutput: Int32? = nil) -> TerminalSession? {
        setlocale(LC_ALL, "")
        if !LocaleSetup.isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
        let made = input.map { nc_headless_term_reading(term, $0) } ?? nc_headless_term(term)
        guard let screen = made else { return nil }
        let session = TerminalSession(screen: screen, term: term, ascii: false,
                                      options: TerminalOptions(environment: [:]), modeOutput: modeOutput,
                                      inputDescriptor: input ?? -1)
        session.setBracketedPaste(true)
        resizeterm(Int32(size.rows), Int32(size.columns))
        // ncurses passes 8-bit bytes through when the terminal's modes are 8-bit (CS8, no ISTRIP), as a
        // real terminal's are; a pipe has no modes, so say so (meta's sequence goes to /dev/null).
        meta(nc_stdscr(), true)
        return session
    }

    private init(screen: OpaquePointer, term: String, ascii: Bool, options: TerminalOptions, modeOutput: Int32?,
                 inputDescriptor: Int32) {
        screenPointer = screen
        termName = term
        isASCII = ascii
        self.modeOutput = modeOutput
        self.inputDescriptor = inputDescriptor
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(nc_stdscr(), true)
        // Terminfo's own sequences win; the common variants fill in only what the entry leaves unbound.
        for (sequence, code) in KeyDecoder.commonSequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
        pasteCodes = (Self.keyCode(for: PasteCollector.startMarker, unused: Self.pasteStartCode),
                      Self.keyCode(for: String(decoding: PasteCollector.endMarker, as: UTF8.self), unused: Self.pasteEndCode))
        mousemask(0, nil)
        curs_set(0)
        if options.environment["ESCDELAY"] == nil { set_escdelay(Int32(options.escDelay ?? 25)) }
        let noColor = !(options.environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            let available = Int(nc_colors())
            colors = available >= 256 ? 256 : (available >= 16 ? 16 : (available >= 8 ? 8 : 0))
        } else {
            colors = 0
        }
    }

    /// The current size.
    public var size: Size { Size(columns: Int(nc_cols()), rows: Int(nc_lines())) }

    /// Draws with `palette` from the next frame on. Until one is set, every cell is drawn in the
    /// terminal's own colours.
    public func setPalette(_ palette: Palette) {
        self.palette = StylePalette(palette: palette, colors: colors)
    }

    /// Draws a whole frame: erase, write every cell, place the cursor, one `doupdate`. ncurses sends
    /// only what changed since the last frame; the screen is never cleared per frame.
    public func draw(_ screen: Screen) {
        var palette = self.palette ?? StylePalette(palette: Palette(), colors: colors)
        defer { self.palette = palette }
        let window = nc_stdscr()
        werase(window)
        let rows = min(screen.size.rows, Int(nc_lines())), columns = min(screen.size.columns, Int(nc_cols()))
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let role = screen[row, column].role
                var run = ""
                let start = column
                while column < columns, screen[row, column].role == role {
                    run += screen[row, column].text
                    column += 1
                }
                let look = palette.attributes(for: role)
                _ = nc_set_attr_pair(window, look.attrs, look.pair)
                _ = mvwaddstr(window, Int32(row), Int32(start), run)
            }
        }
        _ = nc_set_attr_pair(window, nc_a_normal(), 0)
        var showCursor = false
        if let cursor = screen.cursor, cursor.row < rows, cursor.column < columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            showCursor = screen.showsCursor
        }
        // Shown only where text is being typed: elsewhere it would blink on the selected row.
        if showCursor != isCursorShown {
            curs_set(showCursor ? 1 : 0)
            isCursorShown = showCursor
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The text ncurses holds for a row (tests of the headless screen; internal like `headless`).
    func line(row: Int) -> String {
        let columns = Int(nc_cols())
        var buffer = [wchar_t](repeating: 0, count: columns + 1)
        let count = nc_read_wide(nc_stdscr(), Int32(row), 0, &buffer, Int32(columns))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// Whether Ctrl-Z may stop us: only when a job-control shell started us.
    public var maySuspend: Bool { cterm_started_by_job_control_shell() != 0 }

    /// Stops like a shell job (Ctrl-Z), then takes the terminal back and redraws on `fg`.
    public func suspend() {
        endwin()
        setBracketedPaste(false)
        cterm_set_screen_active(0)
        cterm_suspend_job()
        cterm_set_screen_active(1)
        setBracketedPaste(true)
        refresh()
    }

    /// Restores the terminal. Safe to call twice.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        endwin()
        setBracketedPaste(false)
        cterm_set_screen_active(0)
        delscreen(screenPointer)
    }

    deinit { stop() }
}
