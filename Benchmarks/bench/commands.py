"""Command-line figures: wall time, CPU and peak RSS of a child process (wait4's rusage)."""
import os, statistics, subprocess, time


def timed(argv, stdout=subprocess.DEVNULL, env=None):
    """Runs `argv`; returns wall seconds, CPU seconds and peak RSS in KB. A failure stops the benchmark."""
    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}): {errors.strip()[-600:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_kb": usage.ru_maxrss}


def median_of(runs, make):
    """`make()` run `runs` times (each returns a dict of figures); the median of each figure, and the runs."""
    results = [make() for _ in range(runs)]
    keys = results[0].keys()
    merged = {key: statistics.median(result[key] for result in results) for key in keys}
    merged["runs"] = [round(result["wall_s"], 4) for result in results] if "wall_s" in keys else len(results)
    return merged


def copy_store(source, target):
    """A copy of a store (and its WAL) for a run that must start from the same state."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    subprocess.run(["cp", "--reflink=auto", source, target], check=True)
    if os.path.exists(source + "-wal"):
        subprocess.run(["cp", source + "-wal", target + "-wal"], check=True)
