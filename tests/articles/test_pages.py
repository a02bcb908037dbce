"""Every public page type renders what its visitors need, in a flat number of queries."""

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


# --- home --------------------------------------------------------------------------


def test_home_shows_intro_newest_content_entries_and_upcoming_events(client, tree):
    tree.home.intro = "Overheid van Nu helpt professionals samenwerken. Over alle overheidslagen heen."
    publish(tree.home)
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "Achterhoek")
    theme = make_theme("Sturen in netwerken")
    for n in range(7):
        make_content(tree, TipPage, f"Tip {n}", themes=[theme], publication_date=datetime.date(2025, 1, n + 1))
    now = timezone.now()
    # Announced more recently than any tip, but events belong in the agenda.
    announced = datetime.date(2026, 1, 1)
    later = make_content(
        tree, EventPage, "Later evenement", start=now + datetime.timedelta(days=30), publication_date=announced
    )
    soon = make_content(
        tree, EventPage, "Eerstvolgend evenement", start=now + datetime.timedelta(days=3), publication_date=announced
    )
    make_content(tree, EventPage, "Voorbij evenement", start=now - datetime.timedelta(days=3))

    page = soup(client.get("/"))

    assert "helpt professionals samenwerken" in text_of(page)
    newest = [a.get_text() for a in page.select("[aria-labelledby=nieuw-kop] .ovn-card__link")]
    assert [title.strip() for title in newest] == [f"Tip {n}" for n in range(6, 0, -1)]
    agenda = [a.get_text() for a in page.select(".ovn-upcoming a")]
    assert agenda[:2] == [soon.title, later.title]
    assert "Voorbij evenement" not in agenda
    hrefs = {a["href"] for a in page.find_all("a", href=True)}
    assert opgave.url in hrefs and region.url in hrefs
    assert {f"/kennisbank/?niveau={slug}" for slug in ("individu", "organisatie", "netwerk")} <= hrefs
    assert page.select(".utrecht-breadcrumb-nav") == []


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


# --- opgaven -------------------------------------------------------------------------


def test_opgave_shows_problem_commitments_lead_contact_progress_bottlenecks(client, tree):
    lead = make_person("Anne de Vries", role="programmadirecteur", organisation=make_organisation("BZK", "rijk"))
    opgave = make_opgave(
        tree,
        "Toekomstbestendig wonen",
        problem="<p>Er zijn te weinig betaalbare woningen.</p>",
        commitments=[("commitment", "Rijk en regio maken woondeals.")],
        lead=lead,
        lead_quote="Alleen samen bouwen we genoeg.",
        lead_video_url="https://video.example/anne",
        lead_video_transcript="<p>Wat Anne zegt.</p>",
        contact_email="wonen@ibp.example",
    )
    ProgressUpdate.objects.create(opgave=opgave, date=datetime.date(2024, 1, 10), title="Eerste deal", text="<p>a</p>")
    ProgressUpdate.objects.create(opgave=opgave, date=datetime.date(2025, 6, 1), title="Tiende deal", text="<p>b</p>")
    Bottleneck.objects.create(opgave=opgave, title="Stikstof", status="in_behandeling")

    page = soup(client.get(opgave.url))
    text = text_of(page)

    assert "Er zijn te weinig betaalbare woningen." in text
    assert "Rijk en regio maken woondeals." in [
        li.get_text().strip() for li in page.select("#toezeggingen-kop + ul li")
    ]
    assert "Alleen samen bouwen we genoeg." in page.select_one(".ovn-quote blockquote").get_text()
    assert "Anne de Vries" in text and "programmadirecteur, BZK" in text
    assert page.find("a", href="https://video.example/anne")
    assert "Wat Anne zegt." in page.select_one("main details").get_text()
    assert page.find("a", href="mailto:wonen@ibp.example")
    updates = page.select("#voortgang-kop + ol time")
    assert [t["datetime"] for t in updates] == ["2025-06-01", "2024-01-10"]
    assert "Status: In behandeling" in text_of(page.select_one(".ovn-bottleneck"))


def test_crossovers_show_on_both_opgaven(client, tree):
    wonen = make_opgave(tree, "Wonen")
    klimaat = make_opgave(tree, "Klimaat")
    Crossover.objects.create(opgave=wonen, other=klimaat, description="Verduurzamen van woningen")

    on_wonen = soup(client.get(wonen.url)).select("#dwarsverbanden-kop + ul a")
    on_klimaat = soup(client.get(klimaat.url)).select("#dwarsverbanden-kop + ul a")

    assert [a["href"] for a in on_wonen] == [klimaat.url]
    assert [a["href"] for a in on_klimaat] == [wonen.url]
    assert "Verduurzamen van woningen" in on_klimaat[0].get_text()


def test_opgave_lists_its_linked_content_and_links_to_the_filtered_kennisbank(client, tree):
    opgave = make_opgave(tree, "Schulden voorkomen", slug="schulden")
    linked = make_content(tree, StoryPage, "Schuldhulp in Emmen", opgaven=[opgave])
    make_content(tree, StoryPage, "Over iets anders")

    page = soup(client.get(opgave.url))

    assert [a.get_text() for a in page.select("[aria-labelledby=inhoud-kop] .ovn-card__link")] == [linked.title]
    assert page.find("a", href="/kennisbank/?opgave=schulden")


def test_opgave_index_lists_the_live_opgaven(client, tree):
    opgaven = [make_opgave(tree, f"Opgave {n}") for n in range(3)]
    make_opgave(tree, "Nog niet gepubliceerd", live=False)
    links = [a["href"] for a in soup(client.get("/opgaven/")).select(".ovn-link-grid a")]
    assert links == [opgave.url for opgave in opgaven]


# --- regions -------------------------------------------------------------------------


def test_region_shows_facts_partners_by_layer_opgaven_and_story_series(client, tree):
    opgave = make_opgave(tree, "Vitaal platteland")
    region = make_region(
        tree,
        "Achterhoek",
        characterisation="<p>Acht gemeenten in het oosten.</p>",
        facts=[("figure", {"label": "Inwoners", "value": "ruim 260.000", "source": "CBS"})],
    )
    region.opgaven.set([opgave])
    publish(region)
    RegionPartner.objects.create(region=region, organisation=make_organisation("Gemeente Winterswijk", "gemeente"))
    RegionPartner.objects.create(region=region, organisation=make_organisation("Provincie Gelderland", "provincie"))
    story = make_content(tree, StoryPage, "Glasvezel in het buitengebied", regions=[region])
    tip = make_content(tree, TipPage, "Tip uit de Achterhoek", regions=[region])

    page = soup(client.get(region.url))
    text = text_of(page)

    assert "Acht gemeenten in het oosten." in text
    assert "Inwoners ruim 260.000 (bron: CBS)" in text
    layers = [h.get_text() for h in page.select(".ovn-partners__layer")]
    assert layers == ["Provincie", "Gemeente"]
    assert [a["href"] for a in page.select("#opgaven-kop + ul a")] == [opgave.url]
    series = [a.get_text() for a in page.select("[aria-labelledby=verhalen-kop] .ovn-card__link")]
    assert series == [story.title]
    assert tip.title in text_of(page.select_one("[aria-labelledby=meer-kop]"))
    assert tip.title not in text_of(page.select_one("[aria-labelledby=verhalen-kop]"))


def test_region_index_lists_the_live_regions(client, tree):
    regions = [make_region(tree, name) for name in ("Groningen", "West-Brabant")]
    links = [a["href"] for a in soup(client.get("/regios/")).select(".ovn-link-grid a")]
    assert links == [region.url for region in regions]


# --- themes, standard and approach pages ---------------------------------------------------


def test_theme_page_lists_its_content_newest_first_with_pagination(client, tree):
    theme = make_theme("Strategie en toekomst", slug="strategie", description="Vooruitkijken met elkaar.")
    for n in range(14):
        make_content(tree, TipPage, f"Tip {n:02d}", themes=[theme], publication_date=datetime.date(2024, 1, n + 1))
    make_content(tree, TipPage, "Ander thema", themes=[make_theme()])

    first = soup(client.get("/thema/strategie/"))
    second = soup(client.get("/thema/strategie/", {"pagina": "2"}))

    assert first.h1.get_text() == "Strategie en toekomst"
    assert "Vooruitkijken met elkaar." in text_of(first)
    titles = [a.get_text() for a in first.select(".ovn-card__link")]
    assert titles[:2] == ["Tip 13", "Tip 12"] and len(titles) == 12
    assert [a.get_text() for a in second.select(".ovn-card__link")] == ["Tip 01", "Tip 00"]
    assert first.select_one('a[rel="next"]')["href"] == "?pagina=2"
    crumbs = [li.get_text().strip() for li in first.select(".utrecht-breadcrumb-nav__item")]
    assert crumbs == ["Home", "Thema's", "Strategie en toekomst"]
    # The listing contract: total count, result items with their link first, and a feed of exactly them.
    assert first.find(id="resultaten-aantal").get_text(strip=True) == "14 resultaten"
    items = first.find("ol", id="resultaten").find_all("li", recursive=False)
    assert [li.find("a").get_text(strip=True) for li in items][:2] == ["Tip 13", "Tip 12"]
    feed_href = first.find("link", rel="alternate", type="application/atom+xml")["href"]
    feed = client.get(feed_href)
    assert feed.status_code == 200 and feed.content.decode().count("<entry>") == 14


def test_unknown_theme_or_page_past_the_end_is_a_404(client, tree):
    make_theme("Bestaat", slug="bestaat")
    assert client.get("/thema/bestaat-niet/").status_code == 404
    assert client.get("/thema/bestaat/", {"pagina": "3"}).status_code == 404
    assert client.get("/thema/bestaat/", {"pagina": "abc"}).status_code == 200


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
