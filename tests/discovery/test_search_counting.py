"""Popular search terms are counted through Wagtail's own API, as a task
outside the visitor's request (issue 20), and the editors' report shows
which searches found nothing (issue 23), so they know what to add."""

import pytest
from django.contrib.auth.models import Group
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.search_promotions.models import Query

from articles.models import StoryPage
from articles.permissions import EDITORS

from ..factories import make_content
from .search_results import search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

COUNT_TASK = "overheidvannu.discovery.search.counting.count_search_task"


def run_queued(task_path):
    """What the worker does with the queued rows of `task_path`."""
    for row in DBTaskResult.objects.filter(task_path=task_path):
        import_string(row.task_path).call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])


def test_a_search_is_counted_by_the_worker_not_in_the_visitors_request(client, tree, database_tasks):
    make_content(tree, StoryPage, "Woningbouw in de kernen")
    assert client.get("/zoeken/?q=Woningbouw").status_code == 200
    assert not Query.objects.exists()  # nothing counted while the visitor waits
    assert DBTaskResult.objects.filter(task_path=COUNT_TASK).count() == 1

    run_queued(COUNT_TASK)
    query = Query.objects.get()
    assert (query.query_string, query.hits) == ("woningbouw", 1)
    assert query.search_term_results.results == 1


def test_the_editors_see_which_searches_found_nothing(client, tree, django_user_model):
    make_content(tree, StoryPage, "Woningbouw in de kernen")
    for text in ("woningbouw", "woningbouw", "warmtepompsubsidie"):
        assert client.get("/zoeken/", {"q": text}).status_code == 200
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)

    report = client.get("/admin/zoektermen/").content.decode()
    assert "Resultaten (laatste keer)" in report
    assert "warmtepompsubsidie" in report and "woningbouw" in report
    nothing_found = client.get("/admin/zoektermen/?found_nothing=true").content.decode()
    assert "warmtepompsubsidie" in nothing_found and "woningbouw" not in nothing_found
    found = client.get("/admin/zoektermen/?found_nothing=false").content.decode()
    assert "woningbouw" in found and "warmtepompsubsidie" not in found


def test_the_count_is_the_words_own_whatever_the_filters(client, tree):
    make_content(tree, StoryPage, "Woningbouw in de kernen")
    client.get("/zoeken/?q=woningbouw&type=evenement")  # no event: 0 shown, but the words find one
    assert Query.objects.get(query_string="woningbouw").search_term_results.results == 1


def test_queries_are_counted_for_the_admin(client, tree):
    search(client, "q=woning")
    search(client, "q=Woning")
    search(client, "q=woning&pagina=1&sorteer=nieuw")
    search(client, "")
    assert Query.get("woning").hits == 3
    assert [q.query_string for q in Query.get_most_popular()] == ["woning"]


def test_popular_queries_are_visible_in_the_admin(client, admin_user, tree):
    search(client, "q=energietransitie")
    client.force_login(admin_user)
    response = client.get("/admin/searchpicks/queries/chooser/results/?q=energie")
    assert response.status_code == 200
    assert "energietransitie" in response.content.decode()
