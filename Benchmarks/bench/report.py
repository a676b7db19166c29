"""The table Benchmarks/run prints: each casedesk figure, the other tools' beside it and the ratio."""


def ms(value):
    return "—" if value is None else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def seconds(figures):
    return "—" if figures is None else f"{figures['wall_s'] * 1000:.0f} ms" if figures["wall_s"] < 1 else f"{figures['wall_s']:.2f} s"


def ratio(ours, theirs):
    return "" if ours is None or not theirs else f"{ours / theirs:.2f}×"


def table(result):
    """Rows of (what, casedesk, other tool, its figure, ratio) for one store size."""
    d = result["dashboard"]
    month = result["dashboard_month_later"]
    less, vd, sql = result.get("less", {}), result.get("visidata", {}), result.get("floor", {})
    tool = result.get("floor_tool", "sqlite3")
    rows = [
        ("first frame", ms(d["first_frame_ms"]), "less -S", ms(less.get("first_frame_ms")),
         ratio(d["first_frame_ms"], less.get("first_frame_ms"))),
        ("first frame, a month later", ms(month["first_frame_ms"]), "VisiData first frame", ms(vd.get("first_frame_ms")),
         ratio(month["first_frame_ms"], vd.get("first_frame_ms"))),
        ("whole list, a month later", ms(month["whole_list_ms"]), "VisiData loaded", ms(vd.get("whole_list_ms")),
         ratio(month["whole_list_ms"], vd.get("whole_list_ms"))),
        ("whole list loaded", ms(d["whole_list_ms"]), f"{tool} prints the list",
         seconds(sql.get("print_list")), ratio(d["whole_list_ms"], sql.get("print_list", {}).get("wall_s", 0) * 1000)),
        ("j: another case (bytes)", f"{ms(d['to_another_case']['median_ms'])} ({d['to_another_case']['bytes']:.0f} B)",
         "less -S j", f"{ms(less.get('to_another_case', {}).get('median_ms'))} ({less.get('to_another_case', {}).get('bytes', 0):.0f} B)",
         ratio(d["to_another_case"]["median_ms"], less.get("to_another_case", {}).get("median_ms"))),
        ("j: within a pane (bytes)", f"{ms(d['within_a_pane']['median_ms'])} ({d['within_a_pane']['bytes']:.0f} B)",
         "VisiData j", ms(vd.get("to_another_case", {}).get("median_ms")),
         ratio(d["within_a_pane"]["median_ms"], vd.get("to_another_case", {}).get("median_ms"))),
        ("Enter: open a case", ms(d["open_case"]["median_ms"]), "", "", ""),
        ("filter, first keystroke", ms(d["filter_first_ms"]), "VisiData / search", ms(vd.get("filter_ms")),
         ratio(d["filter_first_ms"], vd.get("filter_ms"))),
        ("filter, later keystrokes", ms(d["filter_later_ms"]), f"{tool} LIKE", seconds(sql.get("filter")),
         ratio(d["filter_later_ms"], sql.get("filter", {}).get("wall_s", 0) * 1000)),
        (":sort name", ms(d["sort_name_ms"]), "VisiData [ (name)", ms(vd.get("sort_name_ms")),
         ratio(d["sort_name_ms"], vd.get("sort_name_ms"))),
        ("a key in a form (median, max)", f"{ms(d['form_key_ms'])}, {ms(d['form_key_max_ms'])}", "", "", ""),
        ("save an edit (Ctrl-S to the list showing it)", ms(d["save_ms"]), "", "", ""),
        ("peak memory (VmHWM)", f"{d['vm_hwm_kb'] / 1024:.0f} MB", "less / VisiData",
         f"{less.get('vm_hwm_kb', 0) / 1024:.0f} / {vd.get('vm_hwm_kb', 0) / 1024:.0f} MB", ""),
        ("idle 10 s: CPU, wake-ups/s, bytes",
         f"{d['idle']['cpu_s']:.2f} s, {d['idle']['wakeups_per_s']:.1f}, {d['idle']['bytes']:.0f}", "VisiData",
         f"{vd['idle']['cpu_s']:.2f} s, {vd['idle']['wakeups_per_s']:.1f}, {vd['idle']['bytes']:.0f}" if vd else "—", ""),
        ("review --all (current)", seconds(result["review_current"]), "", "", ""),
        ("review --all (a day later)", seconds(result["review_day_later"]), "", "", ""),
        ("review --all (a month later)", seconds(result["review_month_later"]), "", "", ""),
    ]
    for name, label in (("export_json", "export JSON"), ("export_csv", "export CSV"), ("import_json", "import JSON")):
        if name in result:
            f = result[name]
            rows.append((label, f"{f['cases_per_s']:.0f} cases/s, {f['mb_per_s']:.1f} MB/s, {f['peak_rss_kb'] / 1024:.0f} MB",
                         "", "", ""))
    if "check" in result:
        rows.append(("check", seconds(result["check"]), "", "", ""))
    return rows


def render(result):
    label = f"{result['cases']} cases" + (", distinct names" if result["distinct_names"] else "")
    label += f", {result.get('backend', 'sqlite')}"
    return markdown(label, [("what", "casedesk", "beside it", "its figure", "ratio")] + table(result))


# The figures a PostgreSQL store on a local server is held to (BENCHMARKS.md), beside the figures without a
# target: (what, the figure in milliseconds from a result, the target as printed, whether a value meets it).
TARGETS = [
    ("first frame", lambda r: r["dashboard"]["first_frame_ms"], "≤ 150 ms", lambda v: v <= 150),
    ("first frame, a month later", lambda r: r["dashboard_month_later"]["first_frame_ms"], "", None),
    ("whole list loaded", lambda r: r["dashboard"]["whole_list_ms"], "", None),
    ("j: another case", lambda r: r["dashboard"]["to_another_case"]["median_ms"], "≤ 30 ms", lambda v: v <= 30),
    ("Enter: open a case", lambda r: r["dashboard"]["open_case"]["median_ms"], "", None),
    ("filter, first keystroke", lambda r: r["dashboard"]["filter_first_ms"], "", None),
    (":sort name", lambda r: r["dashboard"]["sort_name_ms"], "", None),
    ("save an edit", lambda r: r["dashboard"]["save_ms"], "", None),
    ("review --all (current)", lambda r: r["review_current"]["wall_s"] * 1000, "≤ 500 ms", lambda v: v <= 500),
    ("review --all (a day later)", lambda r: r["review_day_later"]["wall_s"] * 1000, "", None),
    ("review --all (a month later)", lambda r: r["review_month_later"]["wall_s"] * 1000, "", None),
]
RATES = [
    ("import JSON", "import_json", "≥ 3,000 cases/s", lambda v: v >= 3000),
    ("export JSON", "export_json", "", None),
    ("generate", "generate", "", None),
]


def side_by_side(sqlite, postgres):
    """The same store size on both backends: each figure, PostgreSQL's target and whether it is met."""
    rows = [("what", "SQLite", "PostgreSQL", "target (PostgreSQL)", "")]
    for what, figure, target, met in TARGETS:
        ours, theirs = figure(sqlite), figure(postgres)
        rows.append((what, ms(ours), ms(theirs), target, verdict(met, theirs)))
    for what, key, target, met in RATES:
        if key in sqlite and key in postgres:
            ours, theirs = sqlite[key]["cases_per_s"], postgres[key]["cases_per_s"]
            rows.append((what, f"{ours:.0f} cases/s", f"{theirs:.0f} cases/s", target, verdict(met, theirs)))
    if "check" in sqlite and "check" in postgres:
        rows.append(("check", seconds(sqlite["check"]), seconds(postgres["check"]), "", ""))
    label = f"{sqlite['cases']} cases, SQLite and PostgreSQL"
    return markdown(label, rows)


def verdict(met, value):
    return "" if met is None or value is None else "met" if met(value) else "missed"


def markdown(label, rows):
    widths = [max(len(str(row[i])) for row in rows) for i in range(5)]
    lines = [f"## {label}", ""]
    for index, row in enumerate(rows):
        lines.append("| " + " | ".join(str(cell).ljust(width) for cell, width in zip(row, widths)) + " |")
        if index == 0:
            lines.append("| " + " | ".join("-" * width for width in widths) + " |")
    return "\n".join(lines)
