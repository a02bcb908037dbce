"""The filterable listings: /kennisbank/ and the per-type indexes (SPEC.md "Public address contract")."""

import datetime
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.models import EssayPage, EventPage, StoryPage, TipPage

from ..factories import SiteTree, make_content, make_opgave, make_region, make_theme, search_indexing_on

# --- helpers -------------------------------------------------------------------


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_links(response):
    """The link of each result, in order: the first link of each <li> of <ol id="resultaten">."""
    results = soup(response).find("ol", id="resultaten")
    return [li.find("a")["href"] for li in results.find_all("li", recursive=False)]


def result_count(response):
    text = soup(response).find(id="resultaten-aantal").get_text()
    return int(re.match(r"\s*(\d+)", text).group(1))


def facet_options(response):
    """{param: {value: (count, checked)}} as the filter form shows them."""
    options = {}
    for fieldset in soup(response).select("form[data-filter-form] fieldset"):
        for checkbox in fieldset.select("input[type=checkbox]"):
            label = fieldset.find("label", attrs={"for": checkbox["id"]})
            count = int(label.find(class_="ovn-facet__count").contents[0])
            options.setdefault(checkbox["name"], {})[checkbox["value"]] = (count, checkbox.has_attr("checked"))
    return options


def pairs_of(url):
    return parse_qsl(urlsplit(url).query)


@pytest.fixture(scope="module")
def built_catalogue(module_transaction):
    """A small, varied set of content to filter, built once for the module
    with the search index on (each test's changes are rolled back)."""
    with module_transaction.unblock(), search_indexing_on():
        return build_catalogue(SiteTree())


@pytest.fixture
def catalogue(db, built_catalogue):
    return built_catalogue


#: The year the catalogue's event takes place: always a few years ahead.
HELD_IN = timezone.localdate().year + 3


def build_catalogue(tree):
    sturen, strategie, leeg = make_theme("Sturen in netwerken"), make_theme("Strategie"), make_theme("Leeg thema")
    klimaat, wonen = make_opgave(tree, "Klimaat"), make_opgave(tree, "Wonen")
    achterhoek = make_region(tree, "Achterhoek")
    pages = {
        "s1": make_content(
            tree,
            StoryPage,
            "Verhaal een",
            levels=["individu"],
            themes=[sturen],
            opgaven=[klimaat],
            regions=[achterhoek],
            publication_date=datetime.date(2024, 3, 1),
        ),
        "s2": make_content(
            tree,
            StoryPage,
            "Verhaal twee",
            levels=["netwerk"],
            themes=[strategie],
            opgaven=[wonen],
            publication_date=datetime.date(2025, 5, 1),
        ),
        "e1": make_content(
            tree,
            EssayPage,
            "Essay een",
            levels=["individu", "organisatie"],
            themes=[sturen, strategie],
            opgaven=[klimaat],
            publication_date=datetime.date(2025, 2, 1),
        ),
        "t1": make_content(
            tree,
            TipPage,
            "Tip een",
            levels=["organisatie"],
            themes=[sturen],
            regions=[achterhoek],
            publication_date=datetime.date(2023, 9, 1),
        ),
        "v1": make_content(
            tree,
            EventPage,
            "Evenement een",
            levels=["netwerk"],
            themes=[strategie],
            opgaven=[wonen],
            publication_date=datetime.date(2025, 8, 1),
            # Announced in 2025, held years ahead: dated by when it takes place.
            start=timezone.make_aware(datetime.datetime(HELD_IN, 6, 3, 15, 0)),
        ),
    }
    return {"tree": tree, "pages": pages, "leeg": leeg, "klimaat": klimaat, "achterhoek": achterhoek}


def urls_of(catalogue, *keys):
    return {catalogue["pages"][key].url for key in keys}


# --- filtering -------------------------------------------------------------------


def test_unfiltered_kennisbank_lists_every_type_newest_first(client, catalogue):
    response = client.get("/kennisbank/")
    assert response.status_code == 200
    # The event still to come (v1, years ahead) is not news yet: it follows everything that happened.
    assert result_links(response) == [catalogue["pages"][k].url for k in ("s2", "e1", "s1", "t1", "v1")]
    assert result_count(response) == 5


def test_values_of_one_parameter_combine_with_or(client, catalogue):
    response = client.get("/kennisbank/?niveau=individu&niveau=netwerk")
    assert set(result_links(response)) == urls_of(catalogue, "s1", "s2", "e1", "v1")


def test_different_parameters_combine_with_and(client, catalogue):
    response = client.get("/kennisbank/?thema=sturen-in-netwerken&niveau=organisatie")
    assert set(result_links(response)) == urls_of(catalogue, "e1", "t1")
    response = client.get("/kennisbank/?thema=sturen-in-netwerken&niveau=organisatie&type=tip")
    assert set(result_links(response)) == urls_of(catalogue, "t1")


def test_opgave_region_and_year_filters(client, catalogue):
    assert set(result_links(client.get("/kennisbank/?opgave=klimaat"))) == urls_of(catalogue, "s1", "e1")
    assert set(result_links(client.get("/kennisbank/?regio=achterhoek"))) == urls_of(catalogue, "s1", "t1")
    # `jaar` is the year an event takes place, not the year it was announced.
    assert set(result_links(client.get("/kennisbank/?jaar=2025"))) == urls_of(catalogue, "s2", "e1")
    assert set(result_links(client.get(f"/kennisbank/?jaar={HELD_IN}"))) == urls_of(catalogue, "v1")
    assert set(result_links(client.get("/kennisbank/?jaar=2023&jaar=2024"))) == urls_of(catalogue, "s1", "t1")


def test_oldest_first_sort(client, catalogue):
    response = client.get("/kennisbank/?sorteer=oud")
    assert result_links(response) == [catalogue["pages"][k].url for k in ("t1", "s1", "e1", "s2", "v1")]


def test_unknown_theme_is_ignored(client, catalogue):
    response = client.get("/kennisbank/?thema=bestaat-niet")
    assert response.status_code == 200
    assert result_count(response) == 5
    assert not soup(response).select(".ovn-chip")


def test_search_text_narrows_the_listing_and_shows_as_a_chip(client, catalogue):
    response = client.get("/kennisbank/?q=verhalen")  # stemmed: finds "Verhaal een" and "Verhaal twee"
    assert set(result_links(response)) == urls_of(catalogue, "s1", "s2")
    chips = [chip.get_text(" ", strip=True) for chip in soup(response).select(".ovn-chip")]
    assert any("Zoekterm: verhalen" in chip for chip in chips)
    assert soup(response).find("input", id="f-q")["value"] == "verhalen"


def test_search_text_combines_with_filters_and_counts(client, catalogue):
    response = client.get("/kennisbank/?q=verhaal&niveau=netwerk")
    assert result_links(response) == [catalogue["pages"]["s2"].url]
    # Facets count over the text matches: two stories match "verhaal".
    assert facet_options(response)["type"]["verhaal"][0] == 1
    assert facet_options(client.get("/kennisbank/?q=verhaal"))["type"]["verhaal"][0] == 2


def test_search_text_finds_content_by_its_linked_region(client, catalogue):
    assert set(result_links(client.get("/kennisbank/?q=achterhoek"))) == urls_of(catalogue, "s1", "t1")
    assert result_links(client.get("/verhalen/?q=achterhoek")) == [catalogue["pages"]["s1"].url]


def test_search_text_of_only_punctuation_lists_everything(client, catalogue):
    assert result_count(client.get("/kennisbank/?q=%26%7C%21%28%29")) == 5


def test_unpublished_and_restricted_content_is_left_out(client, catalogue):
    tree = catalogue["tree"]
    make_content(tree, TipPage, "Concept", live=False)
    PageViewRestriction.objects.create(page=tree.essays, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/kennisbank/")
    assert set(result_links(response)) == urls_of(catalogue, "s1", "s2", "t1", "v1")
    assert "essay" not in facet_options(response)["type"]


# --- facets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "state",
    [
        "",
        "thema=sturen-in-netwerken",
        "niveau=individu&niveau=netwerk",
        "type=verhaal&type=essay&jaar=2025",
        "regio=achterhoek&thema=strategie",
    ],
)
def test_each_option_count_equals_the_results_it_gives(client, catalogue, state):
    """An option's count is what you get with that option in its group and every
    other group as it is: exactly what clicking it gives when nothing else in its
    group is ticked."""
    response = client.get(f"/kennisbank/?{state}")
    current = parse_qsl(state)
    options = facet_options(response)
    if result_count(response) == 0:
        # Nothing to filter: no "Filteren" and no "Toon 0 resultaten"; each chip takes one filter away.
        assert not options and not soup(response).select("form[data-filter-form]")
        chips = soup(response).select(".ovn-chips .ovn-chip")
        assert len(chips) == len(current)
        assert all(result_count(client.get(chip["href"])) > 0 for chip in chips)
        return
    assert options
    for param, values in options.items():
        for value, (count, _checked) in values.items():
            others = [pair for pair in current if pair[0] != param]
            clicked = client.get("/kennisbank/?" + urlencode(others + [(param, value)]))
            assert result_count(clicked) == count, (state, param, value)
            assert len(result_links(clicked)) == count


def test_counts_of_a_group_ignore_its_own_selection(client, catalogue):
    options = facet_options(client.get("/kennisbank/?type=tip"))
    assert options["type"] == {
        "verhaal": (2, False),
        "essay": (1, False),
        "tip": (1, True),
        "evenement": (1, False),
    }
    assert options["niveau"] == {"organisatie": (1, False)}


def test_options_without_results_are_hidden_unless_selected(client, catalogue):
    options = facet_options(client.get("/kennisbank/"))
    assert "leeg-thema" not in options["thema"]
    options = facet_options(client.get("/kennisbank/?thema=sturen-in-netwerken&thema=leeg-thema"))
    assert options["thema"]["leeg-thema"] == (0, True)


def test_filter_form_is_a_plain_get_form_with_labelled_groups(client, catalogue):
    page = soup(client.get("/kennisbank/?thema=sturen-in-netwerken"))
    form = page.find("form", attrs={"data-filter-form": True})
    assert form["method"] == "get"
    assert form["action"] == "/kennisbank/"
    legends = [legend.get_text(strip=True) for legend in form.select("fieldset > legend")]
    assert legends == ["Soort", "Niveau", "Thema", "Opgave", "Regio", "Jaar"]
    for checkbox in form.select("input[type=checkbox]"):
        assert form.find("label", attrs={"for": checkbox["id"]}) is not None
    # The sort menu sits above the results and belongs to the form through form="…".
    sort = page.find("select", attrs={"name": "sorteer"})
    assert sort["form"] == form["id"]
    assert page.find("label", attrs={"for": sort["id"]}) is not None
    assert [option["value"] for option in sort.find_all("option")] == ["nieuw", "oud"]
    assert page.find("button", attrs={"type": "submit", "form": form["id"]}).get_text(strip=True) == "Sorteer"
    assert form.find("button", attrs={"type": "submit"}).get_text(strip=True) == "Toon 3 resultaten"
    # On a phone the form opens from one "Filteren (n)" control that works without JavaScript.
    panel = form.find_parent("details")
    assert " ".join(panel.find("summary").get_text().split()) == "Filteren (1 actief)"
    checked = [(c["name"], c["value"]) for c in form.select("input[checked]")]
    assert checked == [("thema", "sturen-in-netwerken")]


# --- chips -----------------------------------------------------------------------


def test_active_filters_show_as_chips_that_each_remove_one_filter(client, catalogue):
    response = client.get("/kennisbank/?thema=strategie&niveau=netwerk&niveau=individu&jaar=2025")
    chips = {chip.get_text(" ", strip=True): chip["href"] for chip in soup(response).select("a.ovn-chip")}
    assert list(chips) == [
        "Verwijder filter Niveau: Netwerk ×",
        "Verwijder filter Niveau: Individu ×",
        "Verwijder filter Thema: Strategie ×",
        "Verwijder filter Jaar: 2025 ×",
    ]
    remove_individu = chips["Verwijder filter Niveau: Individu ×"]
    assert urlsplit(remove_individu).path == "/kennisbank/"
    assert sorted(pairs_of(remove_individu)) == sorted(
        [("thema", "strategie"), ("niveau", "netwerk"), ("jaar", "2025")]
    )
    # v1 was announced in 2025 but takes place years later, so `jaar=2025` leaves it out.
    assert set(result_links(client.get(remove_individu))) == urls_of(catalogue, "s2")
    remove_theme = chips["Verwijder filter Thema: Strategie ×"]
    assert set(result_links(client.get(remove_theme))) == urls_of(catalogue, "s2", "e1")


def test_clear_all_filters_link_leads_to_the_unfiltered_listing(client, catalogue):
    page = soup(client.get("/kennisbank/?thema=strategie&sorteer=oud"))
    clear_links = [a for a in page.find_all("a") if a.get_text(strip=True).lower() == "wis alle filters"]
    assert clear_links
    assert {a["href"] for a in clear_links} == {"/kennisbank/"}


def test_no_chips_and_no_clear_link_without_filters(client, catalogue):
    page = soup(client.get("/kennisbank/"))
    assert not page.select(".ovn-chips")
    assert "Wis alle filters" not in page.get_text()


# --- per-type indexes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "keys", "section"),
    [
        ("/verhalen/", ("s2", "s1"), "verhalen"),
        ("/essays/", ("e1",), "essays"),
        ("/tips/", ("t1",), "tips"),
        ("/agenda/", ("v1",), "agenda"),
    ],
)
def test_per_type_index_lists_only_its_type_and_shows_no_type_facet(client, catalogue, path, keys, section):
    response = client.get(path)
    assert result_links(response) == [catalogue["pages"][key].url for key in keys]
    assert "type" not in facet_options(response)
    current = soup(response).select_one(".ovn-nav a[aria-current=page]")
    assert current["href"] == path
    assert current.get_text(strip=True).lower() == section
    # A type parameter cannot widen a per-type index.
    assert result_links(client.get(f"{path}?type=verhaal&type=essay&type=tip&type=evenement")) == result_links(response)


def test_per_type_index_filters_within_its_type(client, catalogue):
    response = client.get("/verhalen/?thema=sturen-in-netwerken")
    assert result_links(response) == [catalogue["pages"]["s1"].url]
    assert facet_options(response)["niveau"] == {"individu": (1, False)}


# --- page markup -------------------------------------------------------------------


def test_listing_markup_contract(client, catalogue):
    response = client.get("/kennisbank/")
    page = soup(response)
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == ["Kennisbank"]
    count = page.find(id="resultaten-aantal")
    assert count.get_text(strip=True) == "5 resultaten"
    assert count.find_parent(attrs={"aria-live": "polite"}) is not None
    for item in page.find("ol", id="resultaten").find_all("li", recursive=False):
        first_link = item.find("a")
        assert item.find(["a", "img", "p", "time"]) is first_link
        assert first_link.get_text(strip=True)
    crumbs = page.find("nav", attrs={"aria-label": "Kruimelpad"})
    assert [a["href"] for a in crumbs.find_all("a")] == ["/"]
    assert "Kennisbank" in crumbs.get_text()
    assert page.select_one(".ovn-nav a[aria-current=page]")["href"] == "/kennisbank/"


def test_result_shows_type_date_and_intro(client, catalogue):
    page = soup(client.get("/kennisbank/?type=essay"))
    item = page.find("ol", id="resultaten").find("li")
    assert item.find(class_="ovn-result__kind").get_text(strip=True) == "Essay"
    assert item.find("time")["datetime"] == "2025-02-01"
    assert item.find("time").get_text(strip=True) == "1 februari 2025"
    assert item.find(class_="ovn-result__intro").get_text(strip=True) == "Inleiding bij Essay een."


def test_unfiltered_listing_is_indexable_with_a_canonical_link(client, catalogue):
    page = soup(client.get("/kennisbank/"))
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert page.find("link", rel="canonical")["href"] == "http://testserver/kennisbank/"


def test_listing_announces_a_feed_of_its_selection(client, catalogue):
    page = soup(client.get("/verhalen/?thema=strategie&sorteer=oud&pagina=1"))
    alternate = page.find("link", rel="alternate", type="application/atom+xml")
    assert alternate["href"] == "/verhalen/feed/?thema=strategie&sorteer=oud"
    assert "Strategie" in alternate["title"]
    visible = page.find("a", string="Atom-feed van deze selectie")
    assert visible["href"] == alternate["href"]


# --- HTTP qualities ------------------------------------------------------------------


def test_anonymous_listing_sets_no_cookie_and_is_publicly_cacheable(client, catalogue):
    response = client.get("/kennisbank/?thema=strategie")
    assert response.cookies == {} or not response.cookies
    assert "public" in response["Cache-Control"]
