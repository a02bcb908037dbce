"""Facet counts are cached between requests but never outlive a content change."""

from articles.models import StoryPage, TipPage

from ..factories import make_content, make_theme


def counts_on_page(client, url):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.find(id="resultaten-aantal").get_text(strip=True)


def test_repeated_listing_requests_reuse_the_counts(client, tree):
    theme = make_theme("Sturen in netwerken")
    for n in range(3):
        make_content(tree, StoryPage, f"Verhaal {n}", levels=["netwerk"], themes=[theme])
    client.get("/kennisbank/?niveau=netwerk")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

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
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    theme = make_theme("Wonen")
    make_content(tree, StoryPage, "Woningbouw in de regio", levels=["netwerk"], themes=[theme])
    with CaptureQueriesContext(connection) as first:
        assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("1 ")
    with CaptureQueriesContext(connection) as second:
        assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("1 ")
    assert len(second) < len(first)
    make_content(tree, TipPage, "Tip over woningbouw", levels=["netwerk"], themes=[theme])
    assert counts_on_page(client, "/zoeken/?q=woningbouw").startswith("2 ")
