"""Following the magazine by e-mail (issue 23): `/volgen/?magazine=ja`, linked
from the overview and every edition, means a mail when a new edition appears,
not every new story."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import StoryPage
from overheidvannu.alerts.models import Subscription

from ..factories import add_edition, add_magazine, make_content
from .test_alerts import subscribe

pytestmark = pytest.mark.django_db


def send_alerts():
    call_command("send_alerts", stdout=io.StringIO())


def test_the_follow_page_says_it_follows_new_editions(client, tree):
    page = client.get("/volgen/?magazine=ja").content.decode()
    assert "Nieuwe edities van het magazine Verbinden en verbeteren" in page
    assert re.search(r'name="filters" value="magazine=ja"', page)


def test_a_new_edition_is_mailed_and_new_stories_are_not(client, tree, mailoutbox):
    magazine = add_magazine(tree)
    assert subscribe(client, "magazine=ja").status_code == 303
    subscription = Subscription.objects.get()
    assert subscription.filters == "magazine=ja"
    subscription.confirmed_at = timezone.now()
    subscription.save()
    mailoutbox.clear()

    story = make_content(tree, StoryPage, "Een nieuw verhaal")
    send_alerts()
    assert mailoutbox == [], "a new story is not a new edition"

    edition = add_edition(magazine, "2022/03", [("Regio", [story])], title="Grenzeloos samenwerken")
    send_alerts()
    (mail,) = mailoutbox
    assert "Nieuwe edities van het magazine Verbinden en verbeteren" in mail.subject
    assert "Grenzeloos samenwerken" in mail.body and "Magazine" in mail.body
    assert f"http://testserver{edition.url}" in mail.body
    assert "http://testserver/magazine/" in mail.body
