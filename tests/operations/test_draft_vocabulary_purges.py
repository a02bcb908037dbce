"""Publishing, unpublishing or deleting a theme, person or organisation
purges exactly the pages that show it (and `/thema/`); saving a draft of
one purges nothing, since visitors see no drafts (issue 25)."""

import pytest

from articles.models import EssayPage, Person, Theme

from ..factories import make_content, make_organisation, make_person, make_theme
from .test_purge_keys import keys_of, purged  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def test_saving_a_draft_of_a_theme_or_person_purges_nothing(purged, tree):  # noqa: F811
    theme, person = make_theme("Sturen in netwerken"), make_person("Anna Appel")
    make_content(tree, themes=[theme])

    def draft_theme():
        theme.name = "Nieuwe naam, nog niet gekeurd"
        theme.save_revision()

    def draft_person():
        person.name = "Anna Appel-de Wit"
        person.save_revision()

    assert purged(draft_theme) == set()
    assert purged(draft_person) == set()
    assert purged(lambda: make_theme("Nieuw concept", live=False).save_revision()) == set()


def test_publishing_a_draft_theme_purges_the_pages_that_now_show_it(client, purged, tree):  # noqa: F811
    theme = make_theme("Concept", live=False)
    story = make_content(tree, themes=[theme, make_theme()])
    other = make_content(tree, themes=[make_theme()])
    index_keys = keys_of(client.get("/thema/"))

    keys = purged(lambda: theme.save_revision().publish())
    assert {f"page-{story.pk}", f"thema-{theme.pk}", "sitemap", "api"} <= keys
    assert index_keys & keys, "/thema/ lists it now"
    assert f"page-{other.pk}" not in keys and "all" not in keys

    keys = purged(lambda: Theme.objects.get(pk=theme.pk).unpublish())
    assert {f"page-{story.pk}", f"thema-{theme.pk}", "sitemap"} <= keys
    assert index_keys & keys


def test_deleting_a_theme_purges_its_pages_and_the_theme_index(client, purged, tree):  # noqa: F811
    theme = make_theme("Weg ermee")
    story = make_content(tree, themes=[theme])
    index_keys = keys_of(client.get("/thema/"))
    story_keys = keys_of(client.get(story.url))

    keys = purged(lambda: Theme.objects.get(pk=theme.pk).delete())
    assert index_keys & keys, "/thema/ no longer lists it"
    assert story_keys & {f"thema-{theme.pk}", f"page-{story.pk}"} & keys
    assert "all" not in keys


def test_publishing_or_deleting_a_person_or_organisation_purges_the_pages_naming_them(purged, tree):  # noqa: F811
    organisation = make_organisation("NSOB", live=False)
    person = make_person("Pietje", live=False, organisation=organisation)
    essay = make_content(tree, EssayPage, "Essay")
    essay.set_authors([person])
    essay.save_revision().publish()
    unrelated = make_content(tree, EssayPage, "Ander essay")

    for action in (
        lambda: Person.objects.get(pk=person.pk).save_revision().publish(),
        lambda: organisation.save_revision().publish(),
        lambda: Person.objects.get(pk=person.pk).unpublish(),
        lambda: Person.objects.get(pk=person.pk).save_revision().publish(),
        lambda: Person.objects.get(pk=person.pk).delete(),
    ):
        keys = purged(action)
        assert {f"page-{essay.pk}", "api"} <= keys, "the essay, and the API that names its authors"
        assert f"page-{unrelated.pk}" not in keys and "all" not in keys and "lijst" not in keys

    # A draft nobody sees goes without a purge.
    assert purged(lambda: make_person("Nooit live", live=False).delete()) == set()
