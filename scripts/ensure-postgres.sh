#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the test suite and print its DATABASE_URL.
#
# Used by `make test` when DATABASE_URL is not given. Installs Debian's
# postgresql package when no server binaries are found (CI runs as root).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# `postgres` user; otherwise to the current user.
set -euo pipefail

PORT="${PGTEST_PORT:-54329}"
DIR="${PGTEST_DIR:-/tmp/ovn-pgtest-$PORT}"

find_bindir() {
    local candidate
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$candidate/initdb" ] && { echo "$candidate"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
    if [ "$(id -u)" = "0" ]; then
        echo "PostgreSQL not found: installing Debian's postgresql package..." >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        BINDIR="$(find_bindir)"
    else
        echo "PostgreSQL server binaries not found; install 'postgresql' or set DATABASE_URL." >&2
        exit 1
    fi
fi

if [ "$(id -u)" = "0" ]; then
    RUN_AS=(su postgres -s /bin/bash -c)
else
    RUN_AS=(bash -c)
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
    "${RUN_AS[@]}" "'$BINDIR/initdb' -D '$DIR' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
fi

if ! "${RUN_AS[@]}" "'$BINDIR/pg_ctl' -D '$DIR' status >/dev/null 2>&1"; then
    "${RUN_AS[@]}" "'$BINDIR/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w \
        -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start >/dev/null"
fi

echo "postgres://postgres@127.0.0.1:$PORT/overheidvannu"
