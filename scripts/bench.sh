#!/usr/bin/env bash
# `make bench`: build a 1,000 and a 50,000 item site (once; kept for later
# runs) and print the per-page server-time table for each, warm and cold
# (cold = the first request after a content change, with and without serving
# the previous facet counts while a task recomputes them).
#
# Databases: ${BENCH_DB_PREFIX:-ovn_bench}_1000 and _50000 on the cluster of
# DATABASE_URL (default: the one scripts/ensure-postgres.sh starts).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
SERVER_URL="${DATABASE_URL:-$(bash scripts/ensure-postgres.sh)}"
BASE="${SERVER_URL%/*}"
PREFIX="${BENCH_DB_PREFIX:-ovn_bench}"
REPEAT="${BENCH_REPEAT:-10}"

for N in ${BENCH_SIZES:-1000 50000}; do
    DB="${PREFIX}_${N}"
    export DATABASE_URL="$BASE/$DB"
    export MEDIA_ROOT="var/bench-media-$N"
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
    echo "== $N items: warm"
    $BIN/python scripts/bench_pages.py --repeat "$REPEAT" --label "$N items"
    echo
    echo "== $N items: cold, recomputed in the request (no worker)"
    CONTENT_CACHE_SERVE_STALE=0 $BIN/python scripts/bench_pages.py --cold --repeat "$REPEAT" --label "$N items"
    echo
    echo "== $N items: cold, as production with a worker (previous counts served, a task recomputes)"
    TASKS_BACKEND=database CONTENT_CACHE_SERVE_STALE=1 \
        $BIN/python scripts/bench_pages.py --cold --repeat "$REPEAT" --label "$N items"
done
