"""Dates read as dates in admin listings, in Dutch."""

import datetime

import pytest
from django.utils import timezone

from articles.models import EventPage, StoryPage

from ..factories import make_content

pytestmark = pytest.mark.django_db


def test_event_start_and_publication_date_read_as_dates(admin_client, tree):
    start = timezone.make_aware(datetime.datetime(2027, 12, 1, 10, 0))
    make_content(tree, EventPage, "Leeratelier in Tiel", start=start)
    make_content(tree, StoryPage, "Verhaal", publication_date=datetime.date(2026, 3, 4))
    events = admin_client.get("/admin/evenementen/").content.decode()
    assert "1 december 2027, 10:00" in events
    stories = admin_client.get("/admin/verhalen/").content.decode()
    assert "4 maart 2026" in stories
