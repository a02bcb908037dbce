"""Site-wide endpoints outside the page tree: sitemap, robots.txt,
security.txt, the health check and the Dutch 404 page."""

import datetime
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from django.core.mail import EmailMessage
from django.db import connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import StoryPage
from overheidvannu.discovery.search.indexing import reindex_page_task
from overheidvannu.operations.mail import send_email_task, serialise

from ..factories import make_content, make_opgave, make_theme

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
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "tasks": {"waiting": 0, "oldest_waiting_seconds": 0},
        "mail": {"waiting": 0, "oldest_waiting_seconds": 0},
    }
    assert "public" not in response.get("Cache-Control", "")


def test_healthz_shows_a_stopped_worker_and_mail_that_waits(client, db, database_tasks):
    """No worker runs: what is due waits, and /healthz says for how long
    (still 200: the load balancer keeps sending visitors)."""
    now = timezone.now()
    queued_long_ago = reindex_page_task.enqueue(1)
    DBTaskResult.objects.filter(pk=queued_long_ago.id).update(enqueued_at=now - datetime.timedelta(minutes=7))
    due_a_while_ago = reindex_page_task.using(run_after=now - datetime.timedelta(minutes=3)).enqueue(2)
    DBTaskResult.objects.filter(pk=due_a_while_ago.id).update(enqueued_at=now - datetime.timedelta(hours=5))
    reindex_page_task.using(run_after=now + datetime.timedelta(minutes=5)).enqueue(3)  # not due yet
    # A mail first queued two hours ago, waiting for its fourth try in an hour.
    message = serialise(EmailMessage("Onderwerp", "Tekst", "a@example.org", ["b@example.org"]))
    message["queued_at"] = (now - datetime.timedelta(hours=2)).isoformat()
    send_email_task.using(run_after=now + datetime.timedelta(hours=1)).enqueue(message, 3)

    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["tasks"]["waiting"] == 2
    assert 7 * 60 <= body["tasks"]["oldest_waiting_seconds"] < 8 * 60
    assert body["mail"]["waiting"] == 1
    assert 2 * 3600 <= body["mail"]["oldest_waiting_seconds"] < 2 * 3600 + 60


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
