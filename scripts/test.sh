#!/usr/bin/env bash
# The test suite: lint, migration and deploy checks, then pytest on a real
# PostgreSQL (started here unless DATABASE_URL is given) and a real headless
# Chromium (Debian's package, installed here when missing and root).
#
#   scripts/test.sh [PYTEST ARGS...]               the whole suite (`make test`)
#   scripts/test.sh --no-browser [PYTEST ARGS...]  all but tests/browser/ (`make check`)
#
# pytest runs on PYTEST_WORKERS processes (default `auto`: one per core) with
# pytest-xdist; pytest-django gives each worker its own test database
# (test_<name>_gw0, _gw1, ...). The browser tests form one xdist group, so one
# worker serves the demo site once for all of them (tests/conftest.py).
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

echo "== lint"
$BIN/ruff check .
$BIN/ruff format --check .

echo "== migrations are complete"
DJANGO_SETTINGS_MODULE=overheidvannu.settings.test $BIN/python manage.py makemigrations --check --dry-run

echo "== production deploy checks"
SECRET_KEY="ci-only-$(date +%s)-check-deploy-key-with-enough-length-and-entropy-0123456789" \
ALLOWED_HOSTS=overheidvannu.example \
DJANGO_SETTINGS_MODULE=overheidvannu.settings.production \
    $BIN/python manage.py check --deploy --fail-level WARNING

PYTEST=(
    $BIN/pytest
    # A fresh test database every run, so migrations are exercised.
    --create-db
    # One process per core; each keeps a whole test module (and the browser
    # tests as one group, see tests/conftest.py) so module- and class-wide
    # setup runs once; the slowest groups go first (tests/conftest.py).
    -n "${PYTEST_WORKERS:-auto}" --dist loadgroup --no-loadscope-reorder
    # The slowest tests, to keep an eye on the inner loop.
    --durations=15
)
if [ "$BROWSER" = 1 ]; then
    echo "== pytest (all tests)"
else
    echo "== pytest (all but the browser tests)"
    PYTEST+=(-m "not browser")
fi
"${PYTEST[@]}" "$@"
