"""The benchmark of Benchmarks/run: casedesk next to less, sqlite3 and VisiData (see BENCHMARKS.md)."""
