"""The demo site's database, loaded once and copied by every test that serves it.

Three kinds of test serve the demo site under the production settings: the
browser tests (tests/browser/conftest.py), the crawl's PostgreSQL site
(tests/test_crawl.py) and the public-address test
(tests/operations/test_site_address.py). Each used to run `load_demo` on a
database of its own. Now the first of them to need it builds a template:

    manage.py migrate       (on a copy of tests/migrated_template.py's database)
    manage.py load_demo     (production settings, WAGTAILADMIN_BASE_URL=DEMO_BASE_URL)

as a demo or staging site is set up, and every one of them copies it
(`CREATE DATABASE … TEMPLATE`) with its media folder. Each copy then runs
`migrate` as a deploy does, which gives the Site the copy's own public
address (overheidvannu/operations/site_address.py). `load_demo` itself, on a
fresh database, is still run by tests/demo/test_load_demo.py (PostgreSQL) and
by the crawl's `make run` site (SQLite).

The template's name carries a fingerprint of everything the loaded demo
depends on: the migrated template's (migrations, settings, packages), every
file of the site's packages (code and the demo's data), and the day, because
the demo dates its content relative to the day it is loaded (and the crawl
compares it with a site loaded today). A change to any of them loads the demo
afresh, once; older templates are dropped. A PostgreSQL advisory lock makes
workers that need it at the same time build it once.
"""

import contextlib
import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

from . import clock, migrated_template

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / "var" / "test-templates"
PACKAGES = ("articles", "opgaven", "regions", "overheidvannu")
#: The public address the demo is loaded for (the address a demo or staging site has).
DEMO_BASE_URL = "https://demo.overheidvannu.example"
LOCK_KEY = 0x6F766E_6474  # "ovn" "dt"
COMMAND_TIMEOUT = 900


@dataclass(frozen=True)
class DemoTemplate:
    name: str  # the database on the server of DATABASE_URL
    media: Path  # the media folder load_demo filled


def fingerprint():
    digest = hashlib.sha256(migrated_template.fingerprint().encode())
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes() + b"\0")
    # The servers' (real) day, also when CLOCK_OFFSET_DAYS moves the tests' clock.
    digest.update(datetime.date.fromtimestamp(clock.server_time()).isoformat().encode())
    return digest.hexdigest()[:12]


def production_env(database_url, media_root, static_root, **extra):
    """The environment of `manage.py` with the production settings on `database_url`,
    free of the test run's own settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("REDIS_URL", "SEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "TEST_EMAIL_BACKEND")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="overheidvannu.settings.production",
        SECRET_KEY="demo-template-" + "k3y-w1th-3nough-3ntr0py-" * 3,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        STATIC_ROOT=str(static_root),
        **extra,
    )
    return env


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def create_database(conn, name, template=None):
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    conn.execute(statement)


def drop_database(conn, name):
    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def ensure(database_url):
    """The demo template on `database_url`'s server, built if missing."""
    base = (urlsplit(database_url).path.lstrip("/") or "postgres")[:30]
    name = f"{base}_demo_{fingerprint()}"
    media = TEMPLATES / name / "media"
    maintenance = migrated_template.server_url(database_url, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        try:
            if not migrated_template.exists(conn, name) or not media.is_dir():
                _drop_older(conn, f"{base}_demo_")
                _build(conn, database_url, name, media)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
    return DemoTemplate(name, media)


def _drop_older(conn, prefix):
    rows = conn.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix.replace("_", r"\_") + "%"]
    ).fetchall()
    for (old,) in rows:
        # One in use (a run on other code, still copying it) stays.
        with contextlib.suppress(psycopg.errors.ObjectInUse):
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
    for folder in TEMPLATES.glob(f"{prefix}*"):
        shutil.rmtree(folder, ignore_errors=True)


def _build(conn, database_url, name, media):
    building = f"{name}_building"
    drop_database(conn, building)
    # The migrated template when scripts/test.sh made one; else `migrate` builds it all.
    create_database(conn, building, os.environ.get("TEST_DATABASE_TEMPLATE"))
    workdir = TEMPLATES / name
    shutil.rmtree(workdir, ignore_errors=True)
    try:
        env = production_env(
            migrated_template.server_url(database_url, building),
            workdir / "media",
            workdir / "static",
            WAGTAILADMIN_BASE_URL=DEMO_BASE_URL,
        )
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
    except BaseException:
        drop_database(conn, building)
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    # Renamed only once complete: an interrupted build is never taken for a template.
    conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(building), sql.Identifier(name)))
    assert media.is_dir(), "load_demo left no media folder"


def copy(database_url, name, media_root):
    """A new database `name` on `database_url`'s server holding the loaded demo,
    and its media in `media_root`; returns the new database's URL. Drop it with
    `drop(database_url, name)`."""
    template = ensure(database_url)
    shutil.copytree(template.media, media_root, dirs_exist_ok=True)
    maintenance = migrated_template.server_url(database_url, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as conn:
        # The server copies a database only while nobody else copies it (ObjectInUse).
        for attempt in range(40):
            try:
                create_database(conn, name, template.name)
                break
            except psycopg.errors.ObjectInUse:
                if attempt == 39:
                    raise
                time.sleep(0.5)
    return migrated_template.server_url(database_url, name)


def drop(database_url, name):
    with psycopg.connect(migrated_template.server_url(database_url, "postgres"), autocommit=True) as conn:
        drop_database(conn, name)
