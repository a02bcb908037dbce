"""A region's page and the regions overview show what their visitors need:
its facts, partners by government layer, opgaven and its series of stories."""

import pytest
from bs4 import BeautifulSoup

from articles.models import StoryPage, TipPage
from regions.models import RegionPartner

from ..factories import make_content, make_opgave, make_organisation, make_region

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(page):
    return " ".join(page.get_text(" ").split())


def publish(page):
    page.save_revision().publish()
    return page


def test_region_shows_facts_partners_by_layer_opgaven_and_story_series(client, tree):
    opgave = make_opgave(tree, "Vitaal platteland")
    region = make_region(
        tree,
        "Achterhoek",
        characterisation="<p>Acht gemeenten in het oosten.</p>",
        facts=[("figure", {"label": "Inwoners", "value": "ruim 260.000", "source": "CBS"})],
    )
    region.opgaven.set([opgave])
    publish(region)
    RegionPartner.objects.create(region=region, organisation=make_organisation("Gemeente Winterswijk", "gemeente"))
    RegionPartner.objects.create(region=region, organisation=make_organisation("Provincie Gelderland", "provincie"))
    story = make_content(tree, StoryPage, "Glasvezel in het buitengebied", regions=[region])
    tip = make_content(tree, TipPage, "Tip uit de Achterhoek", regions=[region])

    page = soup(client.get(region.url))
    text = text_of(page)

    assert "Acht gemeenten in het oosten." in text
    assert "Inwoners ruim 260.000 (bron: CBS)" in text
    layers = [h.get_text() for h in page.select(".ovn-partners__layer")]
    assert layers == ["Provincie", "Gemeente"]
    assert [a["href"] for a in page.select("#opgaven-kop + ul a")] == [opgave.url]
    series = [a.get_text() for a in page.select("[aria-labelledby=verhalen-kop] .ovn-card__link")]
    assert series == [story.title]
    assert tip.title in text_of(page.select_one("[aria-labelledby=meer-kop]"))
    assert tip.title not in text_of(page.select_one("[aria-labelledby=verhalen-kop]"))


def test_region_index_lists_the_live_regions(client, tree):
    regions = [make_region(tree, name) for name in ("Groningen", "West-Brabant")]
    links = [a["href"] for a in soup(client.get("/regios/")).select(".ovn-link-grid a")]
    assert links == [region.url for region in regions]
