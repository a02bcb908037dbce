"""The home page, an opgave and a region keep their cards (with pictures) as
derived data between content changes (articles/content_cache.py). A list
cached before its pictures' renditions existed once made the renditions
again, image files and all, on every visit until the next change: the warm
home page at 50,000 items took 252 ms against 16 ms cold (issue 24). The
renditions are made with the list now, so a later visit reads them from it."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from articles.models import StoryPage

from ..factories import make_content, make_image, make_opgave, make_region

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def rendition_queries(queries):
    return [query["sql"] for query in queries if Rendition._meta.db_table in query["sql"]]


def card_pictures(html):
    page = BeautifulSoup(html, "html.parser")
    return [card.select_one("picture") for card in page.select(".ovn-card")]


@pytest.fixture
def pictured(tree):
    """An opgave and a region, each with two new stories whose images have no renditions yet."""
    opgave = make_opgave(tree, "Samen aan de slag voor het klimaat")
    region = make_region(tree, "Achterhoek")
    for n in range(2):
        make_content(
            tree, StoryPage, f"Verhaal {n}", opgaven=[opgave], regions=[region], listing_image=make_image(f"beeld-{n}")
        )
    assert not Rendition.objects.exists()
    return {"home": "/", "opgave": opgave.url, "region": region.url}


@pytest.mark.parametrize("page", ["home", "opgave", "region"])
def test_a_second_visit_shows_the_card_pictures_without_making_them_again(client, pictured, page):
    first = client.get(pictured[page])  # computes the cards, caches them, makes the renditions
    made = Rendition.objects.count()
    assert made == 4  # two images, WebP and JPEG each

    with CaptureQueriesContext(connection) as queries:
        second = client.get(pictured[page])

    assert rendition_queries(queries) == []  # read from the cached cards: no lookup, no new file
    assert Rendition.objects.count() == made
    pictures = card_pictures(second.content)
    assert len(pictures) == 2 and all(pictures)
    assert [str(p) for p in pictures] == [str(p) for p in card_pictures(first.content)]
    for picture in pictures:
        assert picture.find("source", type="image/webp")["srcset"].endswith(".webp")
        assert picture.img["src"].endswith(".jpg") and picture.img["loading"] == "lazy"


@pytest.mark.parametrize("page", ["home", "opgave", "region"])
def test_a_card_is_rendered_once_and_again_after_its_page_changes(client, pictured, page):
    """The card markup is derived data too (`{% cards %}`, articles/templatetags/page_tags.py):
    a second visit renders no card template, and a publish of the item shows at once."""
    first = client.get(pictured[page])
    assert "components/card.html" in [template.name for template in first.templates]
    second = client.get(pictured[page])
    assert "components/card.html" not in [template.name for template in second.templates]
    assert card_pictures(second.content) == card_pictures(first.content)

    story = StoryPage.objects.get(title="Verhaal 0")
    story.title = "Verhaal 0, bijgewerkt"
    story.save_revision().publish()
    third = client.get(pictured[page])
    titles = [
        card.get_text(" ", strip=True) for card in BeautifulSoup(third.content, "html.parser").select(".ovn-card h3")
    ]
    assert "Verhaal 0, bijgewerkt" in titles and "Verhaal 0" not in titles
