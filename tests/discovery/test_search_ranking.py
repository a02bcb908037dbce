"""Search puts the named thing first (issue 8), on PostgreSQL: the opgave,
region or theme a query names comes before the many items that mention it,
and the suggestions agree with the results.
"""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from articles.models import StoryPage

from ..factories import make_content, search_indexing_on
from .search_results import all_results, count, results, search, titles

pytestmark = [pytest.mark.usefixtures("search_index"), pytest.mark.django_db]


@pytest.fixture(scope="module")
def crowd(named_site, module_transaction):
    """The searched site (tests/discovery/conftest.py) and a crowd of items
    mentioning its names, some even in their title, built once for the module
    (each test's changes are rolled back)."""
    with module_transaction.unblock(), search_indexing_on():
        for n in range(14):
            make_content(
                named_site["tree"],
                StoryPage,
                f"Achterhoek en klimaat, deel {n}" if n % 2 else f"Verhaal {n} over netwerken",
                intro=(
                    "In de Achterhoek werken gemeenten aan het klimaat, de energietransitie en het sturen in netwerken."
                ),
                themes=[named_site["networks"]],
                regions=[named_site["groningen"]],
                publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
            )
    return named_site


@pytest.fixture
def tree(crowd):
    return crowd["tree"]


# --- named things first -------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("achterhoek", ("/regios/achterhoek/", "Achterhoek", "Regio")),
        ("klimaat", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),
        ("Klimáát", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),
        ("sturen in netwerken", ("/thema/sturen-in-netwerken/", "Sturen in netwerken", "Thema")),
        ("energietransitie", ("/thema/energietransitie/", "Energietransitie", "Thema")),
    ],
)
def test_the_thing_named_by_the_query_comes_first(client, crowd, query, first):
    response = search(client, f"q={query}")
    found = results(response)
    assert found[0] == first
    assert count(response) > 10


def test_content_titled_by_the_query_comes_before_content_that_only_mentions_it(client, crowd):
    found = [title for _url, title, _kind in all_results(client, "q=achterhoek")]
    titled = [n for n, title in enumerate(found) if title.startswith("Achterhoek en klimaat")]
    mentioning = [n for n, title in enumerate(found) if title.startswith("Verhaal ")]
    assert titled and mentioning and max(titled) < min(mentioning)


def test_a_query_naming_two_things_puts_content_linked_to_both_first(client, crowd):
    # "Zonnevelden" links the theme Energietransitie and the region Achterhoek;
    # either page alone matches only one of the two names.
    found = all_results(client, "q=energietransitie+achterhoek")
    assert found[0][1] == "Zonnevelden op boerenland"
    kinds = [kind for _url, _title, kind in found]
    assert "Regio" in kinds and "Thema" in kinds  # both mention the other name
    assert kinds.index("Regio") > 0 and kinds.index("Thema") > 0


def test_editors_picks_stay_above_the_named_thing(client, crowd):
    SearchPromotion.objects.create(query=Query.get("achterhoek"), page=crowd["essay"], description="Lees eerst dit.")
    html = search(client, "q=achterhoek").content.decode()
    assert html.index("Lees eerst dit.") < html.index('<ol id="resultaten"')
    assert titles(search(client, "q=achterhoek"))[0] == "Achterhoek"


# --- suggestions agree with the results ---------------------------------------------------


def test_suggestions_show_the_kind_and_put_named_things_first(client, crowd):
    items = client.get("/zoeken/suggesties/?q=achter").json()
    assert items[0] == {"title": "Achterhoek", "url": "/regios/achterhoek/", "kind": "Regio"}
    story = {
        "title": "Achterhoek en klimaat, deel 1",
        "url": "/verhalen/achterhoek-en-klimaat-deel-1/",
        "kind": "Verhaal",
    }
    assert story in items
    items = client.get("/zoeken/suggesties/?q=energie").json()
    assert items[0] == {"title": "Energietransitie", "url": "/thema/energietransitie/", "kind": "Thema"}
    items = client.get("/zoeken/suggesties/?q=klim").json()
    assert items[0]["kind"] == "Opgave"


@pytest.mark.parametrize("word", ["achterhoek", "klimaat", "energietransitie", "netwerken", "zonnevelden"])
def test_what_the_suggestions_offer_the_results_page_finds(client, crowd, word):
    suggested = client.get(f"/zoeken/suggesties/?q={word}").json()
    assert suggested
    found = all_results(client, f"q={word}")
    kinds = {url: kind for url, _title, kind in found}
    # Every suggestion is a result of the same kind, and the first suggestion is the first result.
    assert {item["url"]: item["kind"] for item in suggested}.items() <= kinds.items()
    assert suggested[0]["url"] == found[0][0]


# --- cost ---------------------------------------------------------------------------------------


def test_search_stays_within_the_query_budget(client, tree, crowd, database_tasks, django_assert_max_num_queries):
    # As in production with a worker: counting the search term is one queued row (search/counting.py).
    client.get("/zoeken/?q=netwerken")  # warm the site root paths
    # 13: one of them the facet index's database mark, read where the cache is each
    # process's own (the tests' cache; with Redis it is not read).
    with django_assert_max_num_queries(13):
        response = search(client, "q=achterhoek&thema=sturen-in-netwerken")  # nothing of it cached yet
    assert count(response) > 5
    for n in range(20):
        make_content(tree, StoryPage, f"Achterhoek nummer {n}", regions=[crowd["achterhoek"]])
    with django_assert_max_num_queries(13):
        response = search(client, "q=achterhoek&type=regio&type=verhaal")
    assert count(response) > 30
