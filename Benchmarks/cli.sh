#!/usr/bin/env bash
# Times the command line at a given size with a release build: generate, review, export, import.
# Usage: Benchmarks/cli.sh [CASES] [RUNS]   (defaults 100000 and 3). Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
runs=${2:-3}
bin=.build/release/casedesk
work=$(mktemp -d /tmp/casedesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
swift build -c release --product casedesk >/dev/null
measure() {  # label, command...
    local label=$1; shift
    /usr/bin/time -f "$label %e s wall, %U s user, %S s sys, %M KB peak RSS" "$@" >/dev/null 2>"$work/time" || { cat "$work/time"; exit 1; }
    tail -n 1 "$work/time"
}
for run in $(seq "$runs"); do
    rm -f "$work"/g.sqlite* "$work"/i.sqlite*
    measure "generate $cases" $bin generate --db "$work/g.sqlite" --create --cases "$cases" --seed 7 --today 2026-11-30
    measure "review --all --format json" $bin review --db "$work/g.sqlite" --today 2026-11-30 --all --format json
    measure "review --all --format json (again)" $bin review --db "$work/g.sqlite" --today 2026-11-30 --all --format json
    if [ -w /proc/sys/vm/drop_caches ]; then  # root only: the same with nothing in the page cache
        sync && echo 3 > /proc/sys/vm/drop_caches
        measure "review --all --format json (cold cache)" $bin review --db "$work/g.sqlite" --today 2026-11-30 --all --format json
    fi
    measure "review --user mreyes" $bin review --db "$work/g.sqlite" --today 2026-11-30 --user mreyes
    measure "export --format json" $bin export --db "$work/g.sqlite" --today 2026-11-30 --format json --out "$work/cases.json"
    measure "export --format csv" $bin export --db "$work/g.sqlite" --today 2026-11-30 --format csv --out "$work/cases.csv"
    measure "import (json)" $bin import --db "$work/i.sqlite" --create --today 2026-11-30 "$work/cases.json"
    measure "check" $bin check --db "$work/i.sqlite"
done
echo "export file: $(stat -c %s "$work/cases.json") bytes"
