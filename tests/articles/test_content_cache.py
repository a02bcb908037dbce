"""Data derived from other content is cached between requests
(articles/content_cache.py, under the content version) but never outlives a
content change: facet counts and search matches are reused, and what a page
shows of *other* pages (related content, its themes, the home page's newest,
an opgave's or region's linked content) shows an editor's change on the next
request. Each test renders once (filling the cache), changes content as an
editor does, and renders again."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import StoryPage, TipPage

from ..factories import make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


def counts_on_page(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.find(id="resultaten-aantal").get_text(strip=True)


def test_repeated_listing_requests_reuse_the_counts(client, tree):
    theme = make_theme("Sturen in netwerken")
    for n in range(3):
        make_content(tree, StoryPage, f"Verhaal {n}", levels=["netwerk"], themes=[theme])
    client.get("/kennisbank/?niveau=netwerk")
    with CaptureQueriesContext(connection) as first:
        client.get("/kennisbank/?thema=sturen-in-netwerken")
    with CaptureQueriesContext(connection) as second:
        client.get("/kennisbank/?thema=sturen-in-netwerken")
    assert len(second) < len(first)


def test_publishing_new_content_updates_the_counts_at_once(client, tree):
    theme = make_theme("Sturen in netwerken")
    make_content(tree, StoryPage, "Eerste", levels=["netwerk"], themes=[theme])
    assert counts_on_page(client, "/kennisbank/?niveau=netwerk").startswith("1 ")
    make_content(tree, TipPage, "Tweede", levels=["netwerk"], themes=[theme])
    assert counts_on_page(client, "/kennisbank/?niveau=netwerk").startswith("2 ")


def test_unpublishing_updates_the_counts_at_once(client, tree):
    theme = make_theme("Sturen in netwerken")
    make_content(tree, StoryPage, "Blijft", levels=["netwerk"], themes=[theme])
    leaving = make_content(tree, StoryPage, "Gaat weg", levels=["netwerk"], themes=[theme])
    assert counts_on_page(client, "/kennisbank/").startswith("2 ")
    leaving.unpublish()
    assert counts_on_page(client, "/kennisbank/").startswith("1 ")


def test_renaming_a_theme_shows_the_new_name_in_the_filters(client, tree):
    theme = make_theme("Oude naam")
    make_content(tree, StoryPage, "Verhaal", levels=["netwerk"], themes=[theme])
    assert "Oude naam" in client.get("/kennisbank/").content.decode()
    theme.name = "Nieuwe naam"
    theme.save()
    html = client.get("/kennisbank/").content.decode()
    assert "Nieuwe naam" in html and "Oude naam" not in html


def test_repeated_searches_reuse_the_matches_but_see_new_content_at_once(client, search_index, tree):
    theme = make_theme("Wonen")
    make_content(tree, StoryPage, "Woningbouw in de regio", levels=["netwerk"], themes=[theme])
    with CaptureQueriesContext(connection) as first:
        assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("1 ")
    with CaptureQueriesContext(connection) as second:
        assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("1 ")
    assert len(second) < len(first)
    make_content(tree, TipPage, "Tip over woningbouw", levels=["netwerk"], themes=[theme])
    assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("2 ")


# --- what a page shows of other pages ----------------------------------------


def test_a_story_shows_newly_published_related_content_and_its_new_theme(client, tree):
    theme = make_theme("Energietransitie")
    story = make_content(tree, StoryPage, "Zon op het dak", themes=[theme])
    assert "Warmte uit de rivier" not in client.get(story.url).content.decode()

    make_content(tree, TipPage, "Warmte uit de rivier", themes=[theme])
    story.themes.add(make_theme("Sturen in netwerken"))
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "Warmte uit de rivier" in html
    assert "Sturen in netwerken" in html


def test_a_story_no_longer_shows_related_content_taken_offline(client, tree):
    theme = make_theme("Wonen")
    story = make_content(tree, StoryPage, "Bouwen in de regio", themes=[theme])
    tip = make_content(tree, TipPage, "Betrek bewoners vroeg", themes=[theme])
    assert "Betrek bewoners vroeg" in client.get(story.url).content.decode()

    tip.unpublish()
    assert "Betrek bewoners vroeg" not in client.get(story.url).content.decode()


def test_the_home_page_lists_what_was_just_published(client, tree):
    make_content(tree, StoryPage, "Eerste verhaal")
    assert "Nieuwste verhaal" not in client.get("/").content.decode()

    make_content(tree, StoryPage, "Nieuwste verhaal")
    assert "Nieuwste verhaal" in client.get("/").content.decode()


def test_opgave_and_region_pages_list_what_was_just_linked_to_them(client, tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "Achterhoek")
    assert "Dorpen bouwen samen" not in client.get(opgave.url).content.decode()
    assert "Dorpen bouwen samen" not in client.get(region.url).content.decode()

    make_content(tree, StoryPage, "Dorpen bouwen samen", opgaven=[opgave], regions=[region])
    assert "Dorpen bouwen samen" in client.get(opgave.url).content.decode()
    assert "Dorpen bouwen samen" in client.get(region.url).content.decode()
