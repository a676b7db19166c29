#!/usr/bin/env python3
"""Writes federal-holidays-1990-2060.txt: the days federal offices close for the holidays of
5 U.S.C. 6103, 1990 through 2060, from the independent `holidays` package (pip install holidays).

One line per day: `YYYY-MM-DD<TAB>name`, where the name is the statute's, with " (observed)" when the
holiday falls on a weekend and is observed on another day. The weekend day itself is not listed: offices
are open as usual on it, and it is a non-business day anyway.

Settings, checked against 5 U.S.C. 6103 and OPM practice:
- `holidays.US(observed=True)`, public category only: no Inauguration Day (a Washington-area holiday).
- Years 1989 to 2061 are generated and then cut to the range, so that 1 January on a Saturday appears
  as 31 December of the year before (the library files it under the date it is observed).
- Juneteenth from 2021 (observed Friday 18 June 2021, as OPM did); the library already agrees.
"""
import datetime
import sys

import holidays

# The library's names mapped to the statute's.
NAMES = {
    "New Year's Day": "New Year's Day",
    "Martin Luther King Jr. Day": "Birthday of Martin Luther King, Jr.",
    "Washington's Birthday": "Washington's Birthday",
    "Memorial Day": "Memorial Day",
    "Juneteenth National Independence Day": "Juneteenth National Independence Day",
    "Independence Day": "Independence Day",
    "Labor Day": "Labor Day",
    "Columbus Day": "Columbus Day",
    "Veterans Day": "Veterans Day",
    "Thanksgiving Day": "Thanksgiving Day",
    "Christmas Day": "Christmas Day",
}
SUFFIX = " (observed)"
FIRST, LAST = datetime.date(1990, 1, 1), datetime.date(2060, 12, 31)


def statutory(name):
    observed = name.endswith(SUFFIX)
    base = name[: -len(SUFFIX)] if observed else name
    if base not in NAMES:
        sys.exit(f"unexpected holiday name: {name!r}")
    return NAMES[base] + (SUFFIX if observed else "")


def main():
    table = holidays.US(years=range(FIRST.year - 1, LAST.year + 2), observed=True)
    lines = []
    for day, name in sorted(table.items()):
        if not FIRST <= day <= LAST:
            continue
        # A weekend date is the actual date of a holiday observed on a weekday: not a closing day.
        if day.weekday() >= 5:
            continue
        lines.append(f"{day.isoformat()}\t{statutory(name)}\n")
    path = __file__.rsplit("/", 1)[0] + "/federal-holidays-1990-2060.txt"
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(lines)
    print(f"{len(lines)} days written (holidays {holidays.__version__})")


if __name__ == "__main__":
    main()
