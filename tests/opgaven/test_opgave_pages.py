"""An opgave's page and the opgaven overview show what their visitors need:
the problem, commitments, lead, contact, progress and bottlenecks, the
cross-overs on both opgaven, and the content linked to it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from articles.models import StoryPage
from opgaven.models import Bottleneck, Crossover, ProgressUpdate

from ..factories import make_content, make_opgave, make_organisation, make_person

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(page):
    return " ".join(page.get_text(" ").split())


def test_opgave_shows_problem_commitments_lead_contact_progress_bottlenecks(client, tree):
    lead = make_person("Anne de Vries", role="programmadirecteur", organisation=make_organisation("BZK", "rijk"))
    opgave = make_opgave(
        tree,
        "Toekomstbestendig wonen",
        problem="<p>Er zijn te weinig betaalbare woningen.</p>",
        commitments=[("commitment", "Rijk en regio maken woondeals.")],
        lead=lead,
        lead_quote="Alleen samen bouwen we genoeg.",
        lead_video_url="https://video.example/anne",
        lead_video_transcript="<p>Wat Anne zegt.</p>",
        contact_email="wonen@ibp.example",
    )
    ProgressUpdate.objects.create(opgave=opgave, date=datetime.date(2024, 1, 10), title="Eerste deal", text="<p>a</p>")
    ProgressUpdate.objects.create(opgave=opgave, date=datetime.date(2025, 6, 1), title="Tiende deal", text="<p>b</p>")
    Bottleneck.objects.create(opgave=opgave, title="Stikstof", status="in_behandeling")

    page = soup(client.get(opgave.url))
    text = text_of(page)

    assert "Er zijn te weinig betaalbare woningen." in text
    assert "Rijk en regio maken woondeals." in [
        li.get_text().strip() for li in page.select("#toezeggingen-kop + ul li")
    ]
    assert "Alleen samen bouwen we genoeg." in page.select_one(".ovn-quote blockquote").get_text()
    assert "Anne de Vries" in text and "programmadirecteur, BZK" in text
    assert page.find("a", href="https://video.example/anne")
    assert "Wat Anne zegt." in page.select_one("main details").get_text()
    assert page.find("a", href="mailto:wonen@ibp.example")
    updates = page.select("#voortgang-kop + ol time")
    assert [t["datetime"] for t in updates] == ["2025-06-01", "2024-01-10"]
    assert "Status: In behandeling" in text_of(page.select_one(".ovn-bottleneck"))


def test_crossovers_show_on_both_opgaven(client, tree):
    wonen = make_opgave(tree, "Wonen")
    klimaat = make_opgave(tree, "Klimaat")
    Crossover.objects.create(opgave=wonen, other=klimaat, description="Verduurzamen van woningen")

    on_wonen = soup(client.get(wonen.url)).select("#dwarsverbanden-kop + ul a")
    on_klimaat = soup(client.get(klimaat.url)).select("#dwarsverbanden-kop + ul a")

    assert [a["href"] for a in on_wonen] == [klimaat.url]
    assert [a["href"] for a in on_klimaat] == [wonen.url]
    assert "Verduurzamen van woningen" in on_klimaat[0].get_text()


def test_opgave_lists_its_linked_content_and_links_to_the_filtered_kennisbank(client, tree):
    opgave = make_opgave(tree, "Schulden voorkomen", slug="schulden")
    linked = make_content(tree, StoryPage, "Schuldhulp in Emmen", opgaven=[opgave])
    make_content(tree, StoryPage, "Over iets anders")

    page = soup(client.get(opgave.url))

    assert [a.get_text() for a in page.select("[aria-labelledby=inhoud-kop] .ovn-card__link")] == [linked.title]
    assert page.find("a", href="/kennisbank/?opgave=schulden")


def test_opgave_index_lists_the_live_opgaven(client, tree):
    opgaven = [make_opgave(tree, f"Opgave {n}") for n in range(3)]
    make_opgave(tree, "Nog niet gepubliceerd", live=False)
    links = [a["href"] for a in soup(client.get("/opgaven/")).select(".ovn-link-grid a")]
    assert links == [opgave.url for opgave in opgaven]
