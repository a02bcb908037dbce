"""Which surrogate keys a response carries and which an editorial change
purges (the real varnishd round trip is in test_frontend_cache.py)."""

import pytest
from wagtail.models import PageViewRestriction

from articles.models import StoryPage

from ..factories import make_content, make_opgave, make_region, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(settings, monkeypatch, django_capture_on_commit_callbacks):
    """The keys each purge request would carry, run as after a commit."""
    settings.FRONTEND_CACHE_URL = "http://127.0.0.1:9"
    sent = []
    monkeypatch.setattr("overheidvannu.operations.frontend_cache.purge_keys", lambda keys: sent.append(set(keys)))

    class Recorder:
        def __call__(self, action):
            sent.clear()
            with django_capture_on_commit_callbacks(execute=True):
                action()
            return set().union(*sent) if sent else set()

    return Recorder()


def keys_of(response):
    return set(response["xkey"].split())


def test_a_story_is_tagged_with_what_it_shows(client, tree):
    theme = make_theme()
    opgave = make_opgave(tree)
    story = make_content(tree, themes=[theme], opgaven=[opgave])
    keys = keys_of(client.get(story.url))
    assert {f"page-{story.pk}", f"thema-{theme.pk}", f"page-{opgave.pk}", "all"} <= keys
    assert "lijst" not in keys


def test_listings_are_tagged_with_their_kind_and_results(client, tree):
    theme = make_theme()
    story = make_content(tree, themes=[theme])
    kennisbank = keys_of(client.get(f"/kennisbank/?thema={theme.slug}"))
    assert {"lijst", "lijst-alle", f"page-{story.pk}"} <= kennisbank
    assert {"lijst", "lijst-verhaal"} <= keys_of(client.get("/verhalen/"))
    assert {"lijst", f"lijst-thema-{theme.pk}", f"page-{story.pk}"} <= keys_of(client.get(f"/thema/{theme.slug}/"))
    assert {"home", f"page-{story.pk}"} <= keys_of(client.get("/"))
    assert "lijst-alle" in keys_of(client.get("/kennisbank/feed/"))
    assert "sitemap" in keys_of(client.get("/sitemap.xml"))
    assert "xkey" not in client.get("/zoeken/?q=wonen"), "never cached, so never tagged"


def test_publish_purges_the_page_and_every_list_it_is_in(purged, tree):
    theme, opgave, region = make_theme(), make_opgave(tree), make_region(tree)
    story = make_content(tree, themes=[theme], opgaven=[opgave], regions=[region])
    page = StoryPage.objects.get(pk=story.pk)
    page.title = "Nieuw"
    keys = purged(lambda: page.save_revision().publish())
    assert {
        f"page-{story.pk}",
        f"page-{tree.stories.pk}",
        "home",
        "lijst-alle",
        "lijst-verhaal",
        f"lijst-thema-{theme.pk}",
        f"lijst-opgave-{opgave.pk}",
        f"lijst-regio-{region.pk}",
        "sitemap",
        "api",
    } <= keys
    assert "all" not in keys and "lijst" not in keys, "not everything"


def test_unpublish_move_and_delete_purge_the_page_and_its_surroundings(purged, tree):
    story = make_content(tree)
    assert {f"page-{story.pk}", f"page-{tree.stories.pk}", "lijst-alle"} <= purged(lambda: story.unpublish())
    other = make_content(tree)
    keys = purged(lambda: StoryPage.objects.get(pk=other.pk).move(tree.essays, pos="last-child"))
    assert {f"page-{other.pk}", f"page-{tree.stories.pk}", f"page-{tree.essays.pk}"} <= keys
    third = make_content(tree)
    assert {f"page-{third.pk}", "lijst-alle"} <= purged(lambda: StoryPage.objects.get(pk=third.pk).delete())


def test_snippet_and_privacy_changes_purge(purged, tree):
    theme = make_theme()
    story = make_content(tree, themes=[theme])

    def rename():
        theme.name = "Anders"
        theme.save()

    assert {f"thema-{theme.pk}", f"lijst-thema-{theme.pk}", "lijst"} <= purged(rename)
    keys = purged(lambda: PageViewRestriction.objects.create(page=story, restriction_type="login"))
    assert f"page-{story.pk}" in keys


def test_nothing_is_purged_without_a_cache(settings, tree, django_capture_on_commit_callbacks):
    settings.FRONTEND_CACHE_URL = ""
    story = make_content(tree)
    with django_capture_on_commit_callbacks() as callbacks:
        StoryPage.objects.get(pk=story.pk).save_revision().publish()
    assert not [c for c in callbacks if "purge" in getattr(c, "__qualname__", "")]
