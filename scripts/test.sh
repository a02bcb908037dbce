#!/usr/bin/env bash
# The test suite: lint (`make lint`'s checks), migration and deploy checks, then pytest on a real
# PostgreSQL (started here unless DATABASE_URL is given), a real headless
# Chromium, and the real redis-server, varnishd and nginx that the fault, cache
# and proxy tests start themselves (Debian's packages, installed here when
# missing and root).
#
#   scripts/test.sh [PYTEST ARGS...]               the whole suite (`make test`)
#   scripts/test.sh --no-browser [PYTEST ARGS...]  all but tests/browser/ (`make check`)
#
# pytest runs on PYTEST_WORKERS processes (default `auto`: one per core) with
# pytest-xdist; pytest-django gives each worker its own test database
# (test_<name>_gw0, _gw1, ...). The browser tests form one xdist group, so one
# worker serves the demo site once for all of them (tests/conftest.py).
#
# No test depends on today's date: after the suite, the date-sensitive tests
# (marked `clock`, tests/conftest.py) run again with the clock 400 days ahead.
# CLOCK_OFFSET_DAYS=N runs the whole suite with the clock N days ahead instead
# (and skips that second run).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

BROWSER=1
if [ "${1:-}" = "--no-browser" ]; then
    BROWSER=0
    shift
fi

if [ -z "${DATABASE_URL:-}" ]; then
    DATABASE_URL="$(bash scripts/ensure-postgres.sh)"
    export DATABASE_URL
fi
echo "Database: ${DATABASE_URL%%@*}@…"

if [ "$BROWSER" = 1 ] && [ -z "${CHROMIUM_PATH:-}" ]; then
    CHROMIUM_PATH="$(command -v chromium || command -v chromium-browser || true)"
    if [ -z "$CHROMIUM_PATH" ] && [ "$(id -u)" = "0" ]; then
        echo "Chromium not found: installing Debian's chromium package..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        CHROMIUM_PATH="$(command -v chromium)"
    fi
    if [ -z "$CHROMIUM_PATH" ]; then
        echo "Chromium is required for the browser tests: install Debian's 'chromium' or set CHROMIUM_PATH." >&2
        echo "(\`make check\` runs everything but the browser tests.)" >&2
        exit 1
    fi
    export CHROMIUM_PATH
fi

if ! command -v redis-server >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "redis-server not found: installing Debian's redis-server package..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if ! command -v redis-server >/dev/null 2>&1; then
    echo "redis-server is required for the cache fault tests: install Debian's 'redis-server'." >&2
    exit 1
fi

# The fault tests stop and start a PostgreSQL cluster of their own (never the
# one in DATABASE_URL) and the backup tests run pg_dump/pg_restore: both need
# the server binaries even when DATABASE_URL points elsewhere.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
        echo "PostgreSQL server binaries not found: installing Debian's postgresql package..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        echo "The fault tests need PostgreSQL's server binaries: install Debian's 'postgresql'." >&2
        exit 1
    fi
fi

# The HTTP cache tests start a real varnishd with deploy/varnish.vcl (xkey vmod).
have_varnish() {
    { command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ]; } \
        && ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1
}
if ! have_varnish; then
    if [ "$(id -u)" = "0" ]; then
        echo "Varnish not found: installing Debian's varnish and varnish-modules..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null
    else
        echo "The cache tests need varnishd and its xkey vmod: install Debian's varnish and varnish-modules." >&2
        exit 1
    fi
fi

# The proxy-chain test puts a real nginx (deploy/nginx.conf, a throwaway
# certificate made with openssl) in front of Varnish.
if ! { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || ! command -v openssl >/dev/null; then
    if [ "$(id -u)" = "0" ]; then
        echo "nginx not found: installing Debian's nginx and openssl..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx openssl >/dev/null
    else
        echo "The proxy-chain test needs nginx and openssl: install Debian's nginx and openssl." >&2
        exit 1
    fi
fi

# Biome lints the CSS and JavaScript (package.json, into node_modules/ by `npm ci`, the
# stamp `make lint` uses). Node.js and npm: Debian's packages, installed here when missing and root.
if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
        echo "npm not found: installing Debian's nodejs and npm packages..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "Biome lints the CSS and JavaScript: install Node.js and npm (Debian's 'nodejs' and 'npm')." >&2
        exit 1
    fi
fi

# The project's own bytecode, once: with PYTHONDONTWRITEBYTECODE set, no process
# would write it, and each of the suite's many processes (workers, servers,
# manage.py) would compile every module again. A stale file is never used
# (Python compares it with its source).
$BIN/python -m compileall -q -j 0 articles opgaven regions overheidvannu tests manage.py >/dev/null &
COMPILE_PID=$!

# Every migration, once per set of migrations: the test databases are copies of a
# migrated template (tests/migrated_template.py), built here beside the checks below.
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
$BIN/python -m tests.migrated_template >"$LOGS/template" 2>&1 &
TEMPLATE_PID=$!

NODE_STAMP=node_modules/.installed
if [ -f "$NODE_STAMP" ] && [ "$NODE_STAMP" -nt package.json ] && [ "$NODE_STAMP" -nt package-lock.json ]; then
    : >"$LOGS/npm"
    true &
else
    { npm ci --no-audit --no-fund --loglevel=error && touch "$NODE_STAMP"; } >"$LOGS/npm" 2>&1 &
fi
NPM_PID=$!

# The two Django checks start together (a few seconds each); their output is shown in order.
# makemigrations also checks the migration history of its database: the server's
# maintenance database, which has none (the site's database need not exist).
DATABASE_URL="${DATABASE_URL%/*}/postgres" DJANGO_SETTINGS_MODULE=overheidvannu.settings.test \
    $BIN/python manage.py makemigrations --check --dry-run >"$LOGS/migrations" 2>&1 &
MIGRATIONS_PID=$!
# As production runs (docs/deploy.md): with a task worker, or the check warns (overheidvannu.W010).
SECRET_KEY="ci-only-$(date +%s)-check-deploy-key-with-enough-length-and-entropy-0123456789" \
ALLOWED_HOSTS=overheidvannu.example TASKS_BACKEND=database \
DJANGO_SETTINGS_MODULE=overheidvannu.settings.production \
    $BIN/python manage.py check --deploy --fail-level WARNING >"$LOGS/deploy" 2>&1 &
DEPLOY_PID=$!

# wait_for PID LOG TITLE: print the step's output; stop the suite if it failed.
wait_for() {
    echo "== $3"
    local status=0
    wait "$1" || status=$?
    cat "$2"
    if [ "$status" != 0 ]; then
        echo "($3 failed)" >&2
        exit "$status"
    fi
}

echo "== lint"
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/djlint templates --lint
wait_for "$NPM_PID" "$LOGS/npm" "CSS and JavaScript linter installed (npm ci)"
node_modules/.bin/biome ci --error-on-warnings static biome.jsonc

wait_for "$MIGRATIONS_PID" "$LOGS/migrations" "migrations are complete"
wait_for "$DEPLOY_PID" "$LOGS/deploy" "production deploy checks"
wait_for "$TEMPLATE_PID" "$LOGS/template" "migrated template database"
# (A module that does not compile fails its tests with the reason.)
wait "$COMPILE_PID" || true
while IFS='=' read -r name value; do
    case "$name" in
        TEST_DATABASE_TEMPLATE | TEST_DATABASE_DUMP | TEST_SQLITE_TEMPLATE) export "$name=$value" ;;
    esac
done <"$LOGS/template"

PYTEST=(
    $BIN/pytest
    # A fresh test database every run: a copy of the migrated template.
    --create-db
    # One process per core; each keeps a whole test module (and the browser
    # tests as one group, see tests/conftest.py) so module- and class-wide
    # setup runs once; the slowest groups go first (tests/conftest.py).
    -n "${PYTEST_WORKERS:-auto}" --dist loadgroup --no-loadscope-reorder
)
# The slowest tests, to keep an eye on the inner loop.
SUITE=("${PYTEST[@]}" --durations=15)
if [ "$BROWSER" = 1 ]; then
    echo "== pytest (all tests)"
else
    echo "== pytest (all but the browser tests)"
    SUITE+=(-m "not browser")
fi
"${SUITE[@]}" "$@"

# The same date-sensitive tests a year and a month later (none of them is a browser test).
CLOCK_DAYS=400
if [ "${CLOCK_OFFSET_DAYS:-0}" = 0 ]; then
    echo "== pytest (date-sensitive tests, clock $CLOCK_DAYS days ahead)"
    # Only their modules are collected, unless the arguments name tests themselves.
    CLOCK_PATHS=()
    named=0
    for argument in "$@"; do
        case "$argument" in
            -*) ;;
            *::* | tests*) named=1 ;;
        esac
    done
    if [ "$named" = 0 ]; then
        # CLOCK_MODULES' files, read without importing the suite (tests/conftest.py).
        mapfile -t CLOCK_PATHS < <($BIN/python -c '
import ast
for node in ast.parse(open("tests/conftest.py").read()).body:
    if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == ["CLOCK_MODULES"]:
        print(*dict.fromkeys(entry.value.split("::")[0] for entry in node.value.elts), sep="\n")
')
    fi
    status=0
    CLOCK_OFFSET_DAYS=$CLOCK_DAYS "${PYTEST[@]}" -m clock "${CLOCK_PATHS[@]}" "$@" || status=$?
    # 5: the extra arguments (e.g. one test file) selected no date-sensitive test.
    if [ "$status" != 0 ] && [ "$status" != 5 ]; then
        exit "$status"
    fi
fi
