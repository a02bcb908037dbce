"""Which surrogate keys a response carries and which an editorial change
purges (the real varnishd round trip is in test_frontend_cache.py)."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from articles.models import EssayPage, StoryPage, TipPage
from overheidvannu.operations.frontend_cache import purge_keys_task
from regions.models import RegionPartner

from ..factories import (
    add_edition,
    add_magazine,
    make_content,
    make_image,
    make_opgave,
    make_organisation,
    make_person,
    make_region,
    make_theme,
)

pytestmark = pytest.mark.django_db


class RecordingBackend(BaseBackend):
    """A frontend-cache backend (Wagtail's contract, as CFPB's `MockCacheBackend`)
    that keeps what it was asked to purge instead of sending it."""

    keys, urls = [], []

    def purge(self, url):
        self.urls.append(url)

    def purge_by_tags(self, tags):
        self.keys.extend(tags)


RECORDING_CACHE = {"recorder": {"BACKEND": f"{__name__}.RecordingBackend"}}


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The keys an editorial change purges, run as after a commit through
    the purge task and the backends of WAGTAILFRONTENDCACHE."""
    settings.WAGTAILFRONTENDCACHE = RECORDING_CACHE

    class Recorder:
        urls = RecordingBackend.urls

        def __call__(self, action):
            RecordingBackend.keys.clear()
            RecordingBackend.urls.clear()
            with django_capture_on_commit_callbacks(execute=True):
                action()
            return set(RecordingBackend.keys)

    yield Recorder()
    RecordingBackend.keys.clear()
    RecordingBackend.urls.clear()


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
    settings.WAGTAILFRONTENDCACHE = {}
    story = make_content(tree)
    with django_capture_on_commit_callbacks() as callbacks:
        StoryPage.objects.get(pk=story.pk).save_revision().publish()
    assert not [c for c in callbacks if "purge" in getattr(c, "__qualname__", "")]


# --- renditions, organisations shown through others, magazine editions ------------------


def test_a_public_rendition_is_tagged_with_its_image(client, tree):
    image = make_image("Omslag")
    make_content(tree, listing_image=image)
    assert {f"beeld-{image.pk}", "beeld", "all"} <= keys_of(client.get(image.get_rendition("fill-320x180").url))


def test_unpublishing_a_page_purges_its_images_and_its_authors_photos_and_no_other(purged, tree):
    image, photo, elsewhere = make_image("Omslag"), make_image("Portret"), make_image("Elders")
    essay = make_content(tree, EssayPage, "Essay met beeld", listing_image=image)
    essay.set_authors([make_person("Anna de Vries", photo=photo)])
    essay.save_revision().publish()
    make_content(tree, listing_image=elsewhere)

    keys = purged(lambda: EssayPage.objects.get(pk=essay.pk).unpublish())
    assert {f"beeld-{image.pk}", f"beeld-{photo.pk}"} <= keys
    assert f"beeld-{elsewhere.pk}" not in keys and "beeld" not in keys


def test_publishing_a_page_without_its_image_purges_that_image(purged, tree):
    image = make_image("Oude omslag")
    story = make_content(tree, listing_image=image)

    def drop_the_image():
        page = StoryPage.objects.get(pk=story.pk)
        page.listing_image = None
        page.save_revision().publish()

    assert f"beeld-{image.pk}" in purged(drop_the_image)


def test_renaming_a_partner_organisation_purges_the_region_page_that_names_it(purged, tree):
    organisation = make_organisation("Gemeente Breda")
    region = make_region(tree, "West-Brabant")
    region.partners = [RegionPartner(organisation=organisation, role="Trekker")]
    region.save_revision().publish()
    elsewhere = make_region(tree, "Achterhoek")

    def rename():
        organisation.name = "Gemeente Breda (centrumgemeente)"
        organisation.save_revision().publish()

    keys = purged(rename)
    assert f"page-{region.pk}" in keys
    assert f"page-{elsewhere.pk}" not in keys


def test_an_article_is_tagged_with_the_editions_it_appeared_in(client, tree):
    story = make_content(tree, StoryPage, "Samen bouwen")
    edition = add_edition(add_magazine(tree), "2026/01", [("Wonen", [story])])
    response = client.get(story.url)
    assert "Verschenen in" in response.content.decode()
    assert f"page-{edition.pk}" in keys_of(response)


def test_publishing_an_edition_purges_the_articles_it_holds_and_no_other(purged, tree):
    story, tip, other = (make_content(tree, StoryPage, "Samen bouwen"), make_content(tree, TipPage), make_content(tree))
    magazine = add_magazine(tree)
    edition = add_edition(magazine, "2026/02", [("Wonen", [story, tip])], live=False)
    keys = purged(lambda: edition.save_revision().publish())
    assert {f"page-{story.pk}", f"page-{tip.pk}", f"page-{edition.pk}", f"page-{magazine.pk}"} <= keys
    assert f"page-{other.pk}" not in keys


def test_a_purge_queued_by_the_release_before_still_purges(purged):
    # Rows written before purge_task took addresses name purge_keys_task (keys only).
    assert purged(lambda: purge_keys_task.enqueue(["page-1", "lijst-alle"])) == {"page-1", "lijst-alle"}
