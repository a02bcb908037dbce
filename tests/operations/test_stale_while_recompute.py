"""After a change, derived data (facet counts) is served from the previous
content version while a task recomputes it, so no visitor's request pays for
the recount; such a response is cacheable for seconds only."""

import pytest
from django_tasks_db.models import DBTaskResult

from articles import content_cache
from overheidvannu.operations.frontend_cache import warm_paths_task

from ..factories import make_content, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def serve_stale(settings):
    settings.CONTENT_CACHE_SERVE_STALE = True
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_BACKEND = "database"


def test_previous_value_is_served_and_flagged_until_recomputed(serve_stale):
    assert content_cache.cached("demo", lambda: 1) == 1
    content_cache.bump_content_version()
    assert content_cache.cached("demo", lambda: 2) == 1
    assert content_cache.take_served_stale() is True
    assert content_cache.take_served_stale() is False
    content_cache.state.fresh = True
    try:
        assert content_cache.cached("demo", lambda: 2) == 2
    finally:
        content_cache.state.fresh = False
    assert content_cache.cached("demo", lambda: 3) == 2
    assert content_cache.take_served_stale() is False


def test_without_serve_stale_a_change_recomputes_in_the_request(settings):
    settings.CONTENT_CACHE_SERVE_STALE = False
    assert content_cache.cached("demo", lambda: 1) == 1
    content_cache.bump_content_version()
    assert content_cache.cached("demo", lambda: 2) == 2


def test_listing_served_stale_is_kept_briefly_and_a_recount_is_queued(serve_stale, client, tree):
    make_content(tree, title="Eerste", themes=[make_theme()])
    assert "max-age=300" in client.get("/kennisbank/")["Cache-Control"]
    make_content(tree, title="Tweede", themes=[make_theme()])  # bumps the content version
    response = client.get("/kennisbank/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=5"
    assert "Tweede" in response.content.decode(), "the results themselves are never stale"
    refresh = DBTaskResult.objects.filter(task_path__endswith="warm_paths_task")
    assert refresh.count() == 1
    client.get("/kennisbank/")
    assert refresh.count() == 1, "one recount per address, however many requests"


def test_the_recount_task_renders_the_page_in_the_worker_and_the_next_visitor_gets_fresh_counts(
    serve_stale, client, tree
):
    theme = make_theme("Wonen")
    make_content(tree, title="Eerste", themes=[theme])
    client.get("/kennisbank/")
    make_content(tree, title="Tweede", themes=[theme])
    assert client.get("/kennisbank/")["Cache-Control"] == "public, max-age=5"

    # What the worker runs (no test client in it: the site's own WSGI handler).
    warm_paths_task.call(["/kennisbank/"])
    response = client.get("/kennisbank/")
    assert "max-age=300" in response["Cache-Control"], "recounted by the task, not served stale again"
    assert content_cache.take_served_stale() is False
