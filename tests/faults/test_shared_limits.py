"""Limits and lockouts hold across gunicorn workers (issue 19), with and
without Redis: the site served as in production (deploy/gunicorn.conf.py,
production settings) by four workers on a copy of the fault tests'
database. Two visitors are told apart by the address a trusted proxy writes
in X-Forwarded-For (TRUSTED_PROXY_COUNT=1). (Fifty failures over ten names
locking an address is tested in tests/security/test_admin_security.py: each failure
costs a full password hash, too slow to repeat here.)

Before, the form limits lived in each worker's own memory without Redis:
with two workers eight tips in a row from one address were all accepted.
"""

import contextlib
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

from ..contact_form import GOOD
from ..servers import gunicorn
from .conftest import manage, site_env
from .limits_content import COLLEAGUE, COLLEAGUE_PASSWORD

WORKERS = 4
TOO_OFTEN = "Je hebt dit formulier te vaak verstuurd. Probeer het over een uur opnieuw."
EDITOR, EDITOR_PASSWORD = "redacteur", "geheim-wachtwoord-123"  # tests/faults/site_content.py


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


class Visitor:
    """One visitor behind the trusted proxy: their address in X-Forwarded-For,
    their CSRF cookie sent back by hand (production marks it Secure, and the
    test talks plain HTTP to gunicorn)."""

    def __init__(self, base_url, address):
        self.base_url, self.address, self.cookies = base_url, address, {}

    def _open(self, path, data=None):
        headers = {"X-Forwarded-For": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers)  # noqa: S310 - loopback
        try:
            response = _opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            for cookie in response.headers.get_all("Set-Cookie") or []:
                name, _, value = cookie.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value
            return response.status, response.headers, response.read().decode()

    def token(self, path):
        status, _, page = self._open(path)
        assert status == 200, (path, status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def post(self, path, data, token):
        return self._open(path, {**data, "csrfmiddlewaretoken": token})


def tip(visitor, token):
    status, _, page = visitor.post("/contact/", GOOD, token)
    return status, page


def sign_in(visitor, token, username, password):
    status, headers, page = visitor.post("/admin/login/", {"username": username, "password": password}, token)
    return status, headers.get("Location"), page


@contextlib.contextmanager
def served_by_workers(fault_site, **extra_env):
    """A copy of the fault tests' site with the contact page, served by
    WORKERS gunicorn workers; yields (base URL, database URL)."""
    cluster, workdir = fault_site
    name = cluster.copy_of_template()
    site_dir = Path(tempfile.mkdtemp(prefix="ovn-limits-served-"))
    shutil.copytree(workdir / "media", site_dir / "media")
    (site_dir / "static").symlink_to(workdir / "static")
    env = site_env(cluster.url(name), site_dir, TRUSTED_PROXY_COUNT="1", **extra_env)
    try:
        build = "from tests.faults.limits_content import build; build()"
        manage(["shell", "-c", build], env, "adding the contact page")
        with gunicorn(env, workers=WORKERS) as (url, _port):
            yield url, cluster.url(name)
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
        with contextlib.suppress(Exception):
            cluster.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def counters_in_database(database_url):
    with psycopg.connect(database_url) as conn:
        return conn.execute("SELECT count(*) FROM ratelimits_counter").fetchone()[0]


def assert_tip_limits_hold(url):
    # One visitor, eight tips in a row: five are taken, whichever worker answers.
    first = Visitor(url, "198.51.100.1")
    token = first.token("/contact/")
    answers = [tip(first, token) for _ in range(8)]
    assert [status for status, _ in answers] == [200] * 5 + [429] * 3
    assert TOO_OFTEN in answers[-1][1]
    # Another visitor's tip still goes through.
    second = Visitor(url, "198.51.100.2")
    assert tip(second, second.token("/contact/"))[0] == 200
    # Ten tips at once from a third: all workers busy, still exactly five taken.
    third = Visitor(url, "198.51.100.3")
    token = third.token("/contact/")
    with ThreadPoolExecutor(max_workers=WORKERS * 2) as pool:
        statuses = sorted(status for status, _ in pool.map(lambda _: tip(third, token), range(10)))
    assert statuses == [200] * 5 + [429] * 5


def assert_password_reset_limit_holds(url):
    visitor = Visitor(url, "198.51.100.4")
    token = visitor.token("/admin/password_reset/")
    statuses = [visitor.post("/admin/password_reset/", {"email": f"n{n}@example.org"}, token)[0] for n in range(11)]
    assert statuses == [302] * 10 + [429]


def assert_a_colleague_signs_in_after_another_s_failures(url):
    office = Visitor(url, "203.0.113.5")
    token = office.token("/admin/login/")
    statuses = [sign_in(office, token, EDITOR, "verkeerd")[0] for _ in range(6)]
    assert statuses == [200] * 4 + [429] * 2
    colleague = Visitor(url, "203.0.113.5")
    status, location, _ = sign_in(colleague, colleague.token("/admin/login/"), COLLEAGUE, COLLEAGUE_PASSWORD)
    assert (status, location) == (302, "/admin/")


def test_limits_hold_across_four_workers_without_redis(fault_site):
    with served_by_workers(fault_site) as (url, database_url):
        assert_tip_limits_hold(url)
        assert_password_reset_limit_holds(url)
        assert_a_colleague_signs_in_after_another_s_failures(url)
        # Counted in the database, the one store every worker shares here.
        assert counters_in_database(database_url) > 0


def test_limits_hold_across_four_workers_with_redis_and_while_it_is_down(fault_site, redis_server):
    import redis

    with served_by_workers(fault_site, REDIS_URL=redis_server.url) as (url, database_url):
        assert_tip_limits_hold(url)
        assert_password_reset_limit_holds(url)
        assert_a_colleague_signs_in_after_another_s_failures(url)
        # Counted in Redis, not in the database.
        assert redis.Redis.from_url(redis_server.url).keys("ovn:ratelimit:*")
        assert counters_in_database(database_url) == 0

        # Redis stops: the limits go on in the database, for every worker.
        redis_server.stop()
        visitor = Visitor(url, "198.51.100.9")
        token = visitor.token("/contact/")
        assert [tip(visitor, token)[0] for _ in range(6)] == [200] * 5 + [429]
        assert counters_in_database(database_url) > 0
