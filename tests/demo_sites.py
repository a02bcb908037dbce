"""The demo site, built and served as people run it, for tests that use it over HTTP.

* `build_sqlite`: `make run`'s site: an SQLite file, `migrate`, `load_demo`,
  `ensure_dev_admin` with `overheidvannu.settings.dev`, served by
  `runserver --noreload`.
* `build_postgres`: the site as deployed: a PostgreSQL database with the demo
  loaded by `migrate` and `load_demo` (a copy of tests/demo_template.py's,
  which ran them once for every test that serves the demo), then `migrate`
  and `collectstatic` with `overheidvannu.settings.production`, served by
  gunicorn with deploy/gunicorn.conf.py.

Every `manage.py` runs in a subprocess with an environment cleaned of the
test run's own settings, so what is proven is the real command line. The
SQLite site starts from a migrated template when scripts/test.sh made one
(tests/migrated_template.py: TEST_SQLITE_TEMPLATE), so no migration runs twice.
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from . import demo_template
from .servers import free_port, wait_for_http

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Generous: the demo load alone takes tens of seconds on a busy two-core machine.
COMMAND_TIMEOUT = 900
# Variables of the surrounding test run that must not leak into a site of its own.
ISOLATED = {
    "DATABASE_URL",
    "SECRET_KEY",
    "DJANGO_SETTINGS_MODULE",
    "ALLOWED_HOSTS",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "REDIS_URL",
    "SEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
}
#: Prints {"app_label.model": id of its first live page in tree order} for every page type on the site.
PAGE_TYPES_SCRIPT = """
import json
from wagtail.models import Page
first = {}
rows = Page.objects.filter(depth__gt=1).live().order_by("path")
for pk, app, model in rows.values_list("pk", "content_type__app_label", "content_type__model"):
    first.setdefault(f"{app}.{model}", pk)
print("PAGE_TYPES" + json.dumps(first))
"""
#: Creates the superuser CRAWL_USER with a confirmed authenticator app (key CRAWL_TOTP_KEY, hex).
ADMIN_SCRIPT = """
import os
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
user = get_user_model().objects.create_superuser(os.environ["CRAWL_USER"], "", os.environ["CRAWL_PASSWORD"])
TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True, key=os.environ["CRAWL_TOTP_KEY"])
"""


def clean_env(**extra):
    env = {name: value for name, value in os.environ.items() if name not in ISOLATED}
    env.update(extra)
    return env


def manage(*args, env, timeout=COMMAND_TIMEOUT):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def manage_ok(*args, env):
    """`manage.py <args>`'s output; fails the test with its output when it fails."""
    result = manage(*args, env=env)
    assert result.returncode == 0, f"manage.py {' '.join(args[:1])}: {result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def migrated_sqlite(path):
    """Put an SQLite file with every migration applied (by `manage.py migrate`
    with `make run`'s settings) at `path`: a copy of scripts/test.sh's template,
    or migrated here when there is none."""
    template = os.environ.get("TEST_SQLITE_TEMPLATE")
    if template and Path(template).exists():
        shutil.copyfile(template, path)
        return
    manage_ok(
        "migrate",
        "--noinput",
        env=clean_env(DJANGO_SETTINGS_MODULE="overheidvannu.settings.dev", DATABASE_URL=f"sqlite:///{path}"),
    )


def page_types(env, before=""):
    """{"app_label.model": page id} for one live page of each page type on the
    site (after running the script `before` in the same shell)."""
    output = manage_ok("shell", "-c", before + PAGE_TYPES_SCRIPT, env=env)
    return json.loads(output.split("PAGE_TYPES", 1)[1])


@dataclass
class DemoSite:
    """A built demo site: how to serve it and how an admin signs in."""

    name: str
    env: dict
    command: list
    username: str
    password: str
    totp_key: str = ""  # hex; empty when the admin signs in with a password alone
    page_types: dict = field(default_factory=dict)
    log: Path = None
    database: tuple = ()  # (maintenance URL, name) of a PostgreSQL database of its own

    def remove(self):
        """Drop the site's own database (its files go with the caller's folder)."""
        if self.database:
            _drop_database(*self.database)


def build_sqlite(workdir):
    """`make run`'s site: the same steps and settings, in `workdir`."""
    database = workdir / "db.sqlite3"
    migrated_sqlite(database)
    env = clean_env(
        DJANGO_SETTINGS_MODULE="overheidvannu.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
    )
    outputs = {
        step[0]: manage_ok(*step, env=env) for step in (["migrate", "--noinput"], ["load_demo"], ["ensure_dev_admin"])
    }
    # The login `make run` prints.
    login = re.search(r"gebruikersnaam: (\S+)\s+wachtwoord: (\S+)", outputs["ensure_dev_admin"])
    assert login, outputs["ensure_dev_admin"]
    return DemoSite(
        name="sqlite",
        env=env,
        command=["manage.py", "runserver", "--noreload"],
        username=login.group(1),
        password=login.group(2),
        page_types=page_types(env),
        log=workdir / "runserver.log",
    )


def _database_url(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def build_postgres(workdir, database_url):
    """The site as deployed, on a new database on `database_url`'s server
    holding the loaded demo; dropped by `site.remove()`."""
    name = f"{urlsplit(database_url).path.lstrip('/')[:30]}_crawl_{secrets.token_hex(4)}"
    maintenance = _database_url(database_url, "postgres")
    site = DemoSite(
        name="postgresql",
        env=clean_env(
            DJANGO_SETTINGS_MODULE="overheidvannu.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=_database_url(database_url, name),
            MEDIA_ROOT=str(workdir / "media"),
            STATIC_ROOT=str(workdir / "static"),
            # Mail configured, as deployed (the alert form shows); nothing here sends any.
            EMAIL_HOST="localhost",
            WEB_CONCURRENCY="2",
            # A first, cold render on a busy test machine may take seconds.
            GUNICORN_TIMEOUT="120",
        ),
        command=["-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "overheidvannu.wsgi"],
        username="crawler",
        password=secrets.token_urlsafe(16),
        totp_key=secrets.token_hex(20),
        log=workdir / "gunicorn.log",
        database=(maintenance, name),
    )
    try:
        demo_template.copy(database_url, name, workdir / "media")
        _fill_postgres(site)
    except BaseException:
        site.remove()
        raise
    return site


def _fill_postgres(site):
    # collectstatic needs no database: it runs beside migrate.
    collectstatic = subprocess.Popen(
        [PYTHON, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=site.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # As a deploy does; the Site takes this server's address (overheidvannu/operations/site_address.py).
        manage_ok("migrate", "--noinput", env=site.env)
    finally:
        output, _ = collectstatic.communicate(timeout=COMMAND_TIMEOUT)
    assert collectstatic.returncode == 0, f"collectstatic: {output[-3000:]}"
    admin = {"CRAWL_USER": site.username, "CRAWL_PASSWORD": site.password, "CRAWL_TOTP_KEY": site.totp_key}
    site.page_types = page_types({**site.env, **admin}, before=ADMIN_SCRIPT)


def _drop_database(maintenance, name):
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextlib.contextmanager
def serve(site):
    """Serve `site` on a free loopback port; yields its base URL."""
    port = free_port()
    command = [PYTHON, *site.command]
    if site.command[0] == "manage.py":
        command.append(f"127.0.0.1:{port}")
    env = {**site.env, "GUNICORN_BIND": f"127.0.0.1:{port}", "PYTHONUNBUFFERED": "1"}
    with open(site.log, "w") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base_url}/healthz", timeout=120, process=process, log=site.log)
        yield base_url
    finally:
        _stop(process)


def _stop(process):
    """Stop the server and its workers (it leads a process group of its own)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
