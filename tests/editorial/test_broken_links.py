"""The broken-link report: `check_links` checks external links against a
local HTTP server (never the internet) and the admin lists the broken ones;
the task worker runs the same check every day."""

import datetime
import http.server
import threading
import zoneinfo

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import EventPage, ExternalLinkCheck
from overheidvannu.operations.periodic import JOBS

from ..factories import make_content

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


def test_the_task_worker_checks_the_links_every_morning(admin_client, tree, local_server):
    job = JOBS["check_links"]
    amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    first = job.schedule.next_after(datetime.datetime(2026, 6, 10, 12, 0, tzinfo=amsterdam))
    second = job.schedule.next_after(first)
    # Daily at 05:00 Amsterdam time, as README's *Schedule* says.
    assert first.astimezone(amsterdam).replace(tzinfo=None) == datetime.datetime(2026, 6, 11, 5, 0)
    assert second - first == datetime.timedelta(days=1)

    make_content(
        tree, EventPage, "Webinar ruimte", registration_url=f"{local_server}/werkt", recording_url=f"{local_server}/weg"
    )
    assert job.work() == {"checked": 2, "broken": 1}
    html = admin_client.get(reverse("kapotte_links")).content.decode()
    assert f"{local_server}/weg" in html and f"{local_server}/werkt" not in html
