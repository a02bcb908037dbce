"""The broken-link report: `check_links` checks external links against a
local HTTP server (never the internet) and the admin lists the broken ones."""

import http.server
import threading

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import EventPage, ExternalLinkCheck

from .factories import make_content

pytestmark = pytest.mark.django_db


class Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        self.send_response(200 if self.path.startswith("/werkt") else 404)
        self.end_headers()

    def do_HEAD(self):  # noqa: N802
        self._answer()

    def do_GET(self):  # noqa: N802
        self._answer()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_check_links_reports_the_broken_ones(admin_client, tree, local_server):
    event = make_content(
        tree,
        EventPage,
        "Webinar samenwerken",
        registration_url=f"{local_server}/werkt",
        recording_url=f"{local_server}/weg",
    )
    call_command("check_links", "--timeout", "2")
    checks = {check.field: check for check in ExternalLinkCheck.objects.filter(page=event)}
    assert checks["Aanmelden"].ok and checks["Aanmelden"].status == 200
    assert not checks["Opname"].ok and checks["Opname"].status == 404

    html = admin_client.get(reverse("kapotte_links")).content.decode()
    assert f"{local_server}/weg" in html
    assert f"{local_server}/werkt" not in html
    assert "HTTP 404" in html

    # A fixed link disappears from the report on the next run.
    EventPage.objects.filter(pk=event.pk).update(recording_url=f"{local_server}/werkt/opname")
    call_command("check_links", "--timeout", "2")
    assert not ExternalLinkCheck.objects.filter(ok=False).exists()
