"""Site-wide endpoints outside the page tree: sitemap, robots.txt,
security.txt, the health check and the Dutch 404 page."""

import datetime
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from django.db import connections
from django.utils import timezone

from articles.models import StoryPage

from .factories import make_content, make_opgave, make_theme

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_live_pages_and_leaves_drafts_out(client, tree):
    live = make_content(tree, StoryPage, "Gepubliceerd", themes=[make_theme()])
    make_content(tree, StoryPage, "Nog een concept", live=False)
    opgave = make_opgave(tree, "Wonen")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    sitemap = ET.fromstring(response.content)  # noqa: S314 - our own response, not untrusted input
    locations = [loc.text for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)]
    paths = {location.split("://", 1)[1].split("/", 1)[1] for location in locations}
    assert {"", "kennisbank/", "verhalen/", live.url.lstrip("/"), opgave.url.lstrip("/")} <= paths
    assert "verhalen/nog-een-concept/" not in paths


def test_robots_txt_allows_the_site_keeps_admin_out_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_security_txt_has_contact_and_a_future_expiry(client, db):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines() if ": " in line)
    assert fields["Contact"].startswith("mailto:")
    expires = datetime.datetime.fromisoformat(fields["Expires"].replace("Z", "+00:00"))
    assert expires > timezone.now() + datetime.timedelta(days=300)
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"


def test_healthz_reports_ok_with_a_working_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "public" not in response.get("Cache-Control", "")


def test_healthz_reports_503_when_the_database_does_not_answer(client, db):
    """A real unreachable database: the default connection is swapped for one
    pointing at a port where nothing listens, then restored."""
    working = connections["default"]
    unreachable = working.__class__(
        {**working.settings_dict, "HOST": "127.0.0.1", "PORT": "1", "OPTIONS": {"connect_timeout": 2}},
        alias="default",
    )
    connections["default"] = unreachable
    try:
        response = client.get("/healthz")
    finally:
        unreachable.close()
        connections["default"] = working

    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_unknown_address_gives_a_dutch_404_page(client, tree):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.find("html")["lang"] == "nl"
    assert html.h1.get_text() == "Pagina niet gevonden"
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.find("a", href="/")
    assert not response.cookies
