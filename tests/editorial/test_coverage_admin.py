"""Coverage for editors (issue 11): the dashboard panel and the report
"Dekking van de inhoud", checked against the database and against the admin
listing each cell links to."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import EssayPage
from articles.permissions import EDITORS

from ..factories import level, make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


@pytest.fixture
def world(tree):
    klimaat = make_opgave(tree, "Klimaat", slug="klimaat")
    wonen = make_opgave(tree, "Wonen", slug="wonen")
    groningen = make_region(tree, "Groningen", slug="groningen")
    achterhoek = make_region(tree, "Achterhoek", slug="achterhoek")
    bestuur = make_theme("Sterk bestuur", slug="sterk-bestuur")
    netwerken = make_theme("Sturen in netwerken", slug="sturen-in-netwerken")
    for _ in range(2):
        make_content(tree, levels=["netwerk"], themes=[bestuur], opgaven=[klimaat], regions=[groningen])
    make_content(tree, EssayPage, levels=["individu", "netwerk"], themes=[netwerken], opgaven=[klimaat, wonen])
    make_content(tree, levels=["netwerk"], themes=[bestuur], opgaven=[klimaat], regions=[groningen], live=False)
    return {"opgaven": [klimaat, wonen], "regions": [groningen, achterhoek], "themes": [bestuur, netwerken]}


def table_cells(soup, table_id):
    """{(row header, column header): cell} of one coverage table."""
    table = soup.find("table", id=table_id)
    columns = [th.get_text(strip=True) for th in table.thead.find_all("th")][1:]
    cells = {}
    for tr in table.tbody.find_all("tr"):
        row = tr.th.get_text(" ", strip=True)
        for column, td in zip(columns, tr.find_all("td"), strict=True):
            cells[(row, column)] = td
    return cells


def listed_pages(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return {int(pk) for pk in re.findall(r'id="page_(\d+)_title"', response.content.decode())}


def number(cell):
    return int(cell.a.get_text(" ", strip=True).split()[0])


def test_report_counts_live_content_per_opgave_and_level_and_links_to_the_same_pages(editor_client, world):
    klimaat, wonen = world["opgaven"]
    response = editor_client.get(reverse("dekking"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.find("h1") or soup.find("h2")
    cells = table_cells(soup, "dekking-niveau-opgave")
    expected = {
        ("Klimaat", "Individu"): 1,
        ("Klimaat", "Organisatie"): 0,
        ("Klimaat", "Netwerk"): 3,
        ("Wonen", "Individu"): 1,
        ("Wonen", "Organisatie"): 0,
        ("Wonen", "Netwerk"): 1,
    }
    assert {key: number(cell) for key, cell in cells.items()} == expected
    for (opgave, level_name), cell in cells.items():
        href = cell.a["href"]
        query = parse_qs(urlsplit(href).query)
        page = {"Klimaat": klimaat, "Wonen": wonen}[opgave]
        assert urlsplit(href).path == reverse("inhoud:index")
        assert query == {"levels": [str(level(level_name.lower()).pk)], "opgaven": [str(page.pk)], "live": ["true"]}
        assert len(listed_pages(editor_client, href)) == expected[(opgave, level_name)]
        if expected[(opgave, level_name)] == 0:
            assert "ovn-coverage__cell--empty" in cell["class"]
            assert "leeg" in cell.get_text()
        else:
            assert "leeg" not in cell.get_text()


def test_report_counts_themes_per_region_with_empty_cells_marked(editor_client, world):
    soup = BeautifulSoup(editor_client.get(reverse("dekking")).content.decode(), "html.parser")
    cells = table_cells(soup, "dekking-thema-regio")
    assert {key: number(cell) for key, cell in cells.items()} == {
        ("Sterk bestuur", "Groningen"): 2,
        ("Sterk bestuur", "Achterhoek"): 0,
        ("Sturen in netwerken", "Groningen"): 0,
        ("Sturen in netwerken", "Achterhoek"): 0,
    }
    assert len(listed_pages(editor_client, cells[("Sterk bestuur", "Groningen")].a["href"])) == 2
    caption = soup.find("table", id="dekking-thema-regio").caption.get_text(" ", strip=True)
    assert "3 van de 4 vakken leeg" in caption


def test_dashboard_shows_the_coverage_panel_and_the_menu_the_report(editor_client, world):
    response = editor_client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    panel = soup.find(id="dekking-section")
    assert panel is not None, "no coverage panel on the dashboard"
    assert panel.find("table", id="dekking-niveau-opgave")
    assert panel.find("a", href=reverse("dekking"))
    assert "css/coverage-admin.css" in html
    assert reverse("dekking") in html  # in the "Rapporten" menu too


def test_all_content_listing_filters_on_publication_status(editor_client, world):
    live = listed_pages(editor_client, reverse("inhoud:index") + "?live=true")
    drafts = listed_pages(editor_client, reverse("inhoud:index") + "?live=false")
    assert len(live) == 3 and len(drafts) == 1
