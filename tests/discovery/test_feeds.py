"""Atom feeds of the listings: exactly the listing's filtered results, newest first."""

import datetime
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from overheidvannu.discovery import feeds

from ..factories import SiteTree, make_content, make_theme, search_indexing_on

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_feed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own feed, not untrusted input)


def entry_links(feed):
    return [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]


def listing_links(response):
    results = BeautifulSoup(response.content.decode(), "html.parser").find("ol", id="resultaten")
    return ["http://testserver" + li.find("a")["href"] for li in results.find_all("li", recursive=False)]


@pytest.fixture(scope="module")
def content(module_transaction):
    """Five items of every type, built once for the module (each test's
    changes are rolled back), with the search index on."""
    with module_transaction.unblock(), search_indexing_on():
        return build_content(SiteTree())


@pytest.fixture
def tree(content):
    return content


def build_content(tree):
    sturen, strategie = make_theme("Sturen"), make_theme("Strategie")
    make_content(
        tree, StoryPage, "Verhaal oud", levels=["individu"], themes=[sturen], publication_date=datetime.date(2023, 1, 1)
    )
    make_content(
        tree,
        StoryPage,
        "Verhaal nieuw",
        levels=["netwerk"],
        themes=[strategie],
        publication_date=datetime.date(2025, 6, 1),
    )
    make_content(
        tree,
        EssayPage,
        "Essay",
        levels=["individu"],
        themes=[sturen, strategie],
        publication_date=datetime.date(2024, 4, 1),
    )
    make_content(
        tree, TipPage, "Tip", levels=["organisatie"], themes=[sturen], publication_date=datetime.date(2025, 1, 1)
    )
    make_content(
        tree, EventPage, "Webinar", levels=["netwerk"], themes=[strategie], publication_date=datetime.date(2024, 9, 1)
    )
    return tree


@pytest.mark.parametrize(
    "path",
    [
        "/kennisbank/",
        "/kennisbank/?thema=sturen",
        "/kennisbank/?thema=sturen&thema=strategie&niveau=individu",
        "/kennisbank/?type=verhaal&type=tip",
        "/kennisbank/?jaar=2024",
        "/kennisbank/?thema=bestaat-niet",
        "/verhalen/",
        "/verhalen/?niveau=netwerk",
        "/agenda/?thema=sturen",
        "/kennisbank/?q=webinar&sorteer=nieuw",
        "/kennisbank/?q=tip&thema=sturen&sorteer=nieuw",
    ],
)
def test_feed_entries_equal_the_listing_results_for_the_same_filters(client, search_index, content, path):
    listing = client.get(path)
    base, _, query = path.partition("?")
    feed = parse_feed(client.get(f"{base}feed/" + (f"?{query}" if query else "")))
    assert entry_links(feed) == listing_links(listing)


def test_feed_follows_the_link_its_listing_announces(client, content):
    listing = BeautifulSoup(client.get("/kennisbank/?thema=sturen&sorteer=oud").content.decode(), "html.parser")
    href = listing.find("link", rel="alternate", type="application/atom+xml")["href"]
    feed = parse_feed(client.get(href))
    newest_first = listing_links(client.get("/kennisbank/?thema=sturen"))
    assert entry_links(feed) == newest_first


def test_feed_is_newest_first_whatever_the_sort_or_page(client, content):
    """The listing's "Nieuwste eerst" order (events still to come after today's
    news), whatever sort or page the listing's address carries."""

    feed = entry_links(parse_feed(client.get("/kennisbank/feed/?sorteer=oud&pagina=7")))
    assert feed == listing_links(client.get("/kennisbank/"))
    assert len(feed) == 5


def test_feed_has_dutch_title_naming_its_filters_and_absolute_links(client, content):
    feed = parse_feed(client.get("/kennisbank/feed/?thema=sturen&niveau=individu"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert feed.find(f"{ATOM}title").text == "Kennisbank: Niveau: Individu, Thema: Sturen | Overheid van Nu"
    alternate = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "alternate"][0]
    assert alternate.get("href") == "http://testserver/kennisbank/?niveau=individu&thema=sturen"
    for entry in feed.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
        assert entry.find(f"{ATOM}id").text.startswith("http://testserver/")
        assert entry.find(f"{ATOM}summary").text.startswith("Inleiding bij")


def test_per_type_feed_holds_only_its_type(client, content):
    feed = parse_feed(client.get("/verhalen/feed/?type=essay"))
    assert entry_links(feed) == ["http://testserver/verhalen/verhaal-nieuw/", "http://testserver/verhalen/verhaal-oud/"]
    assert {entry.find(f"{ATOM}category").get("term") for entry in feed.findall(f"{ATOM}entry")} == {"Verhaal"}


def test_feed_is_capped_to_the_newest_entries(client, content, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_SIZE", 2)
    feed = parse_feed(client.get("/kennisbank/feed/"))
    assert entry_links(feed) == [
        "http://testserver/verhalen/verhaal-nieuw/",
        "http://testserver/tips/tip/",
    ]


def test_feed_sets_no_cookie_and_is_publicly_cacheable(client, content):
    response = client.get("/kennisbank/feed/?thema=sturen")
    assert not response.cookies
    assert "public" in response["Cache-Control"]


def test_feed_costs_a_fixed_number_of_queries(client, content, django_assert_max_num_queries):
    client.get("/kennisbank/feed/")
    with django_assert_max_num_queries(10):
        client.get("/kennisbank/feed/?thema=sturen&niveau=individu")
