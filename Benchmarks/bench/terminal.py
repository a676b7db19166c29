"""A program in a pseudo-terminal of 120x40, timed from the master side as a person's terminal sees it.

A key has settled at its last output byte before a 30 ms quiet gap; its latency is from the write of
the key to that byte, and its bytes are everything the program wrote meanwhile.
"""
import fcntl, os, re, select, signal, struct, termios, time

QUIET = 0.030
# Output that only moves the cursor or sets modes (VisiData repeats such a write every few milliseconds
# while idle) draws nothing: it does not keep a key from settling.
CURSOR_ONLY = re.compile(rb"(\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|[\r\x00-\x1f])*")
# A key that writes nothing within this long changed nothing.
NOTHING = 2.0
COLUMNS, LINES = 120, 40


class Session:
    def __init__(self, argv, env, cwd=None):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.started = time.monotonic()
        self.pid = os.fork()
        if self.pid == 0:  # the child: its own session, the pty as its terminal
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.closerange(3, 256)
            if cwd:
                os.chdir(cwd)
            os.execvpe(argv[0], argv, env)
        os.close(slave)
        self.output = bytearray()
        self.last_drawn = self.started

    def _read(self, timeout):
        """Reads what is there within `timeout`; returns when it was read, or None when nothing was or what
        was read draws nothing."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:
            raise EOFError("the program ended")
        if not data:
            raise EOFError("the program ended")
        self.output += data
        if CURSOR_ONLY.fullmatch(data):
            return None
        self.last_drawn = time.monotonic()
        return self.last_drawn

    def settle(self, since, until=None, timeout=60.0):
        """Waits for output to settle; with `until`, first for the output since `since`'s offset to satisfy it.
        Returns (seconds from `since` time to the last byte, bytes written)."""
        start_time, offset = since
        last = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self._read(QUIET)
            if got is not None:
                last = got
                continue
            if last is not None and (until is None or until(bytes(self.output[offset:]))):
                return last - start_time, len(self.output) - offset
            if last is None and until is not None and until(bytes(self.output[offset:])):
                return self.last_drawn - start_time, len(self.output) - offset  # drawn before this call
            if last is None and until is None and time.monotonic() - start_time > NOTHING:
                return 0.0, 0  # the key changed nothing on the screen
        raise TimeoutError("no settled output; last bytes: %r" % bytes(self.output[-400:]))

    def mark(self):
        return time.monotonic(), len(self.output)

    def press(self, keys, until=None, timeout=60.0):
        """Writes `keys`; returns (milliseconds to the settled output, bytes written)."""
        mark = self.mark()
        os.write(self.master, keys.encode())
        seconds, written = self.settle(mark, until, timeout)
        return seconds * 1000, written

    def drain(self, seconds):
        """Reads for `seconds`; returns the bytes written meanwhile."""
        end = time.monotonic() + seconds
        count = 0
        while time.monotonic() < end:
            before = len(self.output)
            self._read(max(0.0, end - time.monotonic()))
            count += len(self.output) - before
        return count

    def busy_until_idle(self, quiet, timeout):
        """Seconds from the start until the program's CPU time last grew before `quiet` seconds without."""
        last_cpu, last_change = cpu_seconds(self.pid), time.monotonic()
        deadline = last_change + timeout
        while time.monotonic() < deadline:
            self.drain(0.05)
            cpu = cpu_seconds(self.pid)
            if cpu != last_cpu:
                last_cpu, last_change = cpu, time.monotonic()
            elif time.monotonic() - last_change >= quiet:
                return last_change - self.started
        raise TimeoutError("still busy")

    def idle(self, seconds=10.0):
        """CPU seconds, wake-ups (context switches of all threads) and bytes over `seconds` with no key."""
        cpu0, switches0 = cpu_seconds(self.pid), context_switches(self.pid)
        written = self.drain(seconds)
        cpu1, switches1 = cpu_seconds(self.pid), context_switches(self.pid)
        # Per thread: a worker thread that ends during the window would otherwise take its earlier
        # switches out of the sum (the total went negative). A new thread's switches all count.
        switches = sum(count - switches0.get(tid, 0) for tid, count in switches1.items())
        return {"cpu_s": cpu1 - cpu0, "wakeups_per_s": switches / seconds, "bytes": written,
                "threads_ended": len(set(switches0) - set(switches1))}

    def vm_hwm_kb(self):
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None

    def close(self, quit_keys=None):
        try:
            if quit_keys:
                os.write(self.master, quit_keys.encode())
                end = time.monotonic() + 3
                while time.monotonic() < end:
                    pid, _ = os.waitpid(self.pid, os.WNOHANG)
                    if pid:
                        return
                    try:
                        self._read(0.05)
                    except EOFError:
                        pass
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError, OSError):
            pass
        finally:
            os.close(self.master)


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def context_switches(pid):
    """Each thread's context switches so far, by thread id."""
    counts = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            for line in open(f"/proc/{pid}/task/{task}/status"):
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    counts[task] = counts.get(task, 0) + int(line.split()[1])
        except FileNotFoundError:
            pass  # a thread that ended meanwhile
    return counts
