"""A result's picture (components/result_item.html) is drawn with the spec
the listing query prefetches (articles.querysets.PICTURE_SPECS["result"]):
one spec in Python, so the pictures of a page of results cost no query."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from articles.models import ContentPage, EssayPage, StoryPage, TipPage
from articles.querysets import RESULT_IMAGE_SPECS

from ..factories import make_content, make_image

pytestmark = pytest.mark.django_db


def render_results(items):
    return "".join(render_to_string("components/result_item.html", {"item": item}) for item in items)


def results(pks):
    items = list(ContentPage.objects.filter(pk__in=pks).order_by("pk").with_result_data())
    for item in items:
        item.listing_url = f"/resultaat/{item.pk}/"
    return items


def test_a_page_of_results_draws_its_pictures_from_the_prefetched_renditions(tree):
    pks = [
        make_content(tree, page_class, f"Met beeld {n}", listing_image=make_image(f"beeld-{n}")).pk
        for n, page_class in enumerate((StoryPage, EssayPage, TipPage))
    ]
    render_results(results(pks))  # the first visit makes the renditions
    items = results(pks)
    with CaptureQueriesContext(connection) as queries:
        html = render_results(items)
    assert len(queries) == 0, [query["sql"] for query in queries]

    pictures = BeautifulSoup(html, "html.parser").select(".ovn-result__media picture")
    assert len(pictures) == 3
    for picture in pictures:
        webp = picture.find("source", type="image/webp")
        assert webp and "320w" in webp["srcset"] and "640w" in webp["srcset"]
        img = picture.img
        assert img["class"] == ["ovn-result__image"] and img["loading"] == "lazy"
        assert img["sizes"] == "(min-width: 48em) 20rem, 100vw"
        assert "320w" in img["srcset"] and "640w" in img["srcset"]  # the JPEG fallback
    assert len(RESULT_IMAGE_SPECS) == 4  # two sizes, two formats: all of them prefetched
