"""Every content page type (story, essay, event, tip) and the standard and
approach pages render what their visitors need, and every kind of page stays
within the detail-page budget however much it links to. Opgave, region, home
and theme pages: tests/opgaven/, tests/regions/, tests/discovery/."""

import datetime
import json
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from articles.models import EssayPage, EventPage, Level, StoryPage, TipPage
from opgaven.models import Bottleneck, Crossover, ProgressUpdate
from regions.models import RegionPartner

from ..factories import (
    make_content,
    make_image,
    make_opgave,
    make_organisation,
    make_person,
    make_region,
    make_theme,
)

MAX_DETAIL_QUERIES = 10


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(page):
    return " ".join(page.get_text(" ").split())


def publish(page):
    page.save_revision().publish()
    return page


def assert_flat(client, url, django_assert_max_num_queries):
    """Render once (creating renditions), then again with no cached renditions:
    the second render must stay within the detail-page budget without help
    from Wagtail's rendition cache. (Site root paths are cached site-wide by
    Wagtail, so they are warmed again.)"""
    assert client.get(url).status_code == 200
    cache.clear()
    Site.get_site_root_paths()
    with django_assert_max_num_queries(MAX_DETAIL_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    return response


# --- content types -----------------------------------------------------------------


def test_story_shows_factbox_numbered_lessons_and_its_classification_as_links(client, tree):
    theme = make_theme("Sturen in netwerken", slug="sturen-in-netwerken")
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "West-Brabant")
    story = make_content(
        tree,
        StoryPage,
        "Samen bouwen in Breda",
        levels=["individu", "netwerk"],
        themes=[theme],
        opgaven=[opgave],
        regions=[region],
        body=[
            ("factbox", {"title": "Feiten", "facts": [{"label": "Looptijd", "value": "3 jaar"}]}),
            ("paragraph", "<p>Het verhaal.</p>"),
            (
                "lessons",
                {
                    "title": "Lessen uit dit verhaal",
                    "lessons": [
                        {"title": "Begin bij de opgave", "text": "Niet bij de structuur."},
                        {"title": "Neem de tijd", "text": ""},
                    ],
                },
            ),
        ],
    )

    page = soup(client.get(story.url))

    assert [h.get_text() for h in page.find_all("h1")] == ["Samen bouwen in Breda"]
    factbox = page.select_one(".ovn-factbox")
    assert factbox.dt.get_text() == "Looptijd" and factbox.dd.get_text() == "3 jaar"
    lessons = page.select(".ovn-lessons-block > ol.ovn-lessons > li")
    assert [li.h3.get_text() for li in lessons] == ["Begin bij de opgave", "Neem de tijd"]
    hrefs = {a["href"] for a in page.select(".ovn-tags a")}
    assert hrefs == {
        "/kennisbank/?niveau=individu",
        "/kennisbank/?niveau=netwerk",
        "/thema/sturen-in-netwerken/",
        opgave.url,
        region.url,
    }


def test_related_content_shares_opgave_region_or_theme_and_never_the_page_itself(client, tree):
    theme = make_theme("Politiek en bestuur")
    opgave = make_opgave(tree, "Schulden")
    story = make_content(tree, StoryPage, "Het verhaal", themes=[theme], opgaven=[opgave])
    same_opgave = make_content(tree, TipPage, "Zelfde opgave", opgaven=[opgave])
    same_theme = make_content(tree, TipPage, "Zelfde thema", themes=[theme])
    make_content(tree, TipPage, "Niets gemeen", themes=[make_theme("Anders")])
    make_content(tree, TipPage, "Concept met zelfde opgave", opgaven=[opgave], live=False)

    related = [a.get_text() for a in soup(client.get(story.url)).select(".ovn-related a")]

    assert related == [same_opgave.title, same_theme.title]


def test_related_content_is_at_most_four_items(client, tree):
    theme = make_theme()
    story = make_content(tree, StoryPage, "Met veel buren", themes=[theme])
    for n in range(6):
        make_content(tree, TipPage, f"Buur {n}", themes=[theme])
    assert len(soup(client.get(story.url)).select(".ovn-related li")) == 4


def test_essay_shows_authors_publication_details_pdf_recording_and_related_publications(client, tree):
    nsob = make_organisation("NSOB", layer="overig")
    author = make_person("Mirko Noordegraaf", role="hoogleraar", organisation=nsob)
    document = get_document_model().objects.create(title="Publicatie", file=get_test_image_file(filename="essay.pdf"))
    earlier = make_content(tree, EssayPage, "Eerder essay")
    essay = make_content(
        tree,
        EssayPage,
        "Sturen in netwerken",
        publisher="NSOB",
        publication_year=2023,
        isbn="978-90-75297-00-3",
        pdf=document,
        webinar_url="https://video.example/webinar",
    )
    # The editor's order, not the alphabet: the first author first everywhere.
    essay.set_authors([author, make_person("Anne Bakker", role="onderzoeker")])
    essay.related_essays.set([earlier])
    publish(essay)

    page = soup(client.get(essay.url))
    text = text_of(page)

    assert [li.get_text() for li in page.select(".ovn-factbox dd li")] == [
        "Mirko Noordegraaf, hoogleraar, NSOB",
        "Anne Bakker, onderzoeker",
    ]
    assert "Door Mirko Noordegraaf en Anne Bakker" in text
    jsonld = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert [person["name"] for person in jsonld["author"]] == ["Mirko Noordegraaf", "Anne Bakker"]
    assert "Uitgever NSOB" in text and "Jaar van uitgave 2023" in text and "978-90-75297-00-3" in text
    download = page.select_one("a.ovn-download")
    assert download["href"] == document.url
    assert "(PDF," in download.get_text()
    assert page.find("a", href="https://video.example/webinar")
    assert [a["href"] for a in page.select("#verwant-kop + ul a")] == [earlier.url]


@time_machine.travel(datetime.datetime(2030, 2, 1, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam")))
def test_future_event_shows_dutch_dates_location_organiser_and_registration(client, tree):
    # A month before it, a Dutch date with its weekday: "dinsdag 5 maart 2030".
    start = timezone.make_aware(datetime.datetime(2030, 3, 5, 14, 0))
    event = make_content(
        tree,
        EventPage,
        "Leeratelier sturen",
        start=start,
        end=start + datetime.timedelta(hours=3),
        online=False,
        location="Provinciehuis Arnhem",
        organiser="IBP",
        registration_url="https://aanmelden.example/leeratelier",
        recording_url="https://video.example/opname",
    )

    page = soup(client.get(event.url))
    text = text_of(page)

    times = page.select(".ovn-factbox time")
    assert times[0]["datetime"] == "2030-03-05T14:00:00+01:00"
    assert "dinsdag 5 maart 2030, 14:00" in times[0].get_text()
    assert "Provinciehuis Arnhem" in text and "IBP" in text
    assert page.find("a", href="https://aanmelden.example/leeratelier")
    assert not page.find("a", href="https://video.example/opname")


def test_past_online_event_shows_online_and_its_recording_not_registration(client, tree):
    start = timezone.now() - datetime.timedelta(days=10)
    event = make_content(
        tree,
        EventPage,
        "Webinar achteraf",
        start=start,
        online=True,
        registration_url="https://aanmelden.example/webinar",
        recording_url="https://video.example/opname",
    )

    page = soup(client.get(event.url))

    assert "Online" in text_of(page.select_one(".ovn-factbox"))
    assert page.find("a", href="https://video.example/opname")
    assert not page.find("a", href="https://aanmelden.example/webinar")


def test_tip_renders_with_its_intro(client, tree):
    tip = make_content(tree, TipPage, "Bel eerst even", intro="Een telefoontje scheelt tien mails.")
    assert "Een telefoontje scheelt tien mails." in text_of(soup(client.get(tip.url)))


# --- standard and approach pages ---------------------------------------------------------


def test_standard_page_renders_its_body(client, tree):
    page = tree.add_standard_page(
        "Toegankelijkheid",
        "toegankelijkheid",
        intro="Wij willen dat iedereen deze site kan gebruiken.",
        body=[("heading", {"text": "Onze aanpak", "level": "h2"}), ("paragraph", "<p>We testen met WCAG.</p>")],
    )
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Toegankelijkheid"
    assert html.select_one(".ovn-prose h2").get_text() == "Onze aanpak"


def test_approach_page_shows_seven_certainties_in_order_and_the_three_levels(client, tree):
    approach = tree.add_approach_page()
    Level.objects.filter(slug="netwerk").update(description="Leren als systeem.")

    page = soup(client.get(approach.url))

    certainties = page.select("#zekerheden-kop ~ ol > li")
    assert [li.h3.get_text() for li in certainties] == [f"Zekerheid {n}" for n in range(1, 8)]
    assert [li["value"] for li in certainties] == [str(n) for n in range(1, 8)]
    levels = page.select(".ovn-levels__item")
    assert [li.h3.get_text() for li in levels] == ["Individu", "Organisatie", "Netwerk"]
    assert "Leren als systeem." in text_of(levels[2])
    assert levels[2].find("a", href="/kennisbank/?niveau=netwerk")


# --- flat cost -----------------------------------------------------------------------


@pytest.mark.django_db
class TestPagesStayFlat:
    """Every kind of page costs the same number of queries however much it links to.
    The linked content is built once for the class (`class_data`)."""

    @staticmethod
    def build_shared(tree):
        return build_linked_world(tree)

    def test_essay_with_authors_and_related_publications_stays_flat(
        self, client, class_data, django_assert_max_num_queries
    ):
        essay = class_data["essay"]
        essay.set_authors([make_person(organisation=make_organisation()) for _ in range(3)])
        essay.related_essays.set([make_content(class_data["tree"], EssayPage) for _ in range(2)])
        publish(essay)
        assert_flat(client, essay.url, django_assert_max_num_queries)

    @pytest.mark.parametrize("key", ["story", "event"])
    def test_content_detail_pages_stay_flat(self, client, class_data, django_assert_max_num_queries, key):
        response = assert_flat(client, class_data[key].url, django_assert_max_num_queries)
        assert len(soup(response).select(".ovn-related li")) == 4

    def test_opgave_and_region_pages_stay_flat(self, client, class_data, django_assert_max_num_queries):
        assert_flat(client, class_data["opgaven"][0].url, django_assert_max_num_queries)
        assert_flat(client, class_data["regions"][0].url, django_assert_max_num_queries)

    def test_theme_and_home_pages_stay_flat(self, client, class_data, django_assert_max_num_queries):
        assert_flat(client, f"/thema/{class_data['themes'][0].slug}/", django_assert_max_num_queries)
        assert_flat(client, "/", django_assert_max_num_queries)


def build_linked_world(tree):
    """Content with images, several themes, opgaven and regions, and neighbours to relate to."""
    themes = [make_theme() for _ in range(3)]
    opgaven = [make_opgave(tree, listing_image=make_image()) for _ in range(3)]
    regions = [make_region(tree, listing_image=make_image()) for _ in range(2)]
    for n in range(8):
        make_content(
            tree,
            TipPage,
            f"Buur {n}",
            themes=themes[:2],
            opgaven=opgaven[:2],
            regions=regions,
            listing_image=make_image(),
        )
    Crossover.objects.create(opgave=opgaven[0], other=opgaven[1])
    Crossover.objects.create(opgave=opgaven[2], other=opgaven[0])
    ProgressUpdate.objects.create(opgave=opgaven[0], date=datetime.date(2025, 1, 1), title="Stap", text="<p>x</p>")
    Bottleneck.objects.create(opgave=opgaven[0], title="Knelpunt")
    for region in regions:
        region.opgaven.set(opgaven)
        publish(region)
        RegionPartner.objects.create(region=region, organisation=make_organisation(layer="provincie"))
        RegionPartner.objects.create(region=region, organisation=make_organisation(layer="gemeente"))
    opgaven[0].lead = make_person(photo=make_image(), organisation=make_organisation(layer="rijk"))
    publish(opgaven[0])
    body = [
        ("paragraph", "<p>Tekst</p>"),
        ("image", {"image": make_image(), "alt_text": "Overleg", "caption": "Aan tafel", "credit": "ANP"}),
    ]
    classification = {"levels": ["individu", "netwerk"], "themes": themes, "opgaven": opgaven, "regions": regions}
    return {
        "tree": tree,
        "opgaven": opgaven,
        "regions": regions,
        "themes": themes,
        "story": make_content(tree, StoryPage, "Verhaal", listing_image=make_image(), body=body, **classification),
        "essay": make_content(tree, EssayPage, "Essay", listing_image=make_image(), **classification),
        "event": make_content(tree, EventPage, "Evenement", listing_image=make_image(), **classification),
    }
