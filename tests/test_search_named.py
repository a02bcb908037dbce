"""Search finds the opgaven, regions, themes and standard pages themselves,
named things first (issue 8), on PostgreSQL.

Pages are indexed by Wagtail's signal handlers as the factories save and
publish them, exactly as when an editor publishes.
"""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from opgaven.models import Bottleneck, Crossover, ProgressUpdate
from overheidvannu.discovery.search import readable_snippet
from regions.models import RegionPartner

from .factories import make_content, make_opgave, make_organisation, make_region, make_theme

pytestmark = [pytest.mark.usefixtures("search_index"), pytest.mark.django_db]

RESULT_ITEM = re.compile(
    r'<li class="ovn-result">\s*<h3[^>]*><a href="([^"]*)">([^<]*)</a></h3>\s*'
    r'<p class="ovn-result__meta"><span class="ovn-result__kind">([^<]*)</span>'
)


def results(response):
    """(url, title, kind) of each result, in order, read from the SPEC.md markup."""
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    listing = re.search(r'<ol id="resultaten"[^>]*>(.*?)</ol>', html, re.S)
    assert listing, "the page has no <ol id=resultaten>"
    return RESULT_ITEM.findall(listing.group(1))


def titles(response):
    return [title for _url, title, _kind in results(response)]


def all_results(client, query_string):
    """The results of every page of a search, in order."""
    found, page = [], 1
    while True:
        response = client.get(f"/zoeken/?{query_string}&pagina={page}")
        if response.status_code == 404:
            return found
        found += results(response)
        page += 1


def count(response):
    match = re.search(r'<span id="resultaten-aantal">(\d+) resulta', response.content.decode())
    assert match, "no #resultaten-aantal"
    return int(match.group(1))


def facet(response, param):
    return {
        option.value: option.count
        for facet in response.context["facets"]
        if facet.param == param
        for option in facet.options
    }


@pytest.fixture
def site(tree):
    """Two opgaven, two regions, two themes, the standard pages and some content."""
    climate = make_opgave(
        tree,
        "Samen aan de slag voor het klimaat",
        slug="klimaat",
        intro="Rijk en regio werken samen aan de energietransitie.",
        problem="<p>Het net raakt vol. Daardoor wachten bedrijven op een aansluiting.</p>",
        commitments=[("commitment", "Het IBP ondersteunt een warmtefonds voor dorpen.")],
    )
    housing = make_opgave(tree, "Toekomstbestendig wonen", slug="wonen")
    ProgressUpdate.objects.create(
        opgave=climate, date=datetime.date(2025, 1, 1), title="Mijlpaal", text="<p>De netbeheerdertafel startte.</p>"
    )
    Bottleneck.objects.create(opgave=climate, title="Trage vergunningverlening", description="<p>Loketten.</p>")
    Crossover.objects.create(opgave=housing, other=climate, description="Bouwen en verduurzamen.")
    # Publishing "wonen" stores the cross-over on "klimaat" too (opgaven/crossovers.py).
    housing.save_revision().publish()
    climate.refresh_from_db()
    climate.save_revision().publish()
    achterhoek = make_region(
        tree,
        "Achterhoek",
        intro="Een grensregio in het oosten van Gelderland.",
        characterisation="<p>Acht gemeenten die als één streek optrekken. De energietransitie gaat hier snel.</p>",
        facts=[("figure", {"label": "Inwoners", "value": "ruim 270.000", "source": "CBS-telwerk"})],
    )
    RegionPartner.objects.create(region=achterhoek, organisation=make_organisation("Waterschap Rijn en IJssel"))
    achterhoek.save_revision().publish()
    groningen = make_region(tree, "Groningen")
    energy = make_theme(
        "Energietransitie", description="Over de overstap op duurzame energie en warmtenetten, zoals in de Achterhoek."
    )
    networks = make_theme("Sturen in netwerken", description="Sturen zonder hiërarchie, met polderkunst.")
    about = tree.add_standard_page(
        "Over Overheid van Nu",
        "over",
        intro="Het platform van het Interbestuurlijk Programma.",
        body=[("paragraph", "<p>De redactie werkt vanuit Den Haag aan verhalen over samenwerking.</p>")],
    )
    about.save_revision().publish()
    approach = tree.add_approach_page(intro="Zeven zekerheden voor samenwerken.")
    approach.save_revision().publish()
    pages = {
        "zon": make_content(
            tree,
            StoryPage,
            "Zonnevelden op boerenland",
            intro="Een coöperatie in de Achterhoek legt zonnepanelen aan.",
            themes=[energy],
            regions=[achterhoek],
            opgaven=[climate],
            levels=["netwerk"],
            publication_date=datetime.date(2025, 2, 1),
        ),
        "wind": make_content(
            tree,
            EventPage,
            "Leeratelier windenergie",
            intro="Samen leren over windmolens in Groningen en de Achterhoek.",
            themes=[energy],
            regions=[groningen],
            levels=["individu"],
            publication_date=datetime.date(2024, 6, 1),
            # Held in 2024: `jaar` and date order go by when an event takes place.
            start=timezone.make_aware(datetime.datetime(2024, 6, 20, 14, 0)),
        ),
        "tip": make_content(
            tree,
            TipPage,
            "Betrek bewoners vroeg",
            intro="Tip voor de energietransitie: begin bij de buurt.",
            themes=[networks],
            opgaven=[housing],
            levels=["organisatie"],
            publication_date=datetime.date(2023, 3, 1),
        ),
        "essay": make_content(
            tree,
            EssayPage,
            "Besturen in netwerken",
            intro="Een beschouwing over het openbaar bestuur.",
            themes=[networks],
            levels=["netwerk"],
            publication_date=datetime.date(2022, 1, 1),
        ),
    }
    return {
        "climate": climate,
        "housing": housing,
        "achterhoek": achterhoek,
        "groningen": groningen,
        "energy": energy,
        "networks": networks,
        "about": about,
        "approach": approach,
        **pages,
    }


def search(client, query_string):
    return client.get(f"/zoeken/?{query_string}")


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


# --- named things first -------------------------------------------------------------


@pytest.fixture
def crowd(tree, site):
    """Many items that mention the names, some even in their title."""
    for n in range(14):
        make_content(
            tree,
            StoryPage,
            f"Achterhoek en klimaat, deel {n}" if n % 2 else f"Verhaal {n} over netwerken",
            intro=(
                "In de Achterhoek werken gemeenten aan het klimaat, de energietransitie en het sturen in netwerken."
            ),
            themes=[site["networks"]],
            regions=[site["groningen"]],
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
    return site


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


def test_snippet_builder_keeps_at_most_two_sentences_escaped():
    html = readable_snippet(
        "Intro zonder treffer.",
        ["Eerste zin. Hier staat <b>woningen</b> & meer. Nog een zin. " + "Lang " * 80],
        ["woning"],
    )
    assert html == "Hier staat &lt;b&gt;<mark>woningen</mark>&lt;/b&gt; &amp; meer. Nog een zin."
    assert readable_snippet("Alleen de intro.", [], ["achterhoek"]) == "Alleen de intro."


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


def test_search_stays_within_the_query_budget(client, tree, crowd, django_assert_max_num_queries):
    client.get("/zoeken/?q=netwerken")  # warm the site root paths
    with django_assert_max_num_queries(12):
        response = search(client, "q=achterhoek&thema=sturen-in-netwerken")  # nothing of it cached yet
    assert count(response) > 5
    for n in range(20):
        make_content(tree, StoryPage, f"Achterhoek nummer {n}", regions=[crowd["achterhoek"]])
    with django_assert_max_num_queries(12):
        response = search(client, "q=achterhoek&type=regio&type=verhaal")
    assert count(response) > 30


def test_any_client_gets_the_same_order(site):
    assert titles(Client().get("/zoeken/?q=achterhoek")) == titles(Client().get("/zoeken/?q=achterhoek"))
