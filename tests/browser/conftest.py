"""A served site and a real headless Chromium for the browser tests.

The site runs the way the acceptance suite runs it (SPEC.md "Environment"):
a PostgreSQL database of its own with the demo loaded by `migrate` and
`load_demo` under the production settings, `migrate`, `collectstatic`, then
`gunicorn overheidvannu.wsgi` with the production settings on a free loopback
port, two workers sharing a real Redis as production's do (docs/deploy.md):
a change one test makes in one worker (or in the site shell) is then seen
by the other at once, as on a deployed site, instead of each worker's own
cache lagging by up to CONTENT_CACHE_SECONDS. The loaded demo is a copy of the demo template (tests/demo_template.py:
`load_demo` runs once for every test that serves the demo, not once each), so
this `migrate` only gives the Site this server's address; the database is
independent of the test database (whose flushes would delete Wagtail's root
page). One server and one browser for the whole tests/browser/ package, a new
browser context per test. Package-scoped, not
session-scoped: Playwright's sync API keeps an event loop running while it is
open, and Django refuses database work inside one (SynchronousOnlyOperation),
so both are closed as soon as the browser tests are done and the same process
can go on with the database tests (as an xdist worker does).

Under pytest-xdist (`make test`) the browser tests form one xdist group
(tests/conftest.py), so one worker builds and serves the site once for all of
them while the other workers run the rest of the suite. Should they ever be
spread over several workers, each builds its own site in a database with its
own random name, so the sites never collide.
"""

import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from playwright.sync_api import sync_playwright

from .. import demo_template
from ..servers import RedisServer

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:54329/ovn_browser"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
STARTUP_TIMEOUT = 60  # seconds for gunicorn to answer /healthz
NAVIGATION_TIMEOUT_MS = 60_000


#: The environment of the served site, for tests that run a management
#: command against it (e.g. to create an editor's account).
SITE_ENV = {}


#: The program of the site shell: Django set up once with the served site's
#: settings, then each line of standard input (JSON: Python code) is run as
#: `manage.py shell -c` runs it, and answered with one line of JSON: whether it
#: ran and what it printed (or its traceback). Between runs it forgets what a
#: fresh process would not know: database connections and its local caches.
SITE_SHELL_PROGRAM = """
import contextlib, io, json, sys, traceback
import django
django.setup()
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connections
answers = sys.stdout
for line in sys.stdin:
    printed = io.StringIO()
    ok = True
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(json.loads(line), "<site shell>", "exec"), {"__name__": "__main__"})
    except BaseException:
        ok = False
        printed.write(traceback.format_exc())
    connections.close_all()
    for cache in caches.all(initialized_only=True):
        if isinstance(cache, LocMemCache):
            cache.clear()
    answers.write(json.dumps({"ok": ok, "printed": printed.getvalue()}) + "\\n")
    answers.flush()
"""


class SiteShell:
    """`manage.py shell -c CODE` against the served site's database, without
    starting Django for each call: one Python process (SITE_SHELL_PROGRAM)
    serves every call of the browser tests. A `manage.py shell` took about 3 s
    of start-up per call on two busy cores."""

    def __init__(self):
        self.process = None

    def run(self, code):
        """Run `code`; what it printed. Fails the test with the traceback when it raised."""
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [sys.executable, "-c", SITE_SHELL_PROGRAM],
                cwd=REPO,
                env=SITE_ENV,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        self.process.stdin.write(json.dumps(code) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            pytest.fail(f"the site shell stopped (exit code {self.process.wait(timeout=10)})")
        answer = json.loads(line)
        if not answer["ok"]:
            pytest.fail(f"site shell:\n{answer['printed'][-4000:]}")
        return answer["printed"]

    def close(self):
        if self.process is not None and self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None


SITE_SHELL = SiteShell()


def site_shell(code):
    """Run the Python `code` against the served site's database, as
    `manage.py shell -c` does; what it printed."""
    return SITE_SHELL.run(code)


def site_manage(*args):
    """`manage.py <args>` against the served site's database (through the site shell)."""
    if args[:2] == ("shell", "-c"):
        return site_shell(args[2])
    return site_shell(f"from django.core.management import call_command\ncall_command(*{list(args)!r})")


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_below_the_ephemeral_range():
    """A free loopback port below the range the kernel hands out for port 0
    (Linux: /proc/sys/net/ipv4/ip_local_port_range), so that no server another
    test starts on "any free port" can take it while nothing listens there."""
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return _free_port()
    candidates = range(max(1024, low - 12_000), low)
    for port in random.sample(candidates, min(50, len(candidates))):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    return _free_port()


#: The served site's mail server: plain SMTP on this loopback port. Nothing
#: listens there unless a test starts a server on it (tests/servers.py:
#: `smtp_server`, `hanging_smtp_server`); meanwhile the site's mail is refused
#: and waits in its outbox, as it would with its mail server down. The port
#: lies below the kernel's range for "any free port", so no other server of
#: the suite is given it in the meantime.
SITE_SMTP_PORT = _port_below_the_ephemeral_range()
#: How long the served site waits for its mail server (EMAIL_TIMEOUT, s).
SITE_EMAIL_TIMEOUT = 10


def _with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def _start(args, env):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process, what):
    try:
        stdout, stderr = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
    if process.returncode != 0:
        pytest.fail(f"{what} failed ({process.returncode}):\n{stdout[-4000:]}\n{stderr[-4000:]}")


def _run(args, env, what):
    _finish(_start(args, env), what)


def _stop(process):
    """Stop gunicorn and its workers (it runs in its own process group)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _wait_until_healthy(process, base_url, log_path):
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last_error = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last_error = error
        time.sleep(0.2)
    _stop(process)
    log = Path(log_path).read_text(errors="replace")[-8000:]
    pytest.fail(
        f"gunicorn did not answer {base_url}/healthz (exit code {process.returncode}, last error {last_error!r}).\n"
        f"gunicorn stderr:\n{log}"
    )


@pytest.fixture(scope="package")
def site_url():
    """Base URL (no trailing slash) of the demo site served by gunicorn with production settings."""
    admin_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    db_name = f"ovn_browser_site_{secrets.token_hex(4)}"
    maintenance_url = _with_database(admin_url, "postgres")
    workdir = Path(tempfile.mkdtemp(prefix="ovn-browser-"))
    process = redis = None
    try:
        try:
            redis = RedisServer()
        except RuntimeError as error:
            pytest.fail(str(error))
        db_url = demo_template.copy(admin_url, db_name, workdir / "media")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "overheidvannu.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": db_url,
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "PYTHONUNBUFFERED": "1",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(SITE_SMTP_PORT),
            "EMAIL_USE_TLS": "0",
            "EMAIL_TIMEOUT": str(SITE_EMAIL_TIMEOUT),
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }
        for var in ("SEARCH_URL", "AWS_STORAGE_BUCKET_NAME"):
            env.pop(var, None)
        env["REDIS_URL"] = redis.url
        # Tests that need the served site's database (e.g. to add an admin user) run manage.py with this.
        SITE_ENV.clear()
        SITE_ENV.update(env)
        # collectstatic needs no database: let it run beside migrate.
        collectstatic = _start(["collectstatic", "--noinput"], env)
        try:
            _run(["migrate", "--noinput"], env, "manage.py migrate")
        finally:
            _finish(collectstatic, "manage.py collectstatic")

        port = _free_port()
        while port == SITE_SMTP_PORT:  # the system hands out a port just freed again
            port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        log_path = workdir / "gunicorn.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "overheidvannu.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "--timeout",
                    "120",
                ],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _wait_until_healthy(process, base_url, log_path)
        yield base_url
        # Server errors logged during the session are worth seeing when a test failed.
        if process.poll() is not None:
            print(f"gunicorn exited early:\n{log_path.read_text(errors='replace')[-8000:]}")
    finally:
        SITE_SHELL.close()
        if process is not None:
            _stop(process)
        if redis is not None:
            redis.stop()
        with psycopg.connect(maintenance_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is required: install Debian's 'chromium' package or set CHROMIUM_PATH.")
    return path


@pytest.fixture(scope="package")
def browser(site_url):
    # After the site: its set-up does database work, which Django refuses
    # once Playwright's event loop runs.
    with sync_playwright() as playwright:
        # `launch` gives every run a fresh temporary profile (user data dir).
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


class RequestLog:
    """Every URL a browser context requested, to check that nothing leaves the site."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.origin = urlsplit(site_url)._replace(path="", query="", fragment="").geturl()
        self.urls = []

    def record(self, request):
        self.urls.append(request.url)

    def foreign(self):
        result = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob"):
                continue
            if f"{parts.scheme}://{parts.netloc}" != self.origin:
                result.append(url)
        return result


def make_context(browser, site_url, **options):
    """A new, empty browser context on the served site with its requests recorded."""
    context = browser.new_context(base_url=site_url, locale="nl-NL", **options)
    context.set_default_timeout(10_000)
    # The first visit of a page renders its image renditions (AVIF, WebP, JPEG): slow on a cold site.
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    log = RequestLog(site_url)
    context.on("request", log.record)
    context.request_log = log
    return context


@pytest.fixture
def context(browser, site_url):
    context = make_context(browser, site_url)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()
