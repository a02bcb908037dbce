"""Issue 22's search items, on PostgreSQL: every public page is found by its
name (the contact form and the other service pages too), a topic search puts
the topic's hub and current content above past events, and snippets mark
whole words, never stop words or the start of a longer word.
"""

import datetime

import pytest
from django.utils import timezone

from articles.models import EventPage, StoryPage

from ..contact_form import make_contact_page
from ..factories import SiteTree, make_content, make_opgave, search_indexing_on
from .search_results import all_results, results, search

pytestmark = [pytest.mark.usefixtures("search_index"), pytest.mark.django_db]


def days_from_now(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@pytest.fixture(scope="module")
def site(module_transaction):
    """The site's pages as the demo has them, with the words that tripped visitors up."""
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
        for page in (tree.kennisbank, tree.stories, tree.events, tree.opgaven, tree.regions):
            page.save_revision().publish()  # indexed as an editor's publish indexes them
        contact = make_contact_page(tree)
        privacy = tree.add_standard_page(
            "Privacy",
            "privacy",
            intro="Wat we bewaren en waarom.",
            body=[("paragraph", "<p>Wat je via Tip de redactie stuurt, bewaren we 90 dagen. Neem contact op.</p>")],
        )
        statement = tree.add_standard_page(
            "Toegankelijkheidsverklaring",
            "toegankelijkheid",
            intro="Hoe toegankelijk deze website is.",
            body=[("paragraph", "<p>We werken aan de toegankelijkheid van elke pagina.</p>")],
        )
        for page in (privacy, statement):
            page.save_revision().publish()
        governance = make_opgave(
            tree,
            "Goed openbaar bestuur",
            intro="Over toegankelijkheid van de overheid en de toegankelijkheid van regels.",
            problem="<p>De toegankelijkheid van de rechtsstaat staat onder druk.</p>",
        )
        climate = make_opgave(
            tree,
            "Samen aan de slag voor het klimaat",
            intro="Rijk en regio werken samen aan de energietransitie.",
            problem="<p>Woningbouw vraagt ruimte. Ook woningbouw langs het net vraagt capaciteit.</p>",
        )
        housing = make_opgave(
            tree,
            "Toekomstbestendig wonen",
            intro="Genoeg betaalbare woningen.",
            problem="<p>Woningbouw versnellen vraagt snelle procedures.</p>",
        )
        for page in (governance, climate, housing):
            page.save_revision().publish()
        pages = {
            "past_event": make_content(
                tree,
                EventPage,
                "Leeratelier energietransitie",
                intro="Een middag over de energietransitie in de regio.",
                opgaven=[climate],
                start=days_from_now(-400),
                publication_date=timezone.localdate() - datetime.timedelta(days=430),
            ),
            "current_story": make_content(
                tree,
                StoryPage,
                "Bewoners en de energietransitie",
                intro="Een dorp kiest zijn warmtenet.",
                opgaven=[climate],
            ),
            "mentioning_story": make_content(
                tree,
                StoryPage,
                "Warmte uit de rivier",
                intro="Een wijk gaat van het gas af: een stap in de energietransitie.",
                opgaven=[climate],
            ),
            "coming_event": make_content(
                tree,
                EventPage,
                "Webinar over netcongestie",
                intro="Hoe de energietransitie het net vult.",
                opgaven=[climate],
            ),
            "influence": make_content(
                tree,
                StoryPage,
                "Samen besluiten",
                intro="Over regie, invloed en de besluitvorming in de regio.",
            ),
        }
        for n in range(3):
            pages[f"housing_{n}"] = make_content(
                tree, StoryPage, f"Bouwen in dorp {n}", intro="Woningbouw in kleine kernen.", opgaven=[housing]
            )
    return {"tree": tree, "contact": contact, "statement": statement, "climate": climate, "housing": housing, **pages}


def first_url(client, query):
    return results(search(client, f"q={query}"))[0][0]


# --- every page by its name ---------------------------------------------------------------


@pytest.mark.parametrize("query", ["contact", "tip de redactie", "Tip de redactie", "redactie tip"])
def test_the_contact_page_is_found_by_its_address_and_its_title(client, site, query):
    assert first_url(client, query) == "/contact/"


def test_the_accessibility_statement_comes_first_for_toegankelijkheid(client, site):
    # Two opgaven mention the word more often; the statement is the page named so (its address).
    found = [url for url, _title, _kind in results(search(client, "q=toegankelijkheid"))]
    assert found[0] == "/toegankelijkheid/"
    assert "/opgaven/goed-openbaar-bestuur/" in found


@pytest.mark.parametrize(
    ("query", "url"),
    [("kennisbank", "/kennisbank/"), ("agenda", "/agenda/"), ("verhalen", "/verhalen/"), ("opgaven", "/opgaven/")],
)
def test_service_pages_are_found_by_their_name(client, site, query, url):
    found = results(search(client, f"q={query}"))
    assert found[0][0] == url
    assert found[0][2] == "Pagina"


def test_the_contact_page_is_suggested_while_typing(client, site):
    items = client.get("/zoeken/suggesties/?q=tip de red").json()
    assert {"title": "Tip de redactie", "url": "/contact/", "kind": "Pagina"} in items


# --- topics: the hub and current content above past events ----------------------------------


def test_a_topic_search_puts_the_opgave_and_current_content_above_past_events(client, site):
    found = [url for url, _title, _kind in all_results(client, "q=energietransitie")]
    past = found.index(site["past_event"].url)
    assert found.index(site["climate"].url) < past
    for current in ("current_story", "mentioning_story", "coming_event"):
        assert found.index(site[current].url) < past, current
    # The one current item titled by the topic still leads, as README's table says.
    assert found[0] == site["current_story"].url


def test_past_events_keep_their_place_when_sorted_by_date(client, site):
    found = [url for url, _title, _kind in all_results(client, "q=energietransitie&sorteer=oud")]
    content = [url for url in found if url.startswith(("/verhalen/", "/agenda/"))]
    assert content[0] == site["past_event"].url  # the oldest, where a date order puts it


def test_the_hub_most_of_the_matching_content_belongs_to_leads_the_other_hubs(client, site):
    # The climate opgave says "woningbouw" twice, the housing opgave once; but the stories
    # about woningbouw belong to housing: it is the topic's hub.
    found = [url for url, _title, kind in all_results(client, "q=woningbouw") if kind == "Opgave"]
    assert found == [site["housing"].url, site["climate"].url]


# --- snippets -------------------------------------------------------------------------------


def test_snippets_mark_whole_words_never_stop_words_or_word_starts(client, site):
    html = search(client, "q=invloed+in+de+regio").content.decode()
    assert "<mark>invloed</mark>" in html and "<mark>regio</mark>" in html
    assert "<mark>in</mark>" not in html and "<mark>de</mark>" not in html and "<mark>In</mark>" not in html
