"""Data migrations of the editorial pass keep every piece of content, on a
database with the demo content (`load_demo`), in the live pages and in every
revision (drafts included): migrated back to before them and forward again,
as tests/test_architecture.py does for moving the listing pages.

- articles 0019–0021: an essay's authors become an ordered list; each
  existing link is kept, in the order the site showed until then (by name).
- articles 0022–0023: a story's fact box and lessons fields move into its
  body as the "Feitenkader" and "Genummerde lessen" blocks (fact box before
  the text, lessons after it).

Loading the demo content takes a while, so the check runs on the demo site
tests/demo/test_load_demo.py loads once for all its tests
(`DemoSiteTests.test_editorial_migrations_keep_every_author_fact_and_lesson`).
"""

import json

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from articles.models import EssayPage, Person, StoryPage

from .test_architecture import migrate

BEFORE_THE_EDITORIAL_MIGRATIONS = [("articles", "0018_content_display_date")]


# --- authors ---------------------------------------------------------------------


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


# --- fact boxes and lessons ----------------------------------------------------------


def without_ids(stored):
    """Stored StreamField data (a list, or a revision's JSON string) without
    the block ids a migration may renew."""

    def strip(value):
        if isinstance(value, list):
            return [strip(item) for item in value]
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key != "id"}
        return value

    return strip(json.loads(stored) if isinstance(stored, str) else stored)


def stored_body(page_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM articles_contentpage WHERE page_ptr_id = %s", [page_id])
        (body,) = cursor.fetchone()
    return without_ids(body)


def old_story_fields():
    """{story id: (fact box field, lessons field)} from the story table of before."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT contentpage_ptr_id, factbox, lessons FROM articles_storypage")
        return {pk: (without_ids(factbox), without_ids(lessons)) for pk, factbox, lessons in cursor.fetchall()}


def block_types(body):
    return [block["type"] for block in body]


def check_editorial_migrations_keep_every_author_fact_and_lesson():
    """On a database holding the demo content: migrate back to before the
    editorial migrations and forward again; every author link, fact box and
    lesson is where an editor and a visitor expect it, live and in drafts."""
    essays = list(EssayPage.objects.all())
    assert len(essays) >= 10
    links = {essay.pk: [person.pk for person in essay.authors] for essay in essays}
    assert all(links.values()), "every demo essay has authors"
    # An unpublished draft with other authors than the live page keeps them too.
    draft_essay = essays[0]
    draft_people = list(Person.objects.exclude(pk__in=links[draft_essay.pk]).order_by("-name")[:2])
    draft_essay.set_authors(draft_people)
    essay_draft = draft_essay.save_revision()

    stories = list(StoryPage.objects.all())
    bodies = {story.pk: stored_body(story.pk) for story in stories}
    with_facts = [pk for pk, body in bodies.items() if "factbox" in block_types(body)]
    with_lessons = [pk for pk, body in bodies.items() if "lessons" in block_types(body)]
    assert with_facts and with_lessons, "the demo has stories with a fact box and with lessons"
    # A draft that changed a fact.
    draft_story = StoryPage.objects.get(pk=with_facts[0])
    draft_story.body[0].value["title"] = "Feiten uit het concept"
    story_draft = draft_story.save_revision()
    revisions_before = Revision.objects.count()

    migrate(BEFORE_THE_EDITORIAL_MIGRATIONS)
    assert old_author_links() == {pk: set(people) for pk, people in links.items()}
    fields = old_story_fields()
    for pk, body in bodies.items():
        factbox, lessons = fields[pk]
        assert "factbox" not in block_types(stored_body(pk)) and "lessons" not in block_types(stored_body(pk))
        assert factbox == [block for block in body if block["type"] == "factbox"]
        lesson_blocks = [block for block in body if block["type"] == "lessons"]
        in_blocks = [item["value"] for block in lesson_blocks for item in block["value"]["lessons"]]
        assert [lesson["value"] for lesson in lessons] == in_blocks
    old_draft = Revision.objects.get(pk=story_draft.pk).content
    assert json.loads(old_draft["factbox"])[0]["value"]["title"] == "Feiten uit het concept"

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert Revision.objects.count() == revisions_before

    for essay in EssayPage.objects.all():
        # The order visitors saw until now: by name.
        assert [person.pk for person in essay.authors] == by_name(links[essay.pk]), essay.title
        live = Revision.objects.get(pk=essay.live_revision_id)
        assert revision_authors(live) == by_name(links[essay.pk]), essay.title
    assert revision_authors(Revision.objects.get(pk=essay_draft.pk)) == by_name(p.pk for p in draft_people)
    # The edit form opens the draft with its authors.
    opened = Revision.objects.get(pk=essay_draft.pk).as_object()
    assert [person.pk for person in opened.authors] == by_name(p.pk for p in draft_people)

    for story in StoryPage.objects.all():
        # The demo puts the fact box first and the lessons last, as the migration does.
        assert stored_body(story.pk) == bodies[story.pk], story.title
        live = Revision.objects.get(pk=story.live_revision_id)
        assert without_ids(live.content["body"]) == bodies[story.pk], story.title
        assert "factbox" not in live.content and "lessons" not in live.content
    opened = Revision.objects.get(pk=story_draft.pk).as_object()
    assert opened.body[0].block_type == "factbox"
    assert opened.body[0].value["title"] == "Feiten uit het concept"
