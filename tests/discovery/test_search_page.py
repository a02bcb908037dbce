"""Search at /zoeken/ and its suggestions, on PostgreSQL with a small, fixed set of
pages: what is found, filters, facets and sorting, the results page, no
results, suggestions, editors' picks and any input. Every kind of page:
test_search_kinds.py; ranking among many mentions: test_search_ranking.py;
counting: test_search_counting.py.

Pages are indexed by Wagtail's signal handlers when the factories save and
publish them, exactly as when an editor publishes.
"""

import datetime
import json
import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from overheidvannu.discovery.text import clean_query

from ..factories import (
    SiteTree,
    level,
    make_content,
    make_opgave,
    make_person,
    make_region,
    make_theme,
    search_indexing_on,
)
from .search_results import count as result_count
from .search_results import facet as facet_counts
from .search_results import search, titles

pytestmark = pytest.mark.usefixtures("search_index")


@pytest.fixture(scope="module")
def built(module_transaction):
    """The page tree with the library below, built once for the module (each
    test's changes are rolled back): eight published pages and one draft, with
    themes, opgaven, regions and levels."""
    with module_transaction.unblock(), search_indexing_on():
        tree = SiteTree()
        return tree, build_library(tree)


@pytest.fixture
def tree(built):
    return built[0]


@pytest.fixture
def library(built):
    return built[1]


def build_library(tree):
    energy = make_theme("Energietransitie")
    networks = make_theme("Sturen in netwerken")
    achterhoek = make_region(tree, "Achterhoek")
    groningen = make_region(tree, "Groningen")
    housing = make_opgave(tree, "Toekomstbestendig wonen")
    author = make_person("Marieke Zonderland")
    pages = {
        "woning": make_content(
            tree,
            StoryPage,
            "Een woning voor elke starter",
            intro="Hoe gemeente en provincie samen bouwen.",
            themes=[networks],
            opgaven=[housing],
            regions=[groningen],
            levels=["organisatie"],
            publication_date=datetime.date(2024, 3, 1),
        ),
        "wijk": make_content(
            tree,
            TipPage,
            "Bouwen met de wijk",
            intro="Tip: betrek bewoners vroeg bij nieuwe woningen en plannen.",
            themes=[networks],
            levels=["individu"],
            publication_date=datetime.date(2025, 5, 1),
        ),
        "financien": make_content(
            tree,
            EssayPage,
            "Geld en gezag",
            intro="Over financiële verhoudingen tussen Rijk en gemeenten.",
            themes=[networks],
            levels=["netwerk"],
            publication_date=datetime.date(2023, 9, 1),
        ),
        "zon": make_content(
            tree,
            StoryPage,
            "Zonnevelden op boerenland",
            intro="Een coöperatie legt zonnepanelen aan.",
            themes=[energy],
            regions=[achterhoek],
            levels=["netwerk"],
            publication_date=datetime.date(2025, 2, 1),
        ),
        "wind": make_content(
            tree,
            EventPage,
            "Leeratelier windenergie",
            intro="Samen leren over windmolens.",
            themes=[energy],
            regions=[groningen],
            levels=["individu"],
            publication_date=datetime.date(2025, 6, 1),
        ),
        "essay_auteur": make_content(
            tree,
            EssayPage,
            "Besturen in tijden van onzekerheid",
            intro="Een beschouwing over het openbaar bestuur.",
            themes=[networks],
            levels=["netwerk"],
            publication_date=datetime.date(2022, 1, 1),
        ),
        "body": make_content(
            tree,
            StoryPage,
            "Wat de dijkgraaf leerde",
            intro="Een waterschap zoekt partners.",
            body=[("paragraph", "<p>Het waterschap sloot een convenant over <b>hemelwater</b> in de polder.</p>")],
            themes=[networks],
            levels=["organisatie"],
            publication_date=datetime.date(2024, 11, 1),
        ),
    }
    essay = pages["essay_auteur"]
    essay.set_authors([author])
    essay.save_revision().publish()
    pages["draft"] = make_content(tree, TipPage, "Geheime woningtip", intro="Nog niet klaar.", live=False)
    return pages


# --- what is found -----------------------------------------------------------


@pytest.mark.django_db
def test_plural_finds_singular_through_dutch_stemming(client, library):
    assert "Een woning voor elke starter" in titles(search(client, "q=woningen"))


@pytest.mark.django_db
def test_query_without_accents_finds_text_with_accents(client, library):
    assert titles(search(client, "q=financiele")) == ["Geld en gezag"]
    assert titles(search(client, "q=cooperatie")) == ["Zonnevelden op boerenland"]


@pytest.mark.django_db
def test_region_and_theme_names_find_linked_content(client, library):
    assert titles(search(client, "q=energietransitie+Achterhoek")) == ["Zonnevelden op boerenland"]
    # The region itself comes first, then the content linked to it.
    found = titles(search(client, "q=groningen"))
    assert found[0] == "Groningen"
    assert set(found[1:]) == {"Een woning voor elke starter", "Leeratelier windenergie"}
    assert titles(search(client, "q=toekomstbestendig+wonen")) == [
        "Toekomstbestendig wonen",
        "Een woning voor elke starter",
    ]


@pytest.mark.django_db
def test_essay_author_name_finds_the_essay(client, library):
    assert titles(search(client, "q=zonderland")) == ["Besturen in tijden van onzekerheid"]


@pytest.mark.django_db
def test_text_inside_the_body_is_found(client, library):
    assert titles(search(client, "q=hemelwater")) == ["Wat de dijkgraaf leerde"]


@pytest.mark.django_db
def test_title_match_ranks_above_intro_match(client, library):
    # "woning" is in one title and in another page's intro.
    assert titles(search(client, "q=woning")) == ["Een woning voor elke starter", "Bouwen met de wijk"]


@pytest.mark.django_db
def test_a_repeated_search_renders_its_results_once_and_a_publish_shows_at_once(client, library):
    """A result's markup is cached per item, words and content version (views.results_html)."""
    first = search(client, "q=woning")
    assert "components/search_result.html" in [template.name for template in first.templates]
    second = search(client, "q=woning")
    assert "components/search_result.html" not in [template.name for template in second.templates]
    assert titles(second) == titles(first) == ["Een woning voor elke starter", "Bouwen met de wijk"]
    assert "<mark>" in second.content.decode()  # the snippets, with the matched words marked

    page = library["woning"].specific
    page.title = "Een woning voor elke starter en doorstromer"
    page.save_revision().publish()
    assert titles(search(client, "q=woning")) == ["Een woning voor elke starter en doorstromer", "Bouwen met de wijk"]


@pytest.mark.django_db
def test_drafts_are_never_found(client, library):
    assert "Geheime woningtip" not in titles(search(client, "q=woningtip"))
    assert result_count(search(client, "q=geheime")) == 0


@pytest.mark.django_db
def test_republishing_with_a_new_region_makes_it_findable(client, library):
    page = library["financien"].specific
    page.regions.set([make_region_for(page)])
    page.save_revision().publish()
    assert titles(search(client, "q=west-brabant")) == ["West-Brabant", "Geld en gezag"]  # the region first


def make_region_for(page):
    from regions.models import RegionIndexPage, RegionPage

    index = RegionIndexPage.objects.get()
    return index.add_child(
        instance=RegionPage(title="West-Brabant", slug="west-brabant", intro="Regio.", characterisation="<p>R</p>")
    )


# --- filters, facets and sorting ---------------------------------------------


@pytest.mark.django_db
def test_each_filter_narrows_the_query(client, library):
    assert set(titles(search(client, "q=netwerken"))) == {
        "Sturen in netwerken",  # the theme itself
        "Een woning voor elke starter",
        "Bouwen met de wijk",
        "Geld en gezag",
        "Besturen in tijden van onzekerheid",
        "Wat de dijkgraaf leerde",
    }
    assert set(titles(search(client, "q=netwerken&type=essay"))) == {
        "Geld en gezag",
        "Besturen in tijden van onzekerheid",
    }
    assert set(titles(search(client, "q=netwerken&niveau=organisatie"))) == {
        "Een woning voor elke starter",
        "Wat de dijkgraaf leerde",
    }
    assert titles(search(client, "q=netwerken&regio=groningen")) == ["Een woning voor elke starter"]
    assert titles(search(client, "q=netwerken&opgave=toekomstbestendig-wonen")) == ["Een woning voor elke starter"]
    assert titles(search(client, "q=netwerken&jaar=2023")) == ["Geld en gezag"]
    assert titles(search(client, "q=woning&thema=sturen-in-netwerken&type=tip")) == ["Bouwen met de wijk"]
    assert titles(search(client, "q=energietransitie&thema=energietransitie&regio=achterhoek")) == [
        "Zonnevelden op boerenland"
    ]


@pytest.mark.django_db
def test_values_of_one_filter_combine_with_or(client, library):
    response = search(client, "q=netwerken&type=essay&type=tip")
    assert set(titles(response)) == {"Geld en gezag", "Besturen in tijden van onzekerheid", "Bouwen met de wijk"}


@pytest.mark.django_db
def test_facet_counts_cover_only_the_matched_results(client, library):
    response = search(client, "q=energietransitie")
    assert result_count(response) == 3  # the theme itself and two items
    assert facet_counts(response, "type") == {"thema": 1, "verhaal": 1, "evenement": 1}
    assert facet_counts(response, "regio") == {"achterhoek": 1, "groningen": 1}
    assert facet_counts(response, "thema") == {"energietransitie": 1 + 2}
    assert facet_counts(response, "niveau") == {"individu": 1, "netwerk": 1}
    # `jaar` is the year an event takes place: the leeratelier (published 2025) is held in the year of its start.
    held = str(timezone.localtime(library["wind"].start).year)
    assert facet_counts(response, "jaar") == {"2025": 1, held: 1}
    # With a filter on, the other facets count within it; its own facet still shows the alternatives.
    filtered = search(client, "q=energietransitie&regio=achterhoek")
    assert facet_counts(filtered, "type") == {"verhaal": 1}
    assert facet_counts(filtered, "regio") == {"achterhoek": 1, "groningen": 1}


@pytest.mark.django_db
def test_sort_by_date_newest_and_oldest(client, library):
    # The theme "Sturen in netwerken" has no date: it comes first either way.
    theme, *newest = titles(search(client, "q=netwerken&sorteer=nieuw"))
    assert theme == "Sturen in netwerken"
    assert newest == [
        "Bouwen met de wijk",
        "Wat de dijkgraaf leerde",
        "Een woning voor elke starter",
        "Geld en gezag",
        "Besturen in tijden van onzekerheid",
    ]
    assert titles(search(client, "q=netwerken&sorteer=oud")) == [theme, *reversed(newest)]


@pytest.mark.django_db
def test_pagination_keeps_query_and_filters_and_past_the_end_is_404(client, tree):
    theme = make_theme("Wonen")
    for n in range(12):
        make_content(
            tree,
            TipPage,
            f"Woontip {n:02d}",
            intro="Over woningen.",
            themes=[theme],
            publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
        )
    first = search(client, "q=woningen&thema=wonen&sorteer=oud")
    assert result_count(first) == 12
    assert len(titles(first)) == 10
    html = first.content.decode()
    assert 'href="?q=woningen&amp;thema=wonen&amp;sorteer=oud&amp;pagina=2"' in html
    second = search(client, "q=woningen&thema=wonen&sorteer=oud&pagina=2")
    assert titles(second) == ["Woontip 10", "Woontip 11"]
    assert client.get("/zoeken/?q=woningen&thema=wonen&pagina=3").status_code == 404
    assert client.get("/zoeken/?q=woningen&pagina=9999999999999").status_code == 404


# --- presentation ------------------------------------------------------------


@pytest.mark.django_db
def test_result_shows_type_date_highlighted_snippet_themes_and_region(client, library):
    html = search(client, "q=zonnepanelen").content.decode()
    item = re.search(r'<ol id="resultaten".*?</ol>', html, re.S).group(0)
    assert 'href="/verhalen/zonnevelden-op-boerenland/"' in item
    assert "Verhaal" in item
    assert '<time class="ovn-result__date" datetime="2025-02-01">1 februari 2025</time>' in item
    assert "<mark>zonnepanelen</mark>" in item
    assert 'href="/thema/energietransitie/">Energietransitie</a>' in item
    assert 'href="/regios/achterhoek/">Achterhoek</a>' in item


@pytest.mark.django_db
def test_stemmed_match_is_highlighted_in_body_text(client, library):
    html = search(client, "q=polders").content.decode()
    assert "<mark>polder</mark>" in html


@pytest.mark.django_db
def test_markup_in_content_and_query_is_escaped(client, tree):
    make_content(tree, TipPage, "Veilige tip", intro='Let op <script>alert("x")</script> bij woningen.')
    response = search(client, "q=woningen+%3Cscript%3E")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    response = search(client, "q=woningen")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<mark>woningen</mark>" in html


@pytest.mark.django_db
def test_page_is_noindex_and_never_cached_publicly(client, library):
    for url in ("/zoeken/", "/zoeken/?q=woning", "/zoeken/suggesties/?q=wo"):
        response = client.get(url)
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url
        assert "public" not in cache_control
        assert not response.cookies
    assert '<meta name="robots" content="noindex">' in client.get("/zoeken/?q=woning").content.decode()
    assert '<meta name="robots" content="noindex">' in client.get("/zoeken/").content.decode()


@pytest.mark.django_db
def test_empty_query_shows_form_and_hint_not_all_content(client, library):
    html = search(client, "").content.decode()
    assert 'name="q"' in html and 'data-suggest-url="/zoeken/suggesties/"' in html
    assert "Typ één of meer woorden" in html
    assert 'id="resultaten"' not in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_form_works_without_javascript_and_labels_the_input(client, library):
    html = search(client, "q=woning&thema=sturen-in-netwerken").content.decode()
    form = re.search(r'<form[^>]*id="zoekformulier".*?</form>', html, re.S).group(0)
    assert 'action="/zoeken/"' in form and 'method="get"' in form
    assert '<label class="utrecht-form-label" for="zoekterm">' in form
    assert 'id="zoekterm" name="q" value="woning"' in form
    assert '<input type="hidden" name="thema" value="sturen-in-netwerken">' in form


# --- no results ----------------------------------------------------------------


@pytest.mark.django_db
def test_no_results_says_so_and_offers_closest_titles_for_typos(client, library):
    response = search(client, "q=zonnevelsen+boerenlnd")
    html = response.content.decode()
    assert result_count(response) == 0
    assert "Er is niets gevonden voor ‘zonnevelsen boerenlnd’" in html
    assert "Bedoelde je" in html
    assert '<a href="/verhalen/zonnevelden-op-boerenland/">Zonnevelden op boerenland</a>' in html


@pytest.mark.django_db
def test_no_results_with_filters_links_to_the_search_without_them(client, library):
    response = search(client, "q=zonnepanelen&type=essay&niveau=individu")
    html = response.content.decode()
    assert result_count(response) == 0
    assert '<a href="/zoeken/?q=zonnepanelen">1 resultaat</a>' in html
    assert 'href="/zoeken/?q=zonnepanelen&amp;niveau=individu">Zonder ‘Soort: Essay’' in html
    assert "Bedoelde je" not in html


# --- suggestions -------------------------------------------------------------


@pytest.mark.django_db
def test_suggestions_complete_titles_from_two_characters(client, library):
    response = client.get("/zoeken/suggesties/?q=zonn")
    assert response["Content-Type"] == "application/json"
    assert response.json() == [
        {"title": "Zonnevelden op boerenland", "url": "/verhalen/zonnevelden-op-boerenland/", "kind": "Verhaal"}
    ]
    assert client.get("/zoeken/suggesties/?q=z").json() == []
    assert client.get("/zoeken/suggesties/").json() == []
    suggested = [item["title"] for item in client.get("/zoeken/suggesties/?q=leeratelier+wi").json()]
    assert suggested == ["Leeratelier windenergie"]


@pytest.mark.django_db
def test_suggestions_include_regions_but_never_drafts_and_at_most_eight(client, tree, library):
    achterhoek = {"title": "Achterhoek", "url": "/regios/achterhoek/", "kind": "Regio"}
    assert client.get("/zoeken/suggesties/?q=achter").json()[0] == achterhoek
    assert client.get("/zoeken/suggesties/?q=geheim").json() == []
    for n in range(10):
        make_content(tree, TipPage, f"Samenwerkingstip {n}")
    assert len(client.get("/zoeken/suggesties/?q=samenwerk").json()) == 8


# --- editors' picks and popular queries ----------------------------------------


@pytest.mark.django_db
def test_promoted_page_is_shown_first_as_recommended(client, library):
    query = Query.get("woning")
    SearchPromotion.objects.create(query=query, page=library["financien"], description="Lees dit eerst.", sort_order=0)
    html = search(client, "q=Woning").content.decode()
    recommended = re.search(r'<section class="ovn-promotions".*?</section>', html, re.S).group(0)
    assert "Aanbevolen" in recommended
    assert '<a href="/essays/geld-en-gezag/">Geld en gezag</a>' in recommended
    assert "Lees dit eerst." in recommended
    assert html.index("ovn-promotions") < html.index('id="resultaten"')


# --- bad input ---------------------------------------------------------------

BAD_QUERY_STRINGS = [
    "q=" + "woning%20" * 200,
    "q=%22woning",
    "q=%27%27%27",
    "q=%26%7C!()%3A*",
    "q=woning%00gemeente",
    "q=%00",
    "q=%F0%9F%8F%A0%20woning",
    "q=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B%20--",
    "q=!!!",
    "q=...%20---%20",
    "q=a%3Ab%20%3A*%20!c",
    "q=%5C%5C",
    "q=%E2%80%AE%ED%A0%80",
    "q=woning&q=twee",
    "q=woning&thema=bestaat-niet&regio=&niveau=%00&type=x&jaar=abcd&jaar=99999",
    "q=woning&sorteer=relevantie&pagina=-1",
    "q=woning&pagina=0",
    "q=woning&pagina=%F0%9F%8F%A0",
    "q=woning&type=essay&type=tip&niveau=individu&niveau=netwerk&thema=energietransitie&regio=groningen"
    "&opgave=toekomstbestendig-wonen&jaar=2025&sorteer=oud",
    "thema=energietransitie",
    "sorteer=relevantie",
    "q=%20%20%20",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query_string", BAD_QUERY_STRINGS)
def test_any_input_gives_a_page_never_an_error(query_string, library):
    client = Client(raise_request_exception=False)
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200, (query_string, response.status_code)
    suggestions = client.get(f"/zoeken/suggesties/?{query_string}")
    assert suggestions.status_code == 200
    assert isinstance(json.loads(suggestions.content), list)


@pytest.mark.django_db
def test_only_punctuation_explains_that_there_are_no_words(client, library):
    html = search(client, "q=%26%26%21%21").content.decode()
    assert "geen woorden om naar te zoeken" in html


def test_clean_query_removes_control_characters_and_truncates():
    assert clean_query("woning\x00 gemeente\n\t") == "woning gemeente"
    assert len(clean_query("x" * 1000)) == 200
    assert clean_query(None) == ""


@pytest.mark.django_db
def test_search_page_query_count_is_flat(client, tree, database_tasks, django_assert_max_num_queries):
    # As in production with a worker: counting the search term is one queued row (search/counting.py).
    theme = make_theme("Wonen")
    region = make_region(tree, "Drenthe")
    for n in range(15):
        make_content(
            tree,
            StoryPage,
            f"Woonverhaal {n}",
            intro="Woningen.",
            themes=[theme],
            regions=[region],
            levels=[level("netwerk")],
        )
    client.get("/zoeken/?q=woningen")  # warm caches (site root paths)
    with django_assert_max_num_queries(12):
        response = client.get("/zoeken/?q=woningen&thema=wonen")
    assert result_count(response) == 15
