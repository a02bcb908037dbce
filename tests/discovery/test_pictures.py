"""The pictures (issue 11): the opgaven × regio's matrix, the cross-over
diagram, the locator map and the learning levels, each checked against the
database, its links and its text alternative, and their cost in queries."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from articles.models import EssayPage, TipPage
from opgaven.models import Crossover
from overheidvannu.discovery import pictures

from ..factories import SiteTree, make_content, make_opgave, make_region

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert " style=" not in html and "<style" not in html, f"{url} has inline styles"
    return BeautifulSoup(html, "html.parser")


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture(scope="module")
def world(module_transaction):
    """Opgaven, regions, cross-overs and content, built once for the module
    (each test's changes are rolled back)."""
    with module_transaction.unblock():
        return build_world(SiteTree())


def build_world(tree):
    klimaat = make_opgave(tree, "Klimaat", slug="klimaat")
    wonen = make_opgave(tree, "Wonen", slug="wonen")
    schulden = make_opgave(tree, "Schulden", slug="schulden")
    groningen = make_region(tree, "Groningen", slug="groningen")
    achterhoek = make_region(tree, "Achterhoek", slug="achterhoek")
    elders = make_region(tree, "Elders", slug="elders")  # not on the map
    Crossover.objects.create(opgave=klimaat, other=wonen, description="Energie en huizen")
    publish(klimaat)
    for _ in range(3):
        make_content(tree, levels=["individu"], opgaven=[klimaat], regions=[groningen])
    make_content(tree, EssayPage, levels=["netwerk", "individu"], opgaven=[klimaat, wonen], regions=[achterhoek])
    make_content(tree, TipPage, levels=["netwerk"], opgaven=[wonen])  # no region: in no cell
    make_content(tree, opgaven=[klimaat], regions=[groningen], live=False)  # a draft counts nowhere
    return {
        "tree": tree,
        "opgaven": [klimaat, wonen, schulden],
        "regions": [groningen, achterhoek, elders],
    }


def kennisbank_count(client, url):
    soup = soup_of(client, url)
    return int(soup.find(id="resultaten-aantal").get_text().split()[0])


# --- the matrix -----------------------------------------------------------------


@pytest.mark.parametrize("url", ["/opgaven/", "/regios/"])
def test_matrix_counts_and_links_match_the_database_and_the_listings(client, world, url):
    table = soup_of(client, url).find("table", id="opgaven-regios")
    assert table.caption.get_text(strip=True) == "Aantal publicaties per opgave en regio"
    columns = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert columns == ["Opgave", "Groningen", "Achterhoek", "Elders"]
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    rows = {}
    for tr in table.tbody.find_all("tr"):
        header = tr.find("th", scope="row")
        assert header.a["href"] == f"/opgaven/{header.get_text(strip=True).lower()}/"
        rows[header.get_text(strip=True)] = tr.find_all("td")
    assert list(rows) == ["Klimaat", "Wonen", "Schulden"]
    expected = {"Klimaat": [3, 1, 0], "Wonen": [0, 1, 0], "Schulden": [0, 0, 0]}
    for opgave, cells in rows.items():
        numbers = [int(cell.get_text(" ", strip=True).split()[0]) for cell in cells]
        assert numbers == expected[opgave], opgave
        for cell, region, number in zip(cells, ["groningen", "achterhoek", "elders"], numbers, strict=True):
            link = cell.find("a")
            if number:
                assert link["href"] == f"/kennisbank/?opgave={opgave.lower()}&regio={region}"
                # The link text says what the number counts, not just the number.
                assert link.get_text(" ", strip=True) == f"{number} over {opgave} in {region.capitalize()}"
                assert kennisbank_count(client, link["href"]) == number
            else:
                assert link is None
                assert "ovn-matrix__cell--0" in cell["class"]
    # The fullest cell has the darkest step; the others are lighter.
    assert "ovn-matrix__cell--4" in rows["Klimaat"][0]["class"]
    assert "ovn-matrix__cell--2" in rows["Klimaat"][1]["class"]
    # The table scrolls inside its own named, focusable box.
    box = table.parent
    assert box["role"] == "region" and box["tabindex"] == "0" and box["aria-labelledby"] == table.caption["id"]


def test_shade_steps():
    assert [pictures.shade_step(n, 8) for n in (0, 1, 2, 3, 4, 5, 8)] == [0, 1, 1, 2, 2, 3, 4]
    assert pictures.shade_step(0, 0) == 0


# --- the cross-over diagram -----------------------------------------------------


def diagram_of(soup):
    section = soup.find(id="dwarsverbanden-beeld-kop").parent
    svg = section.find("svg")
    assert svg["aria-hidden"] == "true"
    nodes = {a.find("title").get_text(): a for a in svg.find_all("a")}
    assert all(a["tabindex"] == "-1" for a in nodes.values())
    items = section.find(id="dwarsverbanden-lijst").find_all("li", recursive=False)
    return svg, nodes, items


def test_crossover_diagram_on_the_overview_draws_every_crossover_both_ways(client, world):
    klimaat, wonen, schulden = world["opgaven"]
    svg, nodes, items = diagram_of(soup_of(client, "/opgaven/"))
    assert list(nodes) == ["1. Klimaat", "2. Wonen", "3. Schulden"]
    assert [a["href"] for a in nodes.values()] == [klimaat.url, wonen.url, schulden.url]
    assert len(svg.find_all("line")) == 1
    line = svg.find("line")
    circles = [a.find("circle") for a in nodes.values()]
    assert {(line["x1"], line["y1"]), (line["x2"], line["y2"])} == {
        (circles[0]["cx"], circles[0]["cy"]),
        (circles[1]["cx"], circles[1]["cy"]),
    }
    # The list beside it: the same links, and each cross-over named on both sides.
    assert [li.a["href"] for li in items] == [klimaat.url, wonen.url, schulden.url]
    notes = [li.find(class_="ovn-crossovers__note").get_text(" ", strip=True) for li in items]
    assert notes == ["dwarsverband met Wonen (2)", "dwarsverband met Klimaat (1)", "nog geen dwarsverbanden"]


def test_crossover_diagram_on_an_opgave_highlights_it_and_its_own_crossovers(client, world):
    klimaat, wonen, schulden = world["opgaven"]
    # The cross-over is stored on Klimaat; Wonen shows it too.
    svg, nodes, items = diagram_of(soup_of(client, wonen.url))
    assert "ovn-crossovers__node--current" in nodes["2. Wonen"]["class"]
    assert "ovn-crossovers__node--linked" in nodes["1. Klimaat"]["class"]
    assert "ovn-crossovers__node--linked" not in nodes["3. Schulden"]["class"]
    assert len(svg.find_all("line")) == 1
    current = [li for li in items if li.a.get("aria-current") == "page"]
    assert [li.a["href"] for li in current] == [wonen.url]
    notes = [li.find(class_="ovn-crossovers__note") for li in items]
    assert [note.get_text(strip=True) if note else None for note in notes] == [
        "dwarsverband met deze opgave",
        "deze opgave",
        None,
    ]
    # Schulden has no cross-overs: no lines at all.
    svg, _nodes, _items = diagram_of(soup_of(client, schulden.url))
    assert svg.find_all("line") == []


# --- the locator map ------------------------------------------------------------


def test_locator_map_marks_and_links_the_regions(client, world):
    groningen, achterhoek, elders = world["regions"]
    soup = soup_of(client, "/regios/")
    section = soup.find(id="kaart-kop").parent
    svg = section.find("svg")
    assert svg["aria-hidden"] == "true" and svg.find("path", class_="ovn-map__land")["d"].startswith("M")
    marked = {a.find("title").get_text(): a["href"] for a in svg.find_all("a")}
    # "Elders" is not a region the map knows: listed beside it, not marked.
    assert marked == {"Groningen": groningen.url, "Achterhoek": achterhoek.url}
    assert [a["href"] for a in section.find("ul").find_all("a")] == [groningen.url, achterhoek.url, elders.url]
    # Groningen lies north-east of the Achterhoek.
    circles = {a.find("title").get_text(): a.find("circle") for a in svg.find_all("a")}
    assert float(circles["Groningen"]["cy"]) < float(circles["Achterhoek"]["cy"])


def test_locator_map_on_a_region_page_marks_that_region(client, world):
    groningen, achterhoek, _elders = world["regions"]
    section = soup_of(client, achterhoek.url).find(id="kaart-kop").parent
    assert section.h2.get_text(strip=True) == "Waar ligt Achterhoek?"
    current = [a for a in section.find("svg").find_all("a") if "ovn-map__region--current" in a["class"]]
    assert [a["href"] for a in current] == [achterhoek.url]
    assert section.find("a", attrs={"aria-current": "page"})["href"] == achterhoek.url


# --- the approach ---------------------------------------------------------------


def test_approach_levels_link_with_their_counts(client, world):
    approach = world["tree"].add_approach_page()
    soup = soup_of(client, approach.url)
    items = soup.find(id="niveaus-lijst").find_all("li", recursive=False)
    expected = {"individu": 4, "organisatie": 0, "netwerk": 2}
    assert len(items) == 3
    for item in items:
        link = item.find("a")
        slug = link["href"].split("niveau=")[1]
        assert link["href"] == f"/kennisbank/?niveau={slug}"
        assert f"({expected[slug]} publicaties)" in link.get_text()
        assert kennisbank_count(client, link["href"]) == expected[slug]
    rings = soup.find("svg", class_="ovn-levels-visual__svg").find_all("a")
    assert {a["href"]: a.find(class_="ovn-levels-visual__count").get_text() for a in rings} == {
        f"/kennisbank/?niveau={slug}": str(count) for slug, count in expected.items()
    }


# --- cost and freshness ---------------------------------------------------------


def count_queries(client, url):
    cache.clear()
    Site.get_site_root_paths()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("key", ["opgaven", "regios", "approach"])
def test_pictures_cost_at_most_three_queries_and_none_when_cached(client, world, monkeypatch, key):
    approach = world["tree"].add_approach_page()
    url = {"opgaven": "/opgaven/", "regios": "/regios/", "approach": approach.url}[key]
    # Kept per process, not in the cache that count_queries empties: the
    # sections that are live (the navigation) are looked up once, before both counts.
    client.get(url)
    with_pictures = count_queries(client, url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    monkeypatch.setattr(pictures, "page_pictures", lambda page, request: {})
    without = count_queries(client, url)
    with CaptureQueriesContext(connection) as warm_without:
        client.get(url)
    assert with_pictures - without <= 3
    assert len(warm) <= len(warm_without)


@pytest.mark.parametrize("key", ["opgave", "region"])
def test_opgave_and_region_pages_draw_within_the_detail_budget(client, world, key):
    page = {"opgave": world["opgaven"][0], "region": world["regions"][0]}[key]
    client.get(page.url)
    assert count_queries(client, page.url) <= 10


def test_pictures_follow_publishing(client, world):
    klimaat, wonen, _schulden = world["opgaven"]
    groningen = world["regions"][0]

    def cell():
        table = soup_of(client, "/opgaven/").find("table", id="opgaven-regios")
        return table.tbody.find_all("tr")[1].find_all("td")[0].get_text(" ", strip=True)

    assert cell() == "0"
    make_content(world["tree"], opgaven=[wonen], regions=[groningen])
    assert cell() == "1 over Wonen in Groningen"
    # A new cross-over shows once the opgave is published again.
    Crossover.objects.create(opgave=wonen, other=world["opgaven"][2])
    publish(wonen)
    _svg, _nodes, items = diagram_of(soup_of(client, "/opgaven/"))
    assert "Schulden (3)" in items[1].get_text()
    assert klimaat.live
