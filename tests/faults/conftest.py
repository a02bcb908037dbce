"""Real parts for the fault tests: a PostgreSQL cluster of their own (which
the tests stop and start, so never the shared one), a Redis server, and the
site served by gunicorn with the production settings, as
tests/browser/conftest.py serves it.

Session-wide: one throwaway cluster holding a migrated (restored from the
suite's migrated template, tests/migrated_template.py, then `migrate` as a
deploy runs it), filled template database (`tests/faults/site_content.py`)
and one `collectstatic`. Each test
copies the template (`CREATE DATABASE … TEMPLATE`, a file copy) so it may
break its copy as it likes.
"""

import contextlib
import glob
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
import pytest

from ..servers import RedisServer, free_port

REPO = Path(__file__).resolve().parents[2]
TEMPLATE_DB = "ovn_faults_template"
#: The public address of the fault tests' site (WAGTAILADMIN_BASE_URL).
PUBLIC_URL = "https://storing.overheidvannu.example"
STARTUP_TIMEOUT = 60


def _postgres_bindir():
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{candidate}/initdb", os.X_OK):
            return candidate
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    pytest.fail("PostgreSQL server binaries not found: scripts/test.sh installs Debian's 'postgresql' as root.")


class Cluster:
    """A throwaway PostgreSQL cluster on a free loopback port. As root it runs
    as the `postgres` user (PostgreSQL refuses root), like scripts/ensure-postgres.sh."""

    def __init__(self):
        self.bindir = _postgres_bindir()
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="ovn-faults-pg-"))
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(f"'{self.bindir}/initdb' -D '{self.dir}/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8")

    def _run(self, command):
        argv = ["su", "postgres", "-s", "/bin/bash", "-c", command] if os.getuid() == 0 else ["bash", "-c", command]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.dir / "server.log"
            pytest.fail(
                f"{command!r} failed: {result.stdout}{result.stderr}\n{log.read_text() if log.exists() else ''}"
            )

    def start(self):
        options = f"-p {self.port} -k '{self.dir}' -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(f"'{self.bindir}/pg_ctl' -D '{self.dir}/data' -l '{self.dir}/server.log' -w -o \"{options}\" start")

    def stop(self):
        # Fast shutdown: open connections are cut, as in a crash or a failover.
        self._run(f"'{self.bindir}/pg_ctl' -D '{self.dir}/data' -m fast -w stop")

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def execute(self, sql):
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def restore(self, dump, name):
        """`pg_restore` a `pg_dump -Fc` archive into the empty database `name`."""
        result = subprocess.run(
            [f"{self.bindir}/pg_restore", "--no-owner", "--exit-on-error", "-d", self.url(name), dump],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            pytest.fail(f"pg_restore of {dump} failed:\n{result.stderr[-4000:]}")

    def copy_of_template(self):
        name = f"ovn_faults_{secrets.token_hex(4)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DB}"')
        return name

    def destroy(self):
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def manage(args, env, what, timeout=600):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result


def site_env(database_url, workdir, **extra):
    """The environment of the site as production runs it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "WAGTAILADMIN_BASE_URL": PUBLIC_URL,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "STATIC_ROOT": str(Path(workdir) / "static"),
        "PYTHONUNBUFFERED": "1",
    }
    for var in ("REDIS_URL", "SEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "DATABASE_CONN_MAX_AGE"):
        env.pop(var, None)
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def cluster():
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="session")
def fault_site(cluster):
    """(cluster, workdir): the template database migrated and filled, its
    media and the collected static files in workdir. Tests copy both."""
    workdir = Path(tempfile.mkdtemp(prefix="ovn-faults-site-"))
    cluster.execute(f'CREATE DATABASE "{TEMPLATE_DB}"')
    env = site_env(cluster.url(TEMPLATE_DB), workdir)
    collectstatic = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        migrate_template(cluster, env)
        manage(["shell", "-c", "from tests.faults.site_content import build; build()"], env, "building the test site")
    finally:
        _, stderr = collectstatic.communicate(timeout=600)
    if collectstatic.returncode != 0:
        pytest.fail(f"collectstatic failed:\n{stderr[-4000:]}")
    try:
        yield cluster, workdir
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def migrate_template(cluster, env):
    """Bring the template database to the latest migration: from the dump of
    the suite's migrated template (tests/migrated_template.py) when
    scripts/test.sh made one for these very migrations, so they run once per
    suite. Then `migrate` under the production settings either way, as a
    deploy does: after a restore it finds no migration to apply but runs the
    `post_migrate` work (groups and permissions, the Site's public address)
    the dump, made with the test settings, may lack."""
    dump = os.environ.get("TEST_DATABASE_DUMP")
    if dump and Path(dump).exists():
        cluster.restore(dump, TEMPLATE_DB)
    manage(["migrate", "--noinput"], env, "migrate")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Report a redirect as it is (a 302 is an answer, too)."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


class Site:
    """The site served by gunicorn (its own process group) on a free port."""

    def __init__(self, env, workers=2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(tempfile.mkstemp(prefix="ovn-faults-gunicorn-", suffix=".log")[1])
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "overheidvannu.wsgi", "--bind", f"127.0.0.1:{self.port}"]
                + ["--workers", str(workers), "--timeout", "60"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline and self.process.poll() is None:
            with contextlib.suppress(OSError):
                if self.get("/healthz").status == 200:
                    return
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"gunicorn did not start:\n{self.log()}")

    def get(self, path, headers=None, timeout=30, data=None):
        """(status, headers, body) of a GET (a POST with `data`), whatever the status."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.url + path, data=body, headers=headers or {})  # noqa: S310 - http only
        try:
            with _opener.open(request, timeout=timeout) as response:
                return Response(response.status, response.headers, response.read().decode())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, error.read().decode())

    def post(self, path, data, headers=None, timeout=30):
        return self.get(path, headers=headers, timeout=timeout, data=data)

    def log(self):
        return self.log_path.read_text(errors="replace")[-8000:]

    def stop(self):
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log_path.unlink(missing_ok=True)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def __repr__(self):
        return f"<{self.status} {self.body[:200]!r}>"


@contextlib.contextmanager
def served_site(fault_site, workers=2, **extra_env):
    """A copy of the test site served by gunicorn (`workers` of them); yields (Site, database name)."""
    cluster, workdir = fault_site
    name = cluster.copy_of_template()
    site_dir = Path(tempfile.mkdtemp(prefix="ovn-faults-served-"))
    shutil.copytree(workdir / "media", site_dir / "media")
    (site_dir / "static").symlink_to(workdir / "static")
    site = None
    try:
        site = Site(site_env(cluster.url(name), site_dir, **extra_env), workers=workers)
        yield site, name
    finally:
        if site is not None:
            site.stop()
        shutil.rmtree(site_dir, ignore_errors=True)
        with contextlib.suppress(Exception):
            cluster.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_server():
    try:
        server = RedisServer()
    except RuntimeError as error:
        pytest.fail(str(error))
    try:
        yield server
    finally:
        server.stop()
