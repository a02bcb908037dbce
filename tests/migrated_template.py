"""A migrated database to copy test databases from, made once per set of migrations.

Running every migration (Django's, Wagtail's and ours: over 250) takes about
half a minute of CPU, and a test run needs a migrated database in each
pytest-xdist worker and in the fault tests' own cluster. scripts/test.sh runs

    python -m tests.migrated_template

before pytest (beside the lint and deploy checks). It prints the name of a
database on DATABASE_URL's server that holds every migration applied with
the test settings, and writes a `pg_dump -Fc` of it to var/. The name carries
a fingerprint of everything migrations depend on (the project's migration
files, the settings, the installed packages and their versions), so a changed
migration or package makes a new template: every migration still runs, once,
whenever one of them changes.

scripts/test.sh exports the name as TEST_DATABASE_TEMPLATE, which the test
settings hand to Django (`TEST["TEMPLATE"]`): each worker's test database is
a file copy of the template and its own `migrate` finds nothing to do. The fault
tests (tests/faults/conftest.py) restore the dump, TEST_DATABASE_DUMP, into their
cluster. At the same time, in a second process, it migrates an SQLite file with
the `make run` settings (TEST_SQLITE_TEMPLATE), which tests/demo_sites.py copies
before it takes `make run`'s steps; the crawl (tests/test_crawl.py) copies the
template database for its PostgreSQL site. Without these variables every worker
and those tests migrate their own databases.
"""

import contextlib
import hashlib
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parents[1]
DUMPS = REPO / "var" / "test-templates"
# Taken while a template is built, so two test runs on one server build it once.
LOCK_KEY = 0x6F766E_7470  # "ovn" "tp"


def fingerprint():
    """A short hash of what the migrated schema and data depend on."""
    digest = hashlib.sha256()
    packages = [folder for folder in REPO.iterdir() if (folder / "__init__.py").exists()]
    migrations = [path for package in packages for path in package.glob("**/migrations/*.py")]
    sources = sorted(migrations) + sorted((REPO / "overheidvannu" / "settings").glob("*.py"))
    for path in sources:
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    installed = sorted(f"{dist.metadata['Name']}=={dist.version}".lower() for dist in metadata.distributions())
    digest.update("\n".join(installed).encode())
    return digest.hexdigest()[:12]


def server_url(database_url, name):
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def bindir():
    """The newest PostgreSQL client binaries (pg_dump must not be older than the server)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: int(p.parts[-3]))
    return candidates[-1].parent if candidates else None


def pg_tool(name):
    folder = bindir()
    return str(folder / name) if folder else name


def exists(conn, name):
    return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def start_migrate(database_url, settings="overheidvannu.settings.test"):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": settings}
    env.pop("TEST_DATABASE_TEMPLATE", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process, what):
    output, _ = process.communicate()
    if process.returncode != 0:
        sys.exit(f"{what} failed:\n{output}")


def migrate(database_url):
    finish(start_migrate(database_url), "migrate")


def dump(database_url, name, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    command = [pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", server_url(database_url, name)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"pg_dump of {name} failed:\n{result.stderr}")
    partial.replace(path)


def ensure(database_url, fingerprint):
    """(template name, dump path), built if missing."""
    base = urlsplit(database_url).path.lstrip("/") or "postgres"
    name = f"{base[:30]}_migrated_{fingerprint}"
    dump_path = DUMPS / f"{name}.dump"
    with psycopg.connect(server_url(database_url, "postgres"), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        try:
            prefix = name.rsplit("_", 1)[0] + "_"
            if not exists(conn, name):
                stale = conn.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix.replace("_", r"\_") + "%"]
                ).fetchall()
                for (old,) in stale:
                    # One in use (a run on other migrations, still copying it) stays.
                    with contextlib.suppress(psycopg.errors.ObjectInUse):
                        conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
                building = f"{name}_building"
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
                migrate(server_url(database_url, building))
                # Renamed only once complete: an interrupted build is never taken for a template.
                conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(*map(sql.Identifier, (building, name))))
            if not dump_path.exists():
                for old in DUMPS.glob(f"{prefix}*.dump"):
                    old.unlink()
                dump(database_url, name, dump_path)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
    return name, dump_path


def start_sqlite(fingerprint):
    """(path, process): the migrated SQLite file, and the `migrate` still making it (or None)."""
    path = DUMPS / f"migrated-{fingerprint}.sqlite3"
    if path.exists():
        return path, None
    DUMPS.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(f".building-{os.getpid()}")
    return path, (building, start_migrate(f"sqlite:///{building}", settings="overheidvannu.settings.dev"))


def finish_sqlite(path, building):
    if building is None:
        return
    building_path, process = building
    finish(process, "migrate (SQLite)")
    for old in DUMPS.glob("migrated-*.sqlite3"):
        old.unlink()
    building_path.replace(path)


def main():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must point to PostgreSQL.")
    current = fingerprint()
    sqlite_path, sqlite_building = start_sqlite(current)
    name, dump_path = ensure(database_url, current)
    finish_sqlite(sqlite_path, sqlite_building)
    print(f"TEST_DATABASE_TEMPLATE={name}")
    print(f"TEST_DATABASE_DUMP={dump_path}")
    print(f"TEST_SQLITE_TEMPLATE={sqlite_path}")


if __name__ == "__main__":
    main()
