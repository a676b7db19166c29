import argparse, datetime, json, os, platform, shutil, tempfile
from . import main, report
from .stores import PostgresStores, SQLiteStores


def parse():
    parser = argparse.ArgumentParser(prog="Benchmarks/run", description="casedesk beside less -S, sqlite3 and VisiData")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated case counts")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (medians)")
    parser.add_argument("--io-runs", type=int, default=1, help="runs of import, export and check")
    parser.add_argument("--distinct", action="store_true", help="also a store of distinct names per size")
    parser.add_argument("--skip-io", action="store_true", help="no import, export or check (and so no other tools)")
    parser.add_argument("--query", default="ivan", help="what the filter types")
    parser.add_argument("--visidata", help="the vd to run beside casedesk")
    parser.add_argument("--no-others", action="store_true", help="casedesk and sqlite3 only")
    parser.add_argument("--json", default="benchmark.json", help="where the figures go")
    parser.add_argument("--work", help="a folder for the stores (default: a temporary one, removed after)")
    parser.add_argument("--postgres", metavar="URL",
                        help="also each size in a new database on this PostgreSQL server (a role that may create "
                             "databases), and the two side by side")
    parser.add_argument("--postgres-only", action="store_true", help="with --postgres: no SQLite stores")
    args = parser.parse_args()
    if args.postgres_only and not args.postgres:
        parser.error("--postgres-only needs --postgres URL")
    return args


def backends(args, work):
    """The stores each size is measured on, in order: SQLite, then PostgreSQL when a server is given."""
    chosen = [] if args.postgres_only else [SQLiteStores(work)]
    if args.postgres:
        chosen.append(PostgresStores(args.postgres))
    return chosen


def load():
    return os.getloadavg()


def run():
    args = parse()
    work = args.work or tempfile.mkdtemp(prefix="casedesk-bench-")
    os.makedirs(work, exist_ok=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    results = {"started_utc": started.isoformat(timespec="seconds"), "machine": platform.platform(),
               "cores": os.cpu_count(), "load_before": load(), "runs": args.runs, "sizes": []}
    stores = []
    try:
        stores = backends(args, work)
        results["backends"] = [backend.backend for backend in stores]
        for size in [int(text) for text in args.sizes.split(",")]:
            for distinct in ([False, True] if args.distinct else [False]):
                measured = {}
                for backend in stores:
                    result = main.measure_size(args, backend, work, size, distinct)
                    result["load_after"] = load()
                    results["sizes"].append(result)
                    measured[backend.backend] = result
                    print(report.render(result) + "\n", flush=True)
                    backend.remove_all()
                if len(measured) == 2:
                    print(report.side_by_side(measured["sqlite"], measured["postgresql"]) + "\n", flush=True)
    finally:
        for backend in stores:
            backend.remove_all()
        results["load_after"] = load()
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)
        print(f"figures written to {args.json}; load average {results['load_before']} before, "
              f"{results['load_after']} after")
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


run()
