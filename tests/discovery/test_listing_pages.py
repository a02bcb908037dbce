"""The listings' pages of results: pagination, the empty listing, result
images and the query budget (SPEC.md "Public address contract"). The
pagination tests share one set of items; each other test builds its own."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import EssayPage, EventPage, StoryPage, TipPage

from ..factories import make_content, make_image, make_theme
from .test_listing import pairs_of, result_count, result_links, soup

# --- pagination ------------------------------------------------------------------


@pytest.mark.django_db
class TestPagination:
    """26 items (25 of one theme), built once for the class (`class_data`)."""

    @staticmethod
    def build_shared(tree):
        return build_many(tree)

    def test_pagination_keeps_every_filter(self, client, class_data):
        first = client.get("/kennisbank/?thema=veel&niveau=individu&sorteer=oud")
        assert result_count(first) == 25
        assert len(result_links(first)) == 12
        nav = soup(first).find("nav", attrs={"aria-label": "Paginering"})
        next_link = nav.find("a", rel="next")
        assert sorted(pairs_of(next_link["href"])) == sorted(
            [("thema", "veel"), ("niveau", "individu"), ("sorteer", "oud"), ("pagina", "2")]
        )
        for link in nav.find_all("a"):
            assert ("thema", "veel") in pairs_of(link["href"])
            assert ("sorteer", "oud") in pairs_of(link["href"])
        last = client.get("/kennisbank/?thema=veel&niveau=individu&sorteer=oud&pagina=3")
        assert result_links(last) == ["/verhalen/veel-24/"]
        assert soup(last).find("ol", id="resultaten")["start"] == "25"

    def test_pages_together_hold_every_result_once(self, client, class_data):
        seen = []
        for number in (1, 2, 3):
            seen += result_links(client.get(f"/kennisbank/?thema=veel&pagina={number}"))
        assert len(seen) == len(set(seen)) == 25

    def test_page_past_the_end_is_not_found(self, client, class_data):
        assert client.get("/kennisbank/?thema=veel&pagina=3").status_code == 200
        assert client.get("/kennisbank/?thema=veel&pagina=4").status_code == 404
        assert client.get("/kennisbank/?thema=ander&pagina=2").status_code == 404

    def test_filtered_sorted_or_paged_variants_are_noindex_with_canonical_to_the_listing(self, client, class_data):
        for query in ("thema=veel", "sorteer=oud", "pagina=2", "jaar=2024&niveau=individu"):
            page = soup(client.get(f"/kennisbank/?{query}"))
            assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow", query
            assert page.find("link", rel="canonical")["href"] == "http://testserver/kennisbank/"


def build_many(tree):
    theme = make_theme("Veel")
    other = make_theme("Ander")
    for n in range(25):
        make_content(
            tree,
            StoryPage,
            f"Veel {n:02d}",
            levels=["individu"],
            themes=[theme],
            publication_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        )
    make_content(tree, StoryPage, "Anders", levels=["individu"], themes=[other])
    return theme


def test_empty_listing_still_has_its_first_page(client, tree):
    response = client.get("/kennisbank/")
    assert response.status_code == 200
    assert result_count(response) == 0
    assert result_links(response) == []
    assert "Er is niets gevonden" in response.content.decode()


def test_result_image_is_a_lazy_picture_with_modern_formats(client, tree):
    make_content(tree, StoryPage, "Met beeld", listing_image=make_image())
    item = soup(client.get("/kennisbank/")).find("ol", id="resultaten").find("li")
    picture = item.find("picture")
    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/webp"]
    img = picture.find("img")
    assert img["loading"] == "lazy"
    assert not img.has_attr("alt")  # not described: left for the checker to flag, never a silent alt=""
    assert ".fill-640x360" in img["srcset"] or "fill-640x360" in img["srcset"]


# --- query budget ------------------------------------------------------------------


def _listing_with_images(tree, count):
    theme = make_theme(f"Thema {count}")
    for n in range(count):
        make_content(
            tree,
            [StoryPage, EssayPage, TipPage, EventPage][n % 4],
            f"Item {count}-{n}",
            levels=["individu", "netwerk"][: 1 + n % 2],
            themes=[theme],
            listing_image=make_image(f"beeld-{count}-{n}"),
        )
    return theme


def _queries_for(client, url):
    client.get(url)  # creates the renditions once, as the first visitor would
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_listing_costs_a_fixed_number_of_queries(client, tree, django_assert_max_num_queries):
    theme = _listing_with_images(tree, 30)
    url = f"/kennisbank/?thema={theme.slug}&niveau=individu&niveau=netwerk"
    client.get(url)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert result_count(response) == 30
    assert len(soup(response).select("ol#resultaten picture")) == 12
    many_queries = _queries_for(client, url)

    small_theme = _listing_with_images(tree, 5)
    few_queries = _queries_for(client, f"/kennisbank/?thema={small_theme.slug}&niveau=individu&niveau=netwerk")
    assert few_queries == many_queries
    assert _queries_for(client, f"/verhalen/?thema={theme.slug}") <= many_queries
