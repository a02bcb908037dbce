#!/usr/bin/env bash
# `make bench`: build a 1,000 and a 50,000 item site (once; kept for later
# runs) and print one table per size: each page's server time, median and
# p90, warm, cold in the request (no worker) and cold with a worker (the
# previous derived data served while a task recomputes it); see
# scripts/bench_pages.py.
#
#   scripts/bench.sh                  both sizes (`make bench`)
#   scripts/bench.sh --size 1000      one size, a quick run (`make bench BENCH_SIZES=1000`)
#   scripts/bench.sh --repeat 5 --size 50000 --slowest
#
# Databases: ${BENCH_DB_PREFIX:-ovn_bench}_1000 and _50000 on the cluster of
# DATABASE_URL (default: the one scripts/ensure-postgres.sh starts); images in
# ${BENCH_MEDIA_DIR:-var}/bench-media-<size>.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
SERVER_URL="${DATABASE_URL:-$(bash scripts/ensure-postgres.sh)}"
BASE="${SERVER_URL%/*}"
PREFIX="${BENCH_DB_PREFIX:-ovn_bench}"
REPEAT="${BENCH_REPEAT:-10}"
SIZES="${BENCH_SIZES:-1000 50000}"
EXTRA=()
CHOSEN=""
while [ $# -gt 0 ]; do
    case "$1" in
        --size) CHOSEN="$CHOSEN $2"; shift 2 ;;
        --size=*) CHOSEN="$CHOSEN ${1#--size=}"; shift ;;
        --repeat) REPEAT="$2"; shift 2 ;;
        --modes|--slowest) EXTRA+=("$1"); [ "$1" = --modes ] && { EXTRA+=("$2"); shift; }; shift ;;
        *) echo "usage: $0 [--size N]... [--repeat N] [--modes warm,cold,worker] [--slowest]" >&2; exit 2 ;;
    esac
done
SIZES="${CHOSEN:-$SIZES}"

for N in $SIZES; do
    DB="${PREFIX}_${N}"
    export DATABASE_URL="$BASE/$DB"
    export MEDIA_ROOT="${BENCH_MEDIA_DIR:-var}/bench-media-$N"
    if ! $BIN/python - "$BASE/postgres" "$DB" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    sys.exit(0 if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [sys.argv[2]]).fetchone() else 1)
PY
    then
        echo "== building the $N item site in $DB (once)"
        $BIN/python - "$BASE/postgres" "$DB" <<'PY'
import sys, psycopg
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    conn.execute(f'CREATE DATABASE "{sys.argv[2]}"')
PY
        $BIN/python manage.py migrate --noinput -v0
        $BIN/python manage.py load_demo
        $BIN/python manage.py load_demo --pages "$N"
    fi
    echo
    echo "== $N items"
    $BIN/python scripts/bench_pages.py --repeat "$REPEAT" --label "$N items" ${EXTRA[@]+"${EXTRA[@]}"}
done
