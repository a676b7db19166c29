"""Benchmarks/run: stores of each size, casedesk measured beside less -S, sqlite3 and VisiData.

Prints a table and writes JSON (see BENCHMARKS.md for the figures, the machine and the load they were
taken under). The stores are SQLite files or PostgreSQL databases (bench/stores.py); every figure is
measured here, by the same code, for both.
"""
import datetime, os, statistics
from . import dashboard
from .commands import median_of, timed

TODAY = datetime.date(2026, 11, 30)


def day(offset):
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def measure_size(args, stores, work, cases, distinct):
    """Every figure of one store size on one backend (`stores`); `work` holds the exports and HOME."""
    label = f"{cases}{' distinct' if distinct else ''}, {stores.backend}"
    store_name = f"s{cases}{'d' if distinct else ''}"
    store = stores.fresh(store_name)
    binary = args.binary
    result = {"cases": cases, "distinct_names": distinct, "backend": stores.backend}
    generate = [binary, "generate", "--db", store, "--create", "--cases", str(cases), "--seed", "7", "--today", day(0)]
    result["generate"] = timed(generate + (["--distinct-names"] if distinct else []))
    result["generate"]["cases_per_s"] = cases / result["generate"]["wall_s"]
    query = args.query
    print(f"[{label}] generated in {result['generate']['wall_s']:.1f} s", flush=True)

    review = lambda db, offset: timed([binary, "review", "--db", db, "--today", day(offset), "--all", "--format", "json"])
    result["review_current"] = median_of(args.runs, lambda: review(store, 0))

    def review_later(offset):
        def run():
            later = stores.copy(store_name, "later")  # the same stale store each run, whatever a run writes
            return review(later, offset)
        return median_of(args.runs, run)
    result["review_day_later"] = review_later(1)
    result["review_month_later"] = review_later(30)
    print(f"[{label}] review {result['review_current']['wall_s']:.2f} s, a month later "
          f"{result['review_month_later']['wall_s']:.2f} s", flush=True)

    runs = [dashboard.casedesk(binary, store, day(0), cases, query, work) for _ in range(args.runs)]
    result["dashboard"] = merge(runs)
    month = []
    for _ in range(args.runs):
        later = stores.copy(store_name, "later")
        month.append(dashboard.casedesk(binary, later, day(30), cases, query, work, full=False))
    result["dashboard_month_later"] = merge(month)
    print(f"[{label}] dashboard first frame {result['dashboard']['first_frame_ms']:.0f} ms, a month later "
          f"{result['dashboard_month_later']['first_frame_ms']:.0f} ms", flush=True)

    if distinct or args.skip_io:
        return result  # the other figures do not depend on the names
    json_out, csv_out = os.path.join(work, "cases.json"), os.path.join(work, "cases.csv")
    for name, fmt, out in (("export_json", "json", json_out), ("export_csv", "csv", csv_out)):
        figures = median_of(args.io_runs, lambda: timed([binary, "export", "--db", store, "--today", day(0),
                                                         "--format", fmt, "--out", out]))
        figures["cases_per_s"] = cases / figures["wall_s"]
        figures["mb_per_s"] = os.path.getsize(out) / 1e6 / figures["wall_s"]
        result[name] = figures

    def import_run():
        imported = stores.fresh("imported")  # an empty store each run
        return timed([binary, "import", "--db", imported, "--create", "--today", day(0), json_out])
    result["import_json"] = median_of(args.io_runs, import_run)
    result["import_json"]["cases_per_s"] = cases / result["import_json"]["wall_s"]
    result["import_json"]["mb_per_s"] = os.path.getsize(json_out) / 1e6 / result["import_json"]["wall_s"]
    result["check"] = median_of(args.io_runs, lambda: timed([binary, "check", "--db", store]))
    print(f"[{label}] import {result['import_json']['cases_per_s']:.0f} cases/s, export json "
          f"{result['export_json']['cases_per_s']:.0f} cases/s", flush=True)

    result["floor_tool"] = stores.floor_tool
    result["floor"] = floor_figures(args, stores, store_name)
    if not args.no_others:
        result["less"] = merge([dashboard.less(csv_out, query, work) for _ in range(args.runs)])
        if args.visidata:
            result["visidata"] = merge([dashboard.visidata(args.visidata, csv_out, cases, query, work)
                                        for _ in range(min(args.runs, 3))])
    return result


def floor_figures(args, stores, name):
    """sqlite3 or psql printing the list's rows: the floor for reading the data, with the filter and the name
    order (the case table has the same columns on both backends)."""
    columns = "matter, client_name, latin_name, a_number, nationality, paralegal, next_deadline_due"
    queries = {
        "print_list": f'SELECT {columns} FROM "case" ORDER BY deadline_sort_key, matter',
        "filter": f"SELECT {columns} FROM \"case\" WHERE client_name LIKE '%{args.query}%' OR latin_name LIKE '%{args.query}%'",
        "sort_name": f'SELECT {columns} FROM "case" ORDER BY sort_name, matter',
    }
    return {figure: median_of(args.runs, lambda sql=sql: stores.floor(name, sql)) for figure, sql in queries.items()}


def merge(runs):
    """The median of each figure over runs (nested dicts alike)."""
    first = runs[0]
    merged = {}
    for key, value in first.items():
        if isinstance(value, dict):
            merged[key] = merge([run[key] for run in runs])
        elif isinstance(value, (int, float)):
            values = [run[key] for run in runs if run[key] is not None]
            merged[key] = statistics.median(values) if values else None
        else:
            merged[key] = value
    return merged
