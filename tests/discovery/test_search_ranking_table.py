"""README's "How search ranks", step by step, on both code paths: PostgreSQL's,
where one query per results page ranks, filters and pages the content, and
the one every other backend takes (Elasticsearch/OpenSearch, SQLite), where
the backend's best matches are ranked in Python. Each test reads every page
of the results, so an item placed across a page boundary shows up too.
"""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from articles.models import EventPage, StoryPage

from ..factories import SiteTree, make_content, make_opgave, make_region, make_theme, search_indexing_on
from .search_results import all_results, count, search

pytestmark = [pytest.mark.usefixtures("search_index"), pytest.mark.django_db]

#: The database backend without PostgreSQL's full-text search: the code path
#: every backend but PostgreSQL's takes (as in test_search_vocabulary.py).
OTHER_BACKEND = {"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}
#: Content titled "energietransitie": with the named theme before them and
#: the content linked to the theme, the other hubs then straddle pages 1 and 2.
TITLED = 7


def days_from_now(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture(scope="module")
def site(module_transaction):
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
        climate = make_opgave(
            tree,
            "Samen aan de slag voor het klimaat",
            slug="klimaat",
            intro="Rijk en regio werken samen aan de energietransitie.",
        )
        achterhoek = make_region(
            tree, "Achterhoek", intro="Acht gemeenten. De energietransitie gaat hier snel.", slug="achterhoek"
        )
        for page in (climate, achterhoek):
            page.save_revision().publish()
        # Its description holds its name too: the fallback backend reads fields, not the indexed `title`.
        energy = make_theme("Energietransitie", description="De energietransitie, zoals in de Achterhoek.")
        pages = {
            f"titled_{n}": make_content(
                tree,
                StoryPage,
                f"Energietransitie in dorp {n}",
                intro="Een dorp kiest zijn warmtenet.",
                opgaven=[climate],
                publication_date=days_from_now(-10 - n),
            )
            for n in range(TITLED)
        }
        pages["linked_to_both"] = make_content(
            tree,
            StoryPage,
            "Zonnevelden op boerenland",
            intro="Een coöperatie in de Achterhoek legt zonnepanelen aan voor de energietransitie.",
            themes=[energy],
            regions=[achterhoek],
            publication_date=days_from_now(-30),
        )
        for n in range(3):
            pages[f"mentioning_{n}"] = make_content(
                tree,
                StoryPage,
                f"Warmte uit de rivier {n}",
                intro="Een wijk gaat van het gas af: een stap in de energietransitie in de Achterhoek.",
                publication_date=days_from_now(-40 - n),
            )
        pages["past_event"] = make_content(
            tree,
            EventPage,
            "Leeratelier energietransitie",
            intro="Een middag over de energietransitie.",
            opgaven=[climate],
            start=timezone.make_aware(datetime.datetime.combine(days_from_now(-400), datetime.time(10))),
            publication_date=days_from_now(-430),
        )
        hubs = {"climate": climate.url, "achterhoek": achterhoek.url, "energy": energy.get_absolute_url()}
        return {**hubs, **{name: page.url for name, page in pages.items()}}


@pytest.fixture(params=["postgresql", "other backends"])
def found(request, client):
    """Every result (url, title, kind) of a query string, on either code path."""

    def read(query_string):
        if request.param == "postgresql":
            return all_results(client, query_string)
        with override_settings(WAGTAILSEARCH_BACKENDS=OTHER_BACKEND):
            return all_results(client, query_string)

    return read


def urls(results):
    return [url for url, _title, _kind in results]


def titled(site):
    return {site[f"titled_{n}"] for n in range(TITLED)}


def test_named_hub_then_titled_content_then_other_hubs_then_the_rest_then_past_events(client, site, found):
    order = urls(found("q=energietransitie"))
    # 1. the theme the query names; 2./3. content titled by it or linked to it;
    # 4. the other hubs, the opgave most of the content links to first (across the page boundary);
    # 5. the content that only mentions it; 6. the event that has ended.
    assert order[0] == site["energy"]
    assert set(order[1 : TITLED + 2]) == titled(site) | {site["linked_to_both"]}
    assert order[TITLED + 2 : TITLED + 4] == [site["climate"], site["achterhoek"]]
    assert set(order[TITLED + 4 : -1]) == {site[f"mentioning_{n}"] for n in range(3)}
    assert order[-1] == site["past_event"]
    assert len(order) == count(search(client, "q=energietransitie")) == TITLED + 8


def test_content_linked_to_both_named_things_leads_them(site, found):
    order = urls(found("q=energietransitie+achterhoek"))
    assert order[0] == site["linked_to_both"]
    assert set(order[1:3]) == {site["energy"], site["achterhoek"]}
    assert set(order[3:]) == {site[f"mentioning_{n}"] for n in range(3)}


def test_filters_keep_the_order_among_what_they_keep(site, found):
    order = urls(found("q=energietransitie&opgave=klimaat"))
    # The opgave itself and the content linked to it; titled content leads, the past event stays last.
    assert set(order[:TITLED]) == titled(site)
    assert order[TITLED:] == [site["climate"], site["past_event"]]
    order = urls(found("q=energietransitie&type=verhaal"))
    assert set(order[: TITLED + 1]) == titled(site) | {site["linked_to_both"]}
    assert set(order[TITLED + 1 :]) == {site[f"mentioning_{n}"] for n in range(3)}


@pytest.mark.parametrize("sort", ["oud", "nieuw"])
def test_by_date_the_hubs_come_first_then_content_by_date_past_events_in_their_place(site, found, sort):
    order = urls(found(f"q=energietransitie&sorteer={sort}"))
    assert order[0] == site["energy"]  # named
    assert order[1:3] == [site["climate"], site["achterhoek"]]
    newest = [
        *(site[f"titled_{n}"] for n in range(TITLED)),
        site["linked_to_both"],
        *(site[f"mentioning_{n}"] for n in range(3)),
        site["past_event"],
    ]
    assert order[3:] == (newest if sort == "nieuw" else newest[::-1])
