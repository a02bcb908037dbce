"""A listing's results and filters are rendered once per content version and
shared between visits (overheidvannu/discovery/listing.py, render_results
and facets_html): a repeat visit draws no picture and renders no result
again (issue 24, the uncached listings' server time beyond their queries),
and a change to an item shows at once."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from articles.models import StoryPage, TipPage

from ..factories import make_content, make_image, make_theme

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

Rendition = get_image_model().get_rendition_model()


@pytest.fixture
def stories(tree):
    theme = make_theme("Sturen in netwerken")
    return [
        make_content(tree, StoryPage, f"Verhaal {n}", themes=[theme], listing_image=make_image(f"beeld-{n}"))
        for n in range(3)
    ]


def results(html):
    page = BeautifulSoup(html, "html.parser")
    return [item.decode() for item in page.select("#resultaten > li")], page.select_one("[data-filter-facets]")


@pytest.mark.parametrize("url", ["/verhalen/", "/kennisbank/?thema=sturen-in-netwerken", "/kennisbank/?q=verhaal"])
def test_a_repeat_visit_shows_the_same_results_without_looking_up_their_pictures(client, stories, url):
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)

    assert [q["sql"] for q in queries if Rendition._meta.db_table in q["sql"]] == []
    first_items, first_facets = results(first.content)
    second_items, second_facets = results(second.content)
    assert len(second_items) == 3 and second_items == first_items
    assert second_facets.decode() == first_facets.decode()
    assert all("<picture>" in item and ".webp" in item for item in second_items)


def test_a_changed_title_and_a_new_item_show_on_the_next_visit(client, tree, stories):
    client.get("/verhalen/")
    revision = stories[0].save_revision()
    page = revision.as_object()
    page.title = "Een nieuwe titel"
    page.save_revision().publish()
    make_content(tree, TipPage, "Een nieuwe tip")

    html = BeautifulSoup(client.get("/verhalen/").content, "html.parser")
    titles = [title.get_text(strip=True) for title in html.select(".ovn-result__title")]
    assert "Een nieuwe titel" in titles and "Verhaal 0" not in titles
    kennisbank = client.get("/kennisbank/").content.decode()
    assert "Een nieuwe tip" in kennisbank
    page = BeautifulSoup(kennisbank, "html.parser")
    assert page.select_one("#resultaten-aantal").get_text(strip=True) == "4 resultaten"
    type_counts = [" ".join(label.get_text(" ", strip=True).split()) for label in page.select("#facet-type label")]
    assert any(label.endswith("1 resultaat") for label in type_counts), type_counts  # the one tip


@pytest.mark.parametrize("url", ["/verhalen/", "/thema/sturen-in-netwerken/"])
def test_an_unpublished_item_leaves_at_once_with_a_worker_too(client, settings, stories, url):
    """With a worker, counts of the previous content version are served while a task recomputes
    them, but never the results: a page's cached ids are not, so an item taken offline is gone."""
    settings.CONTENT_CACHE_SERVE_STALE = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_BACKEND = "database"
    assert "Verhaal 1" in client.get(url).content.decode()
    stories[1].unpublish()

    html = BeautifulSoup(client.get(url).content, "html.parser")
    titles = [title.get_text(strip=True) for title in html.select(".ovn-result__title, .ovn-card__title")]
    assert sorted(titles) == ["Verhaal 0", "Verhaal 2"]
