"""PostgreSQL stops under the running site, then comes back (issue 9, Faults).

The site runs as in production (gunicorn, production settings, persistent
connections) against a cluster of the test's own, which the test stops and
starts. Visitors and editors then get an honest Dutch 503 with Retry-After,
never a 500 or a traceback; when PostgreSQL is back the same processes serve
again, without a restart.
"""

import re
import time

import pytest

from .conftest import served_site
from .site_content import PUBLIC_PATHS

# Everything a visitor or editor might ask for while the database is gone.
PATHS_DOWN = [
    *PUBLIC_PATHS,
    "/verhalen/wonen-in-de-achterhoek/",
    "/zoeken/?q=wonen",
    "/zoeken/suggesties/?q=wo",
    "/kennisbank/feed/",
    "/api/v2/pages/",
    "/sitemap.xml",
    "/bestaat-niet/",
    "/admin/login/",
]
TRACEBACK_MARKERS = ("Traceback", "OperationalError", "psycopg", 'File "', "connection to server")


@pytest.fixture(scope="module")
def site(fault_site):
    cluster, _ = fault_site
    # Persistent connections: the hard case, where every worker holds a
    # connection that PostgreSQL's stop breaks.
    with served_site(fault_site, DATABASE_CONN_MAX_AGE="600") as (site, _name):
        try:
            yield cluster, site
        finally:
            # Whatever a test did, leave the cluster running for the others.
            if not _accepts_connections(cluster):
                cluster.start()


def _accepts_connections(cluster):
    import psycopg

    try:
        psycopg.connect(cluster.url("postgres"), connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def assert_unavailable_page(response, path):
    assert response.status == 503, f"{path}: {response!r}"
    assert response.headers["Retry-After"].isdigit(), path
    assert int(response.headers["Retry-After"]) > 0
    assert response.headers["Content-Type"].startswith("text/html"), path
    assert '<html lang="nl">' in response.body
    assert "Even niet beschikbaar" in response.body
    assert "tijdelijk niet bereikbaar" in response.body
    for marker in TRACEBACK_MARKERS:
        assert marker not in response.body, f"{path} shows {marker!r}"
    # Never stored by a CDN or a browser: the outage should not outlive itself.
    assert "no-store" in response.headers.get("Cache-Control", "") or "no-cache" in response.headers.get(
        "Cache-Control", ""
    )


def test_database_down_gives_dutch_503_everywhere_and_recovers_without_restart(site):
    cluster, served = site
    # Warm every worker's persistent connection.
    for _ in range(4):
        for path in PUBLIC_PATHS:
            assert served.get(path).status == 200, path
    admin = served.get("/admin/login/")
    assert admin.status == 200
    csrf_cookie = admin.headers["Set-Cookie"].split(";")[0]
    csrf_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', admin.body).group(1)

    cluster.stop()
    try:
        for _ in range(2):  # every gunicorn worker, each with its broken connection
            for path in PATHS_DOWN:
                assert_unavailable_page(served.get(path), path)
        for path in ("/admin/", "/admin/pages/"):
            # Without a session the admin sends to its login page (no database
            # needed for that), which says the site is unavailable.
            response = served.get(path)
            assert response.status == 302 and response.headers["Location"].startswith("/admin/login/"), path
            assert_unavailable_page(served.get(response.headers["Location"]), response.headers["Location"])
            # An editor with a session cookie: the session lookup fails first.
            response = served.get(path, headers={"Cookie": "sessionid=abcdefghijklmnopqrstuvwxyz012345"})
            assert_unavailable_page(response, f"{path} with a session")
        # An editor logging in: the password check needs the database.
        login = served.post(
            "/admin/login/",
            {"csrfmiddlewaretoken": csrf_token, "username": "redacteur", "password": "geheim-wachtwoord-123"},
            headers={"Cookie": csrf_cookie, "Referer": served.url + "/admin/login/"},
        )
        assert_unavailable_page(login, "POST /admin/login/")
        health = served.get("/healthz")
        assert health.status == 503
        assert '"database": "unavailable"' in health.body
    finally:
        cluster.start()

    # Back without restarting gunicorn: the very first requests succeed.
    for _ in range(4):
        for path in PUBLIC_PATHS:
            response = served.get(path)
            assert response.status == 200, f"{path} after PostgreSQL returned: {response!r}"
    assert served.get("/healthz").status == 200
    assert served.get("/admin/login/").status == 200
    login = served.post(
        "/admin/login/",
        {"csrfmiddlewaretoken": csrf_token, "username": "redacteur", "password": "geheim-wachtwoord-123"},
        headers={"Cookie": csrf_cookie, "Referer": served.url + "/admin/login/"},
    )
    assert login.status == 302, f"the editor logs in again: {login!r}"
    assert served.process.poll() is None, "gunicorn stopped"
    assert "Internal Server Error" not in served.log(), served.log()


def test_postgres_restarted_between_requests_costs_no_failed_request(site):
    """A restart while the workers sit idle with open connections: the health
    check on reuse (CONN_HEALTH_CHECKS) reconnects, so no visitor sees an error."""
    cluster, served = site
    for _ in range(4):
        assert served.get("/").status == 200
    cluster.stop()
    cluster.start()
    time.sleep(0.2)
    for _ in range(4):
        for path in PUBLIC_PATHS:
            response = served.get(path)
            assert response.status == 200, f"{path} after a restart: {response!r}"
