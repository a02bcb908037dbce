"""The filters of every listing and search (overheidvannu.discovery.filters,
`ListingQuery`): OR within a parameter and AND across, with counts in one
query; a polite note for a value we do not know; the opgaven and regions in
their official order; no filters offered where nothing was found."""

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict

from articles.models import StoryPage, TipPage
from overheidvannu.discovery.filters import ListingQuery

from ..factories import make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_or_within_and_across_with_counts(tree, django_assert_max_num_queries):
    a, b = make_theme("Alpha"), make_theme("Beta")
    s1 = make_content(tree, StoryPage, "Een", levels=["individu"], themes=[a])
    s2 = make_content(tree, StoryPage, "Twee", levels=["netwerk"], themes=[b])
    make_content(tree, TipPage, "Drie", levels=["individu"], themes=[a, b])
    query = ListingQuery(QueryDict("thema=alpha&thema=beta&type=verhaal&thema=onbekend&jaar=20x5"))
    assert query.selected == {"type": ["verhaal"], "thema": ["alpha", "beta"]}
    assert {p.pk for p in query.filter()} == {s1.pk, s2.pk}
    # The facet index patched for the pages just made, and the database mark it reads
    # where the cache is each process's own (the tests' cache, a site without Redis).
    with django_assert_max_num_queries(2):
        facets = {f.param: {o.value: o.count for o in f.options} for f in query.facets()}
    assert facets["thema"] == {"alpha": 1, "beta": 1}
    assert facets["type"] == {"verhaal": 2, "tip": 1}
    assert facets["niveau"] == {"individu": 1, "netwerk": 1}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/kennisbank/", "/verhalen/", "/zoeken/"])
def test_an_unknown_filter_value_gets_a_polite_note(client, tree, path):
    theme = make_theme("Sterk bestuur")
    make_content(tree, StoryPage, "Samenwerking in de regio", themes=[theme])
    response = client.get(f"{path}?q=samenwerking&thema=bestaat-niet&thema={theme.slug}&jaar=abc&opgave=<b>x</b>")
    assert response.status_code == 200
    notes = [p.get_text() for p in soup(response).select(".ovn-notice__text")]
    assert notes == [
        "Het thema ‘bestaat-niet’ kennen we niet; we hebben het genegeerd.",
        "De opgave ‘<b>x</b>’ kennen we niet; we hebben die genegeerd.",
        "Het jaar ‘abc’ kennen we niet; we hebben het genegeerd.",
    ]
    assert "<b>x</b>" not in response.text  # shown as text, never as markup
    assert not soup(client.get(f"{path}?thema={theme.slug}")).select(".ovn-notice")


@pytest.mark.django_db
def test_opgaven_and_regions_keep_their_official_order_in_the_facets(client, tree):
    opgaven = [make_opgave(tree, title) for title in ("Zorg", "Klimaat", "Overkoepelende thema's")]
    regions = [make_region(tree, title) for title in ("West-Brabant", "Achterhoek")]
    make_content(tree, StoryPage, "Overal", opgaven=opgaven, regions=regions)
    page = soup(client.get("/kennisbank/"))
    assert [i["value"] for i in page.select("#facet-opgave input")] == [o.slug for o in opgaven]
    assert [i["value"] for i in page.select("#facet-regio input")] == [r.slug for r in regions]
    # The same order on the region page.
    region = regions[0]
    region.opgaven.set(opgaven)
    region.save_revision().publish()
    listed = soup(client.get(region.url)).select("section[aria-labelledby=opgaven-kop] a")
    assert [a.get_text() for a in listed] == [o.title for o in opgaven]


@pytest.mark.django_db
def test_a_page_without_results_offers_no_filters_and_a_zero_result_search_no_sort(client, tree):
    make_content(tree, StoryPage, "Iets")
    page = soup(client.get("/kennisbank/?jaar=1901"))
    assert page.select_one("#resultaten-aantal").get_text() == "0 resultaten"
    assert not page.select(".ovn-filter-panel") and "Toon 0" not in page.get_text()
    search = soup(client.get("/zoeken/?q=qqqzzzxxx"))
    assert not search.select(".ovn-filter-panel") and not search.select("#f-sorteer")
    assert "Bedoelde u" not in search.get_text()
