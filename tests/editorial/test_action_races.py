"""Each editorial action happens once, whatever runs beside it: autosave
arriving while "Publiceren" is under way writes no draft on top of the
published page, and two approvals sent at once are one approval, without a
server error.

The race tests run two real requests at once, each in its own thread with
its own database connection, on committed data."""

import threading

import pytest
from django.test import Client
from wagtail import hooks
from wagtail.models import Page

from articles.models import StoryPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.editorial.actions import ACTION_KEY_FIELD

from ..admin_forms import complete_content_form_data
from .test_workflow import PUBLISH, edit_url, login_as, submit_story_as_editor

# Transactional tests empty every table; put back what migrations made after the module.
pytestmark = pytest.mark.usefixtures("restore_migrated_data")


def story_form(page, title=None):
    return complete_content_form_data(StoryPage, title or page.title, slug=page.slug, themes=[page.themes.first()])


def autosave(client, page, data, loaded_revision):
    """What Wagtail's autosave sends: the edit form, as JSON, with the
    revision the editor loaded."""
    data = {
        **data,
        "loaded_revision_id": str(loaded_revision.pk),
        "loaded_revision_created_at": loaded_revision.created_at.isoformat(),
    }
    return client.post(edit_url(page), data, headers={"accept": "application/json"})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_autosave_during_publish_writes_no_draft_on_the_published_page(django_user_model, tree):
    reviewer_client = Client()
    reviewer = login_as(reviewer_client, django_user_model, "eindredacteur", REVIEWERS)
    story = StoryPage.objects.get(pk=submit_story_as_editor(login_client(django_user_model), tree).pk)
    loaded = story.get_latest_revision()

    publishing = threading.Event()
    go_on = threading.Event()

    def hold_publish(request, page):
        publishing.set()
        go_on.wait(10)

    results = {}

    def publish():
        results["publish"] = reviewer_client.post(edit_url(story), {**story_form(story, "Gepubliceerd"), **PUBLISH})

    autosave_client = Client()
    autosave_client.force_login(reviewer)
    with hooks.register_temporarily("after_publish_page", hold_publish):
        publisher = threading.Thread(target=publish)
        publisher.start()
        assert publishing.wait(10)
        saver = threading.Thread(
            target=lambda: results.__setitem__(
                "autosave", autosave(autosave_client, story, story_form(story, "Autosave erna"), loaded)
            )
        )
        saver.start()
        saver.join(1.5)  # it waits for the publish to finish
        assert saver.is_alive(), "autosave ran beside the publish"
        go_on.set()
        publisher.join(20)
        saver.join(20)

    assert results["publish"].status_code == 302
    assert results["autosave"].status_code == 400
    assert results["autosave"].json()["error_code"] == "invalid_revision"
    story = StoryPage.objects.get(pk=story.pk)
    assert story.live and story.title == "Gepubliceerd"
    assert not story.has_unpublished_changes, "a phantom draft sits on top of the published version"
    assert story.latest_revision_id == story.live_revision_id


def approve_with_comment(client, page, key):
    data = {
        **story_form(page),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": '{"comment": "Mooi stuk."}',
        ACTION_KEY_FIELD: key,
    }
    return client.post(edit_url(page), data, follow=True)


def login_client(django_user_model):
    client = Client()
    login_as(client, django_user_model, "redacteur", EDITORS)
    return client


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_approvals_at_once_are_one_approval_and_no_server_error(django_user_model, tree):
    story = submit_story_as_editor(login_client(django_user_model), tree)
    first, second = Client(raise_request_exception=False), Client(raise_request_exception=False)
    reviewer = login_as(first, django_user_model, "eindredacteur", REVIEWERS)
    second.force_login(reviewer)
    responses = []
    threads = [
        threading.Thread(target=lambda c=c, k=k: responses.append(approve_with_comment(c, story, k)))
        for c, k in ((first, "e" * 32), (second, "f" * 32))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(response.status_code for response in responses) == [200, 200]
    story = StoryPage.objects.get(pk=story.pk)
    assert story.live and not story.has_unpublished_changes
    assert Page.objects.get(pk=story.pk).live_revision_id == story.latest_revision_id
