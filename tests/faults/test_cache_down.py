"""Redis stops under the running site (issue 9, Faults): every page still
serves, the content cache just misses. A real redis-server, started and
stopped by the test; the site served by gunicorn on the production settings."""

import time

from .conftest import served_site
from .site_content import PUBLIC_PATHS

PATHS = [
    *PUBLIC_PATHS,
    "/verhalen/wonen-in-de-achterhoek/",
    "/kennisbank/?niveau=netwerk",
    "/kennisbank/?q=wonen",
    "/kennisbank/feed/",
    "/zoeken/?q=wonen",
    "/zoeken/suggesties/?q=wo",
    "/api/v2/pages/",
    "/sitemap.xml",
    "/admin/login/",
    "/healthz",
]


def test_pages_serve_from_the_database_when_redis_stops(fault_site, redis_server):
    with served_site(fault_site, REDIS_URL=redis_server.url) as (site, _name):
        for path in PATHS:
            assert site.get(path).status == 200, path
        # The site really uses this Redis: the content cache filled it.
        assert redis_server.key_count() > 0

        redis_server.stop()
        for _ in range(2):  # each gunicorn worker
            for path in PATHS:
                started = time.monotonic()
                response = site.get(path)
                assert response.status == 200, f"{path} with Redis down: {response!r}"
                # A miss, not a wait: well within a visitor's patience.
                assert time.monotonic() - started < 5, path
        found = site.get("/kennisbank/?niveau=netwerk")
        assert "Wonen in de Achterhoek" in found.body
        assert "Internal Server Error" not in site.log()
