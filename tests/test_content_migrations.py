"""Data migrations of the editorial pass keep every piece of content, on a
database with the demo content (`load_demo`), in the live pages and in every
revision (drafts included): migrated back to before them and forward again,
as tests/test_architecture.py does for moving the listing pages.

- articles 0019–0021: an essay's authors become an ordered list; each
  existing link is kept, in the order the site showed until then (by name).
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from articles.models import EssayPage, Person

from .test_architecture import migrate

pytestmark = pytest.mark.django_db

BEFORE_ORDERED_AUTHORS = [("articles", "0018_content_display_date")]


@pytest.fixture
def demo_site(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    call_command("load_demo", stdout=io.StringIO())


def old_author_links():
    """{essay id: {person id, …}} from the unordered many-to-many table of before."""
    links = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT essaypage_id, person_id FROM articles_essaypage_authors")
        for page_id, person_id in cursor.fetchall():
            links.setdefault(page_id, set()).add(person_id)
    return links


def revision_authors(revision):
    rows = sorted(revision.content.get("essay_authors", []), key=lambda row: row["sort_order"])
    return [row["person"] for row in rows]


def by_name(person_ids):
    names = dict(Person.objects.values_list("pk", "name"))
    return sorted(person_ids, key=lambda pk: (names[pk], pk))


def test_ordered_authors_keep_every_author_link_and_revision(demo_site):
    essays = list(EssayPage.objects.all())
    assert len(essays) >= 10
    links = {essay.pk: [person.pk for person in essay.authors] for essay in essays}
    assert all(links.values()), "every demo essay has authors"
    # An unpublished draft with other authors than the live page must keep them too.
    draft_essay = essays[0]
    draft_people = list(Person.objects.exclude(pk__in=links[draft_essay.pk]).order_by("-name")[:2])
    draft_essay.set_authors(draft_people)
    draft = draft_essay.save_revision()
    revisions_before = Revision.objects.count()

    migrate(BEFORE_ORDERED_AUTHORS)
    assert old_author_links() == {pk: set(people) for pk, people in links.items()}

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert Revision.objects.count() == revisions_before
    for essay in EssayPage.objects.all():
        # The order visitors saw until now: by name.
        assert [person.pk for person in essay.authors] == by_name(links[essay.pk]), essay.title
        live = Revision.objects.get(pk=essay.live_revision_id)
        assert revision_authors(live) == by_name(links[essay.pk]), essay.title
    assert revision_authors(Revision.objects.get(pk=draft.pk)) == by_name(p.pk for p in draft_people)
    # The edit form opens the draft with its authors.
    assert [p.pk for p in Revision.objects.get(pk=draft.pk).as_object().authors] == by_name(p.pk for p in draft_people)
