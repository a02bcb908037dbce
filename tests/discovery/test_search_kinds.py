"""Search finds every kind of page, not only content: the opgaven, regions,
themes and standard pages themselves (issue 8), on PostgreSQL: each kind by
its own text, the type facet and the filters, and their snippets. The ranking
of named things among many mentions: test_search_ranking.py; the pure
snippet builders: test_search_snippets.py.
"""

import re

import pytest
from django.test import Client

from ..factories import make_region
from .search_results import count, facet, results, search, titles

pytestmark = [pytest.mark.usefixtures("search_index"), pytest.mark.django_db]


@pytest.fixture
def site(named_site):
    return named_site


@pytest.fixture
def tree(site):
    return site["tree"]


# --- every kind of page is found by its own text --------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("aansluiting", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),  # problem
        ("warmtefonds", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),  # commitment
        ("netbeheerdertafel", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),  # progress
        ("vergunningverlening", ("/opgaven/klimaat/", "Samen aan de slag voor het klimaat", "Opgave")),  # bottleneck
        ("streek", ("/regios/achterhoek/", "Achterhoek", "Regio")),  # characterisation
        ("telwerk", ("/regios/achterhoek/", "Achterhoek", "Regio")),  # facts
        ("ijssel", ("/regios/achterhoek/", "Achterhoek", "Regio")),  # partner organisation
        ("warmtenetten", ("/thema/energietransitie/", "Energietransitie", "Thema")),  # theme description
        ("hierarchie", ("/thema/sturen-in-netwerken/", "Sturen in netwerken", "Thema")),  # accents folded
        ("haag", ("/over/", "Over Overheid van Nu", "Pagina")),  # standard page body
        ("zekerheden", ("/aanpak/", "Aanpak", "Pagina")),  # approach page
    ],
)
def test_each_kind_of_page_is_found_by_a_word_only_it_contains(client, site, word, expected):
    response = search(client, f"q={word}")
    assert results(response) == [expected]
    assert count(response) == 1


def test_a_cross_over_name_finds_the_other_opgave(client, site):
    # The cross-over is stored on "wonen"; "klimaat" indexes wonen's name too.
    found = titles(search(client, "q=toekomstbestendig"))
    assert found[0] == "Toekomstbestendig wonen"
    assert "Samen aan de slag voor het klimaat" in found


def test_drafts_and_private_pages_stay_out(client, tree, site):
    draft = make_region(tree, "Veluwe", live=False)
    assert draft.live is False
    assert titles(search(client, "q=veluwe")) == []


# --- kinds, the type facet and the filter rule ---------------------------------------------


def test_each_result_shows_its_kind_and_the_type_facet_counts_every_kind(client, site):
    response = search(client, "q=energietransitie")
    kinds = {title: kind for _url, title, kind in results(response)}
    assert kinds["Energietransitie"] == "Thema"
    assert kinds["Samen aan de slag voor het klimaat"] == "Opgave"
    assert kinds["Zonnevelden op boerenland"] == "Verhaal"
    assert kinds["Betrek bewoners vroeg"] == "Tip"
    assert kinds["Leeratelier windenergie"] == "Evenement"
    assert kinds["Achterhoek"] == "Regio"
    assert facet(response, "type") == {"opgave": 1, "regio": 1, "thema": 1, "verhaal": 1, "tip": 1, "evenement": 1}
    assert count(response) == 6
    options = [facet.options for facet in response.context["facets"] if facet.param == "type"][0]
    assert [option.label for option in options] == ["Opgave", "Regio", "Thema", "Verhaal", "Tip", "Evenement"]


def test_type_filter_keeps_one_kind(client, site):
    assert results(search(client, "q=energietransitie&type=thema")) == [
        ("/thema/energietransitie/", "Energietransitie", "Thema")
    ]
    assert titles(search(client, "q=energietransitie&type=opgave&type=tip")) == [
        "Samen aan de slag voor het klimaat",
        "Betrek bewoners vroeg",
    ]


def test_listings_keep_the_four_content_kinds(client, site):
    response = client.get("/kennisbank/?q=energietransitie&type=thema")
    assert response.status_code == 200
    assert {facet.param: [o.value for o in facet.options] for facet in response.context["facets"]}["type"] == [
        "verhaal",
        "tip",
        "evenement",
    ]


def test_opgave_region_and_theme_filters_keep_linked_content_and_the_thing_itself(client, site):
    response = search(client, "q=energietransitie&regio=achterhoek")
    # The content linked to the Achterhoek (about both names, so first) and the region itself.
    assert titles(response) == ["Zonnevelden op boerenland", "Achterhoek"]
    assert count(response) == 2
    response = search(client, "q=achterhoek&regio=achterhoek")
    assert titles(response) == ["Achterhoek", "Zonnevelden op boerenland"]
    assert facet(response, "type") == {"regio": 1, "verhaal": 1}
    response = search(client, "q=energietransitie&opgave=klimaat")
    assert titles(response) == ["Zonnevelden op boerenland", "Samen aan de slag voor het klimaat"]
    assert facet(response, "opgave") == {"klimaat": 2, "wonen": 1}
    # Different parameters combine with AND: the opgave is no region.
    assert titles(search(client, "q=energietransitie&opgave=klimaat&regio=achterhoek")) == ["Zonnevelden op boerenland"]
    response = search(client, "q=energietransitie&thema=energietransitie")
    assert titles(response)[0] == "Energietransitie"
    assert set(titles(response)) == {"Energietransitie", "Zonnevelden op boerenland", "Leeratelier windenergie"}
    assert facet(response, "thema")["energietransitie"] == 3


def test_level_and_year_filters_keep_only_content_items(client, site):
    response = search(client, "q=energietransitie&niveau=netwerk")
    assert titles(response) == ["Zonnevelden op boerenland"]
    response = search(client, "q=energietransitie&jaar=2024")
    assert titles(response) == ["Leeratelier windenergie"]
    # Without a level filter, the level facet counts only content items.
    assert facet(search(client, "q=energietransitie"), "niveau") == {"individu": 1, "organisatie": 1, "netwerk": 1}


def test_sorting_by_date_puts_the_undated_pages_first(client, site):
    found = results(search(client, "q=energietransitie&sorteer=oud"))
    assert [kind for _url, _title, kind in found] == ["Thema", "Opgave", "Regio", "Tip", "Evenement", "Verhaal"]


# --- snippets ------------------------------------------------------------------------------


def test_snippet_is_whole_sentences_of_own_text_with_marked_words(client, site):
    html = search(client, "q=aansluiting").content.decode()
    assert "Daardoor wachten bedrijven op een <mark>aansluiting</mark>." in html
    html = search(client, "q=zonnepanelen").content.decode()
    assert "Een coöperatie in de Achterhoek legt <mark>zonnepanelen</mark> aan." in html


def test_snippet_falls_back_to_the_intro_when_only_linked_names_match(client, site):
    html = search(client, "q=toekomstbestendig").content.decode()
    # "Betrek bewoners vroeg" matches through its opgave's name only.
    item = re.search(r'href="/tips/betrek-bewoners-vroeg/".*?</li>', html, re.S).group(0)
    assert "Tip voor de energietransitie: begin bij de buurt." in item
    assert "Toekomstbestendig" not in item.split("ovn-result__snippet", 1)[1].split("</p>", 1)[0]


def test_any_client_gets_the_same_order(site):
    assert titles(Client().get("/zoeken/?q=achterhoek")) == titles(Client().get("/zoeken/?q=achterhoek"))
