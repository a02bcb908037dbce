"""HTTP behaviour every public response shares: caching, privacy, security
headers, media exposure and the read-only API."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from articles.models import StoryPage

from ..factories import make_content, make_theme


@pytest.fixture
def story(tree):
    return make_content(tree, StoryPage, "Samen werken aan wonen", levels=["individu"], themes=[make_theme()])


def test_anonymous_page_is_cacheable_by_a_cdn_and_sets_no_cookie(client, story):
    response = client.get(story.url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=" in cache_control
    assert not response.cookies


def test_public_pages_carry_a_strict_content_security_policy(client, story):
    policy = client.get(story.url)["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy


def test_logged_in_responses_are_private(client, story):
    user = get_user_model().objects.create_user("lezer", password="x")
    client.force_login(user)
    assert "private" in client.get(story.url)["Cache-Control"]


def test_admin_is_never_publicly_cached(client, tree):
    response = client.get("/admin/login/")
    assert "public" not in response["Cache-Control"]


def test_image_renditions_are_public_but_originals_are_not(client, tree):
    image = get_image_model().objects.create(title="Beeld", file=get_test_image_file())
    make_content(tree, StoryPage, "Verhaal met beeld", listing_image=image)  # unused images are not public
    rendition = image.get_rendition("fill-100x100")
    served = client.get(rendition.url)
    assert served.status_code == 200
    assert "public" in served["Cache-Control"]
    original_path = "/media/" + image.file.name
    assert client.get(original_path).status_code == 404


def test_api_lists_live_pages_only_and_is_read_only(client, tree):
    theme = make_theme()
    live = make_content(tree, StoryPage, "Gepubliceerd verhaal", levels=["netwerk"], themes=[theme])
    make_content(tree, StoryPage, "Concept verhaal", levels=["netwerk"], themes=[theme], live=False)
    response = client.get("/api/v2/pages/", {"type": "articles.StoryPage", "fields": "intro,publication_date"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == [live.title]
    assert items[0]["intro"] == live.intro
    assert client.post("/api/v2/pages/", {}).status_code == 405


def test_unknown_api_filter_is_a_clear_400_not_a_500(client, tree):
    response = client.get("/api/v2/pages/", {"type": "bestaat.Niet"})
    assert response.status_code == 400
    assert "message" in response.json()
