"""The markup contract of SPEC.md on every public page type: one h1, canonical,
Open Graph, breadcrumbs below home, schema.org JSON-LD for articles and events,
and nothing that a strict CSP or a privacy-minded visitor would object to."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from articles.models import EssayPage, EventPage, StoryPage, TipPage

from ..factories import SiteTree, make_content, make_opgave, make_organisation, make_person, make_region, make_theme

RESOURCE_ATTRIBUTES = {"script": "src", "img": "src", "source": "srcset", "iframe": "src", "video": "src"}


@pytest.fixture(scope="module")
def built_site(module_transaction):
    """The site every test here reads, built once for the module (each
    test's changes are rolled back): (tree, {page key: address})."""
    with module_transaction.unblock():
        tree = SiteTree()
        return tree, build_site_pages(tree)


@pytest.fixture
def tree(db, built_site):
    return built_site[0]


@pytest.fixture
def site_pages(db, built_site):
    return built_site[1]


#: The articles' publication date: a day in the past, whatever day the tests run.
PUBLISHED = datetime.date(2025, 1, 1)


def build_site_pages(tree):
    """One page of every public type, richly linked, with images."""
    image = get_image_model().objects.create(title="Beeld", file=get_test_image_file())
    theme = make_theme("Sterk bestuur", slug="sterk-bestuur")
    opgave = make_opgave(tree, "Goed openbaar bestuur", listing_image=image)
    region = make_region(tree, "Groningen")
    links = {"levels": ["organisatie"], "themes": [theme], "opgaven": [opgave], "regions": [region]}
    links["publication_date"] = PUBLISHED
    story = make_content(
        tree,
        StoryPage,
        "Verhaal met beeld",
        listing_image=image,
        body=[("image", {"image": image, "alt_text": "Een zaal", "caption": "", "credit": ""})],
        **links,
    )
    essay = make_content(tree, EssayPage, "Essay over bestuur", **links)
    essay.set_authors([make_person("Paul Frissen", role="hoogleraar", organisation=make_organisation("NSOB"))])
    essay.save_revision().publish()
    event = make_content(
        tree,
        EventPage,
        "Talkshow in Groningen",
        start=timezone.now() + datetime.timedelta(days=20),
        online=False,
        location="Forum Groningen",
        organiser="IBP",
        **links,
    )
    tip = make_content(tree, TipPage, "Een tip", **links)
    about = tree.add_standard_page("Over", "over", intro="Over dit platform.")
    approach = tree.add_approach_page()
    return {
        "home": "/",
        "story": story.url,
        "essay": essay.url,
        "event": event.url,
        "tip": tip.url,
        "opgave": opgave.url,
        "opgaven": "/opgaven/",
        "region": region.url,
        "regions": "/regios/",
        "standard": about.url,
        "approach": approach.url,
        "theme": "/thema/sterk-bestuur/",
    }


PAGE_KEYS = [
    "home",
    "story",
    "essay",
    "event",
    "tip",
    "opgave",
    "opgaven",
    "region",
    "regions",
    "standard",
    "approach",
    "theme",
]


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def jsonld_blocks(html):
    return [json.loads(tag.string) for tag in html.find_all("script", type="application/ld+json")]


# The checks below loop over every page type inside one test; a failure names
# the page's key.


def test_every_page_has_one_h1_canonical_and_open_graph(client, site_pages):
    for key in PAGE_KEYS:
        _response, html = fetch(client, site_pages[key])
        assert len(html.find_all("h1")) == 1, key
        canonical = html.find("link", rel="canonical")["href"]
        assert canonical == f"http://testserver{site_pages[key]}", key
        og = {tag["property"]: tag["content"] for tag in html.find_all("meta", property=True)}
        assert og["og:title"] and og["og:url"] == canonical, key
        assert html.find("html")["lang"] == "nl"


def test_pages_below_home_have_breadcrumbs_ending_in_the_current_page(client, site_pages):
    for key in PAGE_KEYS[1:]:
        _response, html = fetch(client, site_pages[key])
        items = html.select(".utrecht-breadcrumb-nav__item")
        assert items[0].a["href"] == "/" and items[0].get_text().strip() == "Home", key
        current = items[-1].select_one('[aria-current="page"]')
        assert current.get_text().strip() == html.h1.get_text().strip(), key


def test_home_has_no_breadcrumbs(client, site_pages):
    _response, html = fetch(client, "/")
    assert not html.select(".utrecht-breadcrumb-nav")


def test_content_is_an_open_graph_article_with_an_absolute_image_when_it_has_one(client, site_pages):
    for key in ("story", "essay", "tip", "event"):
        _response, html = fetch(client, site_pages[key])
        og = {tag["property"]: tag["content"] for tag in html.find_all("meta", property=True)}
        assert og["og:type"] == "article", key
    story_og = {
        tag["property"]: tag["content"] for tag in fetch(client, site_pages["story"])[1].find_all("meta", property=True)
    }
    assert story_og["og:image"].startswith("http://testserver/media/images/")
    assert client.get(story_og["og:image"].removeprefix("http://testserver")).status_code == 200


def test_articles_carry_schema_org_article_data(client, site_pages):
    for key in ("story", "essay", "tip"):
        _response, html = fetch(client, site_pages[key])
        (data,) = jsonld_blocks(html)
        assert data["@type"] == "Article"
        assert data["headline"] == html.h1.get_text()
        assert data["datePublished"] == PUBLISHED.isoformat()
        assert data["publisher"]["name"] == "Overheid van Nu"
        if key == "essay":
            assert data["author"] == [
                {
                    "@type": "Person",
                    "name": "Paul Frissen",
                    "jobTitle": "hoogleraar",
                    "affiliation": {"@type": "Organization", "name": "NSOB"},
                }
            ]
        if key == "story":
            assert data["image"][0].startswith("http://testserver/media/images/")


def test_events_carry_schema_org_event_data(client, site_pages):
    _response, html = fetch(client, site_pages["event"])
    (data,) = jsonld_blocks(html)
    assert data["@type"] == "Event"
    assert data["startDate"] < data["endDate"]
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {"@type": "Place", "name": "Forum Groningen", "address": "Forum Groningen"}
    assert data["organizer"]["name"] == "IBP"


def test_online_event_has_a_virtual_location(client, tree):
    event = make_content(tree, EventPage, "Webinar", online=True, registration_url="https://aanmelden.example/")
    _response, html = fetch(client, event.url)
    (data,) = jsonld_blocks(html)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://aanmelden.example/"}


def test_structured_data_cannot_be_broken_out_of_by_a_title(client, tree):
    story = make_content(tree, StoryPage, "Slim </script><script>alert(1)</script>", slug="slim")
    response, html = fetch(client, story.url)
    assert b"</script><script>alert(1)" not in response.content
    (data,) = jsonld_blocks(html)
    assert data["headline"] == "Slim </script><script>alert(1)</script>"


def test_pages_are_csp_ready_private_and_self_hosted(client, site_pages):
    for key in PAGE_KEYS:
        assert_csp_ready_private_and_self_hosted(*fetch(client, site_pages[key]))


def assert_csp_ready_private_and_self_hosted(response, html):
    assert not response.cookies
    assert html.find("style") is None
    assert html.find(attrs={"style": True}) is None
    for tag in html.find_all(True):
        assert not [name for name in tag.attrs if name.startswith("on")], tag.name
    for script in html.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json", script
        # Our scripts are ES modules: deferred, scoped, never a global.
        assert not script.get("src") or script.get("type") == "module", script
    for name, attribute in RESOURCE_ATTRIBUTES.items():
        for tag in html.find_all(name):
            for url in tag.get(attribute, "").replace(",", " ").split():
                assert not url.startswith(("http:", "https:", "//")), url
    for link in html.find_all("link", rel=lambda rel: rel and ("stylesheet" in rel or "icon" in rel)):
        assert link["href"].startswith("/"), link
