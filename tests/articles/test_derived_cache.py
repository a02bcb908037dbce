"""What a page shows of *other* pages is cached under the content version
(articles/content_cache.py), so an editor's change must show on the next
request: each test renders a page once (filling the cache), changes other
content as an editor does, and renders it again."""

import pytest

from articles.models import StoryPage, TipPage

from ..factories import make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


def test_a_story_shows_newly_published_related_content_and_its_new_theme(client, tree):
    theme = make_theme("Energietransitie")
    story = make_content(tree, StoryPage, "Zon op het dak", themes=[theme])
    assert "Warmte uit de rivier" not in client.get(story.url).content.decode()

    make_content(tree, TipPage, "Warmte uit de rivier", themes=[theme])
    story.themes.add(make_theme("Sturen in netwerken"))
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "Warmte uit de rivier" in html
    assert "Sturen in netwerken" in html


def test_a_story_no_longer_shows_related_content_taken_offline(client, tree):
    theme = make_theme("Wonen")
    story = make_content(tree, StoryPage, "Bouwen in de regio", themes=[theme])
    tip = make_content(tree, TipPage, "Betrek bewoners vroeg", themes=[theme])
    assert "Betrek bewoners vroeg" in client.get(story.url).content.decode()

    tip.unpublish()
    assert "Betrek bewoners vroeg" not in client.get(story.url).content.decode()


def test_the_home_page_lists_what_was_just_published(client, tree):
    make_content(tree, StoryPage, "Eerste verhaal")
    assert "Nieuwste verhaal" not in client.get("/").content.decode()

    make_content(tree, StoryPage, "Nieuwste verhaal")
    assert "Nieuwste verhaal" in client.get("/").content.decode()


def test_opgave_and_region_pages_list_what_was_just_linked_to_them(client, tree):
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "Achterhoek")
    assert "Dorpen bouwen samen" not in client.get(opgave.url).content.decode()
    assert "Dorpen bouwen samen" not in client.get(region.url).content.decode()

    make_content(tree, StoryPage, "Dorpen bouwen samen", opgaven=[opgave], regions=[region])
    assert "Dorpen bouwen samen" in client.get(opgave.url).content.decode()
    assert "Dorpen bouwen samen" in client.get(region.url).content.decode()
