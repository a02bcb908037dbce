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
from wagtail.rich_text import RichText

from articles.models import EventPage, ExternalLinkCheck, StoryPage
from overheidvannu.operations.periodic import JOBS

from ..factories import make_content, make_opgave
from ..servers import free_port

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


def test_every_link_an_editor_writes_is_checked_and_reported_in_dutch(admin_client, tree, local_server):
    body = [
        ("paragraph", RichText(f'<p>Zie <a href="{local_server}/weg/tekst">dit rapport</a>.</p>')),
        ("call_to_action", {"title": "Doe mee", "link_url": f"{local_server}/weg/oproep", "link_label": "Meld je aan"}),
        (
            "audio",
            {
                "title": "Aflevering",
                "url": f"{local_server}/werkt/audio",
                "duration": "12:30",
                "speakers": "Anna",
                "transcript": RichText("<p>Tekst.</p>"),
            },
        ),
    ]
    story = make_content(tree, StoryPage, "Verhaal met links", body=body)
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    opgave.problem = f'<p>Lees <a href="http://127.0.0.1:{free_port()}/dicht">de analyse</a>.</p>'
    opgave.save()

    before = admin_client.get(reverse("kapotte_links")).content.decode()
    assert "Nog niet gecontroleerd" in before and "Geen kapotte links" not in before

    call_command("check_links", "--timeout", "2")
    found = {(check.page_id, check.url): check for check in ExternalLinkCheck.objects.all()}
    assert found[(story.pk, f"{local_server}/werkt/audio")].ok
    text_link = found[(story.pk, f"{local_server}/weg/tekst")]
    assert not text_link.ok and text_link.error == "Niet gevonden (HTTP 404)"
    assert not found[(story.pk, f"{local_server}/weg/oproep")].ok
    refused = next(check for (page, _url), check in found.items() if page == opgave.pk)
    assert refused.error == "De server weigert de verbinding"

    html = admin_client.get(reverse("kapotte_links")).content.decode()
    assert "Nog niet gecontroleerd" not in html
    assert f"{local_server}/weg/oproep" in html and "De server weigert de verbinding" in html
