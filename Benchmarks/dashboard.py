"""Dashboard latency in a real terminal (tmux): first frame, keys, filter, sort, idle CPU.

Usage: python3 Benchmarks/dashboard.py .build/release/casedesk STORE.sqlite
(STORE from `casedesk generate --db STORE.sqlite --create --cases 100000 --seed 7 --today 2026-11-30`).
Polls `tmux capture-pane` every 2 ms; bytes per key come from `tmux pipe-pane`.
"""
import subprocess, time, os, sys, statistics, tempfile
B = sys.argv[1]; DB = sys.argv[2]; W, H = 120, 40
WORK = tempfile.mkdtemp(prefix="casedesk-dashboard-bench-")
S = ["tmux", "-u", "-L", "bench", "-f", "/dev/null"]
def t(*a): return subprocess.run(S + list(a), capture_output=True, text=True).stdout
def screen(): return t("capture-pane", "-p", "-t", "b")
def wait(pred, timeout=30):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        s = screen()
        if pred(s): return time.monotonic() - start, s
        time.sleep(0.002)
    raise SystemExit("timeout:\n" + screen())
env = f"env -i HOME={WORK} XDG_DATA_HOME={WORK} XDG_CONFIG_HOME={WORK} PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 TZ=America/Los_Angeles"
subprocess.run(S + ["kill-server"], capture_output=True)
t0 = time.monotonic()
subprocess.run(S + ["new-session", "-d", "-s", "b", "-x", str(W), "-y", str(H), f"{env} {B} --db {DB} --today 2026-11-30; sleep 60"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
first, s = wait(lambda s: "Cases " in s and "Timeline" in s and "Loading" not in s, timeout=60)
print(f"first frame (most urgent page, case loaded): {(time.monotonic()-t0)*1000:.0f} ms since new-session")
full, s = wait(lambda s: "Cases 100000 " in s and "loading" not in s, timeout=60)
print(f"whole list loaded: {(time.monotonic()-t0)*1000:.0f} ms since new-session")
out = os.path.join(WORK, "pipe.out")
if os.path.exists(out): os.remove(out)
t("pipe-pane", "-t", "b", "-o", f"cat >> {out}")
time.sleep(0.5)
def sel(s):
    for line in s.splitlines():
        if "▶" in line: return line.split("▶")[1][:12]
def key_latency(key, n, changed):
    lat = []; sizes = []
    for i in range(n):
        before = screen(); b = sel(before)
        size0 = os.path.getsize(out) if os.path.exists(out) else 0
        start = time.monotonic(); t("send-keys", "-t", "b", key)
        dt, after = wait(lambda s: changed(b, s))
        lat.append(dt * 1000)
        time.sleep(0.15)
        sizes.append((os.path.getsize(out) if os.path.exists(out) else 0) - size0)
    return lat, sizes
lat, sizes = key_latency("j", 30, lambda b, s: sel(s) != b)
print(f"j x30: median {statistics.median(lat):.1f} ms, max {max(lat):.1f} ms; bytes/key median {statistics.median(sizes):.0f}, max {max(sizes)}")
lat, sizes = key_latency("k", 10, lambda b, s: sel(s) != b)
print(f"k x10: median {statistics.median(lat):.1f} ms, max {max(lat):.1f} ms; bytes/key median {statistics.median(sizes):.0f}")
lat, sizes = key_latency("G", 1, lambda b, s: sel(s) != b)
print(f"G: {lat[0]:.1f} ms, {sizes[0]} bytes")
lat, sizes = key_latency("PageUp", 5, lambda b, s: sel(s) != b)
print(f"PgUp x5: median {statistics.median(lat):.1f} ms; bytes median {statistics.median(sizes):.0f}")
lat, sizes = key_latency("g", 1, lambda b, s: sel(s) != b)
# filter
t("send-keys", "-t", "b", "/"); time.sleep(0.3)
for i, ch in enumerate("иван"):
    start = time.monotonic(); t("send-keys", "-t", "b", "-l", ch)
    typed = "иван"[:i+1]
    dt, s = wait(lambda s: f"/{typed}" in s and "Cases" in s and f"/{typed} by" in s)
    print(f"filter keystroke {i+1} '{typed}': {dt*1000:.0f} ms; title: {[l for l in s.splitlines() if 'Cases' in l][0][:40]}")
t("send-keys", "-t", "b", "Escape"); time.sleep(1)
# sort by name
t("send-keys", "-t", "b", ":"); t("send-keys", "-t", "b", "-l", "sort name")
start = time.monotonic(); t("send-keys", "-t", "b", "Enter")
dt, s = wait(lambda s: "by name" in s)
print(f":sort name: {dt*1000:.0f} ms")
# idle cpu
pane = t("display-message", "-p", "-t", "b", "#{pane_pid}").strip()
kids = open(f"/proc/{pane}/task/{pane}/children").read().split()
pid = kids[0]
def ticks(): f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split(); return int(f[11]) + int(f[12])
time.sleep(2); a = ticks(); time.sleep(10); b = ticks()
print(f"idle 10 s: {b-a} ticks (1/100 s) of CPU; RSS {[l for l in open(f'/proc/{pid}/status') if l.startswith('VmRSS')][0].strip()}")
t("send-keys", "-t", "b", "q"); time.sleep(0.5)
subprocess.run(S + ["kill-server"], capture_output=True)
