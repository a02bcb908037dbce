"""One date format for each length (articles/dates.py), read in Amsterdam,
and the same date on a page and in the listings."""

import datetime

import pytest
from bs4 import BeautifulSoup

from articles import dates
from articles.models import StoryPage

from ..factories import make_content

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=1))  # December: CET


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_one_date_format_for_each_length():
    day = datetime.date(2026, 12, 10)
    start = datetime.datetime(2026, 12, 10, 15, 0, tzinfo=AMSTERDAM)
    assert dates.short_date(day) == "10 dec 2026"
    assert dates.long_date(day) == "10 december 2026"
    assert dates.long_date(start) == "10 december 2026"
    assert dates.date_and_time(start) == "donderdag 10 december 2026, 15:00"
    assert dates.time_span(start, start + datetime.timedelta(minutes=75)) == "donderdag 10 december 2026, 15:00–16:15"
    assert (
        dates.time_span(start, start + datetime.timedelta(days=1))
        == "donderdag 10 december 2026, 15:00 tot vrijdag 11 december 2026, 15:00"
    )
    # A moment is read in Amsterdam: 23:30 UTC on 31 December is New Year's Day there.
    assert dates.long_date(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)) == "1 januari 2027"
    assert dates.long_date(None) == ""


@pytest.mark.django_db
def test_publication_dates_and_progress_read_the_same_everywhere(client, tree):
    story = make_content(tree, StoryPage, "Een verhaal")
    written = dates.long_date(story.publication_date)
    page = soup(client.get(story.url))
    assert page.select_one(".ovn-meta time").get_text() == written
    listed = soup(client.get("/kennisbank/"))
    assert listed.select_one("#resultaten time").get_text() == written
