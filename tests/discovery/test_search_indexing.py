"""The search index follows the themes: a content page is found by the names
of its live themes, so a theme that goes live, is renamed, taken offline or
deleted is indexed again on every page linking it (a follow-up of wave 1);
and a re-index queued before search became a package still runs after it."""

import importlib

import pytest
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult, get_date_max

from articles.models import StoryPage

from ..factories import make_content, make_theme
from ..test_architecture import migrate
from .search_results import all_results

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

REINDEX_CONTENT_TASK = "overheidvannu.discovery.search.indexing.reindex_content_task"


def found(client, query):
    return [url for url, _title, kind in all_results(client, f"q={query}") if kind == "Verhaal"]


@pytest.fixture
def linked_draft_theme(tree):
    theme = make_theme("Klimaatadaptatie", live=False)
    story = make_content(tree, StoryPage, "Droge voeten in de polder", themes=[theme])
    return theme, story


def test_a_theme_that_goes_live_makes_its_pages_findable_by_its_name(client, linked_draft_theme):
    theme, story = linked_draft_theme
    assert found(client, "klimaatadaptatie") == []  # a draft's name finds nothing
    theme.save_revision().publish()
    assert found(client, "klimaatadaptatie") == [story.url]


def test_a_renamed_or_unpublished_theme_leaves_its_pages(client, linked_draft_theme):
    theme, story = linked_draft_theme
    theme.save_revision().publish()
    theme.name = "Hittebestendige wijken"
    theme.save_revision().publish()
    assert found(client, "klimaatadaptatie") == []
    assert found(client, "hittebestendige") == [story.url]
    theme.refresh_from_db()
    theme.unpublish()
    assert found(client, "hittebestendige") == []


def test_a_deleted_theme_leaves_its_pages(client, tree, django_capture_on_commit_callbacks):
    theme = make_theme("Klimaatadaptatie")
    story = make_content(tree, StoryPage, "Droge voeten in de polder", themes=[theme])
    assert found(client, "klimaatadaptatie") == [story.url]
    with django_capture_on_commit_callbacks(execute=True):
        theme.delete()
    assert found(client, "klimaatadaptatie") == []


def test_with_a_worker_the_pages_are_indexed_again_outside_the_editors_request(
    client, linked_draft_theme, database_tasks, django_capture_on_commit_callbacks
):
    theme, story = linked_draft_theme
    with django_capture_on_commit_callbacks(execute=True):
        theme.save_revision().publish()
    assert found(client, "klimaatadaptatie") == []  # queued, not done in the request
    (row,) = DBTaskResult.objects.filter(task_path=REINDEX_CONTENT_TASK)
    import_string(row.task_path).call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    assert found(client, "klimaatadaptatie") == [story.url]


# --- the move into the search package ------------------------------------------------------------

MIGRATION = importlib.import_module("overheidvannu.discovery.migrations.0005_queued_reindex_task_path")
OLD_PATH = "overheidvannu.discovery.indexing.reindex_page_task"


def test_a_reindex_queued_before_the_move_runs_after_it(client, tree):
    migrate([("discovery", "0004_search_term_results")])
    story = make_content(tree, StoryPage, "Een verhaal van voor de verhuizing")
    waiting = DBTaskResult.objects.create(
        task_path=OLD_PATH,
        status="READY",
        args_kwargs={"args": [story.pk], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        exception_class_path="",
        traceback="",
    )
    finished = DBTaskResult.objects.create(
        task_path=OLD_PATH,
        status="SUCCESSFUL",
        args_kwargs={"args": [story.pk], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        exception_class_path="",
        traceback="",
    )

    migrate([("discovery", "0005_queued_reindex_task_path")])
    waiting.refresh_from_db()
    finished.refresh_from_db()
    assert waiting.task_path == MIGRATION.MOVED_TASKS[OLD_PATH]
    assert waiting.task.func is import_string("overheidvannu.discovery.search.indexing.reindex_page_task").func
    assert finished.task_path == OLD_PATH  # it ran under its old name

    migrate([("discovery", "0004_search_term_results")])  # a rollback writes the old path back
    waiting.refresh_from_db()
    assert waiting.task_path == OLD_PATH
    migrate([("discovery", "0005_queued_reindex_task_path")])
