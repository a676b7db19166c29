"""The dashboard, less -S and VisiData in a 120x40 pseudo-terminal: first frame, keys, filter, sort, idle."""
import os, random, re, statistics
from .terminal import Session

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


def visible(output):
    """The text of the output without its escape sequences (runs of text drawn at one place stay together)."""
    return ESCAPES.sub(b"", output)


def terminal_env(work):
    env = {"HOME": work, "XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "TERM": "xterm-256color", "LANG": "C.UTF-8", "TZ": "America/Los_Angeles"}
    # libpq's own variables (PGPASSWORD, PGPASSFILE, PGSSLMODE...) reach a store on a PostgreSQL server as
    # they reach the command-line figures, which run in the caller's environment.
    env.update({key: value for key, value in os.environ.items() if key.startswith("PG")})
    return env


def keys(session, key, count, until=None):
    """`key` pressed `count` times: median and max milliseconds, median bytes."""
    latencies, sizes = [], []
    for _ in range(count):
        ms, written = session.press(key, until)
        latencies.append(ms)
        sizes.append(written)
    return {"median_ms": statistics.median(latencies), "max_ms": max(latencies), "bytes": statistics.median(sizes)}


_last_matter = ["B-00000000"]


def next_matter():
    """A new matter for the edited case that differs from the last run's at every cell: the list redraws
    only the cells that changed, so a matter sharing its first cells with the one it replaces ("B-" each
    run) is never written whole and the save would never be seen."""
    previous = _last_matter[0]
    letter = random.choice([c for c in "BCDFGHJK" if c != previous[0]])
    digits = "".join(random.choice([d for d in "0123456789" if d != old]) for old in previous[2:])
    _last_matter[0] = f"{letter}-{digits}"
    return _last_matter[0]


def casedesk(binary, store, today, cases, query, work, full=True):
    """One dashboard run. `full` False: the first frame only (a later day's start)."""
    session = Session([binary, "--db", store, "--today", today], terminal_env(work))
    try:
        first, _ = session.settle((session.started, 0), until=lambda out: b"Timeline" in out)
        figures = {"first_frame_ms": first * 1000}
        # The title's count, drawn once the whole list is in ("Cases 100000 by next").
        title = f"{cases} by ".encode()
        whole, _ = session.settle((session.started, 0), until=lambda out: title in visible(out), timeout=120)
        figures["whole_list_ms"] = whole * 1000
        if not full:
            return figures
        session.drain(1.5)  # the review count, the first feed tick and the background refresh's notices
        figures["to_another_case"] = keys(session, "j", 10)
        session.press("g")  # back to the most urgent case, whose timeline has rows to move through
        session.press("2")
        figures["within_a_pane"] = keys(session, "j", 10)
        session.press("1")
        figures["open_case"] = keys(session, "\r", 1)
        session.press("\x1b")
        session.drain(0.3)
        session.press("/")
        figures["filter_first_ms"], _ = session.press(query[0])
        later = [session.press(letter)[0] for letter in query[1:]]
        figures["filter_later_ms"] = statistics.median(later)
        session.press("\x1b")
        session.drain(0.3)
        for letter in ":sort name":
            session.press(letter)
        figures["sort_name_ms"], figures["sort_name_bytes"] = session.press("\r")
        session.drain(0.5)
        # Editing: keys typed into a form's field (each re-checks the field and the whole case, and keeps the
        # draft off the input path), then a save with its digest and audit row. The matter is replaced by a
        # new one each run, so the store stays valid however many runs there are.
        session.press("e", until=lambda out: b"Edit case" in visible(out))
        session.press("\x15")  # Ctrl-U: the field emptied
        matter = next_matter()
        latencies = [session.press(letter)[0] for letter in matter]
        figures["form_key_ms"] = statistics.median(latencies)
        figures["form_key_max_ms"] = max(latencies)
        # Saved when the list shows the new matter: the hint bar's "Saving…" becomes "Saved" by a redraw of
        # its changed cells only, so the word itself never passes whole.
        figures["save_ms"], _ = session.press("\x13", until=lambda out: matter.encode() in visible(out))
        session.drain(0.5)
        figures["idle"] = session.idle(10.0)
        figures["vm_hwm_kb"] = session.vm_hwm_kb()
        return figures
    finally:
        session.close("q")


def less(csv, query, work):
    session = Session(["less", "-S", csv], terminal_env(work))
    try:
        first, _ = session.settle((session.started, 0))
        figures = {"first_frame_ms": first * 1000, "to_another_case": keys(session, "j", 10)}
        session.press("/")
        for letter in query[:-1]:
            session.press(letter)
        figures["filter_ms"], _ = session.press(query[-1] + "\r")
        figures["idle"] = session.idle(10.0)
        figures["vm_hwm_kb"] = session.vm_hwm_kb()
        return figures
    finally:
        session.close("q")


def visidata(vd, csv, cases, query, work):
    session = Session([vd, "--confirm-overwrite=False", csv], terminal_env(work))
    try:
        first, _ = session.settle((session.started, 0))
        figures = {"first_frame_ms": first * 1000}
        # Loaded: it loads in a thread and curses redraws only the changed cells of its row count, so the
        # end of the load is when its CPU time stops growing (for 300 ms).
        figures["whole_list_ms"] = session.busy_until_idle(0.3, timeout=300) * 1000
        figures["to_another_case"] = keys(session, "j", 10)
        session.press("l")  # the name column
        session.press("/")
        for letter in query[:-1]:
            session.press(letter)
        figures["filter_ms"], _ = session.press(query[-1] + "\r", timeout=300)
        figures["sort_name_ms"], _ = session.press("[", timeout=300)
        session.drain(0.5)
        figures["idle"] = session.idle(10.0)
        figures["vm_hwm_kb"] = session.vm_hwm_kb()
        return figures
    finally:
        session.close("gq")
