import Foundation
import PythonSupport

/// casedesk in a pseudo-terminal of a given TERM, locale and size, its output read by pyte (Python's
/// model of a VT terminal) rather than by tmux: keys are sent as that terminal type sends them (its
/// terminfo entry, the application-mode forms ncurses asks for), and after each the screen is what pyte
/// draws from the bytes casedesk wrote.
enum TerminalModel {
    /// One run: the screen after the start and after each key, and the exit status (negative: a signal).
    struct Run: Decodable {
        var frames: [Frame]
        var status: Int
        var bytes: Int
    }

    struct Frame: Decodable, Equatable {
        var key: String
        var lines: [String]
        /// Where the terminal's cursor is (column, row), and whether it is shown (1), hidden (0), or -1 on
        /// a terminal that cannot hide it (vt100 has no `civis`).
        var cursor: [Int]

        /// The same screen and cursor (visibility compared only where both terminals can hide the cursor).
        func matches(_ other: Frame) -> Bool {
            guard lines == other.lines, cursor.prefix(2) == other.cursor.prefix(2) else { return false }
            return cursor[2] < 0 || other.cursor[2] < 0 || cursor[2] == other.cursor[2]
        }
    }

    /// A key of the key table: a terminfo capability, or literal bytes (`text`).
    struct Key: Encodable {
        var name: String
        var capability: String?
        var text: String?
    }

    static let harness = #"""
        import fcntl, json, os, select, signal, struct, subprocess, sys, termios, time
        import pyte
        binary, home, term, lang, cols, rows = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
        keys = json.loads(sys.argv[7])
        arguments = json.loads(sys.argv[8])
        # Key sequences: the terminal's own terminfo; a capability it lacks falls back to xterm's (what the
        # emulators that claim such a TERM send). An unknown TERM sends xterm's.
        def capabilities(name):
            found = {}
            for key in keys:
                cap = key.get("capability")
                if not cap:
                    continue
                result = subprocess.run(["tput", "-T", name, cap], capture_output=True)
                if result.returncode == 0 and result.stdout:
                    found[cap] = result.stdout
            return found
        xterm = capabilities("xterm")
        own = capabilities(term)
        def sequence(key):
            if key.get("text") is not None:
                return key["text"].encode()
            return own.get(key["capability"]) or xterm[key["capability"]]
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "TERM": term, "LANG": lang, "TZ": "America/Los_Angeles",
               "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config"}
        def child_setup():
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        child = subprocess.Popen([binary] + arguments, stdin=slave, stdout=slave, stderr=slave, env=env,
                                 preexec_fn=child_setup, close_fds=True)
        os.close(slave)
        # ncurses repeats a character with REP (CSI n b) and scrolls a region with SU and SD (CSI n S,
        # CSI n T) where terminfo offers them (indn, rin); pyte lacks all three. Unmodelled, a scroll leaves
        # pyte's screen behind the terminal's, and ncurses' later updates (which trust the scroll) show stale text.
        class Screen(pyte.Screen):
            last = " "
            def draw(self, data):
                if data:
                    self.last = data[-1]
                super().draw(data)
            def repeat_last_character(self, count=1, *args, **kwargs):
                super().draw(self.last * max(1, count))
            def scroll_up(self, count=1, *args, **kwargs):
                self.scroll_region(max(1, count or 1), up=True)
            def scroll_down(self, count=1, *args, **kwargs):
                self.scroll_region(max(1, count or 1), up=False)
            def scroll_region(self, count, up):
                # Lines move within the scrolling margins; the cursor stays where it was.
                top = self.margins.top if self.margins else 0
                x, y = self.cursor.x, self.cursor.y
                self.cursor.y = top
                if up:
                    self.delete_lines(count)
                else:
                    self.insert_lines(count)
                self.cursor.x, self.cursor.y = x, y
        class Stream(pyte.ByteStream):
            csi = dict(pyte.ByteStream.csi, b="repeat_last_character", S="scroll_up", T="scroll_down")
            events = pyte.ByteStream.events | {"repeat_last_character", "scroll_up", "scroll_down"}
        # A terminal without civis cannot hide its cursor: its visibility is not compared (-1).
        hides_cursor = subprocess.run(["tput", "-T", term, "civis"], capture_output=True).returncode == 0 \
            or not own
        screen = Screen(cols, rows)
        stream = Stream(screen)
        total = 0
        def pump(quiet=0.35, limit=30.0):
            global total
            deadline = time.monotonic() + limit
            last = time.monotonic()
            while time.monotonic() < deadline:
                ready, _, _ = select.select([master], [], [], 0.05)
                if ready:
                    try:
                        data = os.read(master, 65536)
                    except OSError:
                        return
                    if not data:
                        return
                    total += len(data)
                    stream.feed(data)
                    last = time.monotonic()
                elif time.monotonic() - last > quiet:
                    return
        def wait_for(text, limit=30.0):
            deadline = time.monotonic() + limit
            while time.monotonic() < deadline:
                pump(quiet=0.2, limit=1.0)
                if any(text in line for line in screen.display):
                    return
        def frame(name):
            return {"key": name, "lines": list(screen.display),
                    "cursor": [screen.cursor.x, screen.cursor.y,
                               (0 if screen.cursor.hidden else 1) if hides_cursor else -1]}
        frames = []
        wait_for(sys.argv[9])
        pump(quiet=0.8)
        frames.append(frame("start"))
        for key in keys:
            os.write(master, sequence(key))
            pump(quiet=0.6 if key["name"] == "Escape" else 0.25)
            frames.append(frame(key["name"]))
        os.write(master, b"q")
        try:
            status = child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            child.kill()
            status = child.wait()
        pump(quiet=0.1, limit=1.0)
        print(json.dumps({"frames": frames, "status": status, "bytes": total}))
        """#

    /// Runs `casedesk arguments` under `term` and `lang` at `columns`×`rows`, waiting for `ready` on screen.
    static func run(term: String, lang: String, columns: Int, rows: Int, keys: [Key], arguments: [String],
                    ready: String, home: String) throws -> Run {
        let keysJSON = String(decoding: try JSONEncoder().encode(keys), as: UTF8.self)
        let argumentsJSON = String(decoding: try JSONEncoder().encode(arguments), as: UTF8.self)
        let output = try PythonCheck.run(harness, arguments: [CommandRunner.binary.path, home, term, lang, String(columns),
                                                              String(rows), keysJSON, argumentsJSON, ready],
                                         requiresPackages: true)
        return try JSONDecoder().decode(Run.self, from: Data(output.utf8))
    }
}
