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
cluster. Without these variables every worker migrates its own database, as before.
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
    sources = sorted(REPO.glob("*/migrations/*.py")) + sorted((REPO / "overheidvannu" / "settings").glob("*.py"))
    for path in sources:
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}".lower() for dist in metadata.distributions())
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()[:12]


def server_url(database_url, name):
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def template_name(database_url):
    base = urlsplit(database_url).path.lstrip("/") or "postgres"
    return f"{base[:30]}_migrated_{fingerprint()}"


def bindir():
    """The newest PostgreSQL client binaries (pg_dump must not be older than the server)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: int(p.parts[-3]))
    return candidates[-1].parent if candidates else None


def pg_tool(name):
    folder = bindir()
    return str(folder / name) if folder else name


def exists(conn, name):
    return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def migrate(database_url):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.test",
    }
    env.pop("TEST_DATABASE_TEMPLATE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=REPO, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"migrate failed:\n{result.stdout}\n{result.stderr}")


def dump(database_url, name, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    command = [pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", server_url(database_url, name)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"pg_dump of {name} failed:\n{result.stderr}")
    partial.replace(path)


def ensure(database_url):
    """(template name, dump path), built if missing."""
    name = template_name(database_url)
    dump_path = DUMPS / f"{name}.dump"
    with psycopg.connect(server_url(database_url, "postgres"), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        try:
            if not exists(conn, name):
                prefix = name.rsplit("_", 1)[0] + "_"
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
                for old in DUMPS.glob("*.dump"):
                    old.unlink()
                dump(database_url, name, dump_path)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
    return name, dump_path


def main():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must point to PostgreSQL.")
    name, dump_path = ensure(database_url)
    print(f"TEST_DATABASE_TEMPLATE={name}")
    print(f"TEST_DATABASE_DUMP={dump_path}")


if __name__ == "__main__":
    main()
