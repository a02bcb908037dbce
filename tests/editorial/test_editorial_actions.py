"""Editorial actions are atomic and idempotent: with the mail server down an
action is applied completely or not at all, its retry once the server is up
is applied exactly once, and a double click is applied once."""

import re

import pytest
from django.core import mail
from wagtail.models import Comment, WorkflowState
from wagtail.signals import task_rejected

from articles.models import ProcessedAction, StoryPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.editorial.actions import ACTION_KEY_FIELD, NO_LONGER_POSSIBLE

from ..admin_forms import comment_data, complete_content_form_data
from ..servers import mail_server_down, smtp_server
from .test_action_races import approve_with_comment
from .test_workflow import edit_url, login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db

KEY = "0b9d7c1e-5f2a-4c3b-9d8e-7a6b5c4d3e2f"


@pytest.fixture
def mail_port(settings):
    """Mail goes straight over SMTP to a server that is down until the test starts it."""
    return mail_server_down(settings, timeout=2)


def reject_with_comment(client, page, text, key):
    """An Eindredacteur requests changes and leaves a comment, in one POST
    of the edit form (as the admin's "Wijzigingen aanvragen" does)."""
    state = WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()
    data = comment_data(page, text)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "reject",
            "workflow-action-extra-data": '{"comment": "Graag een bron."}',
            ACTION_KEY_FIELD: key,
        }
    )
    return client.post(edit_url(page), data), state


def test_request_changes_with_comment_is_all_or_nothing_and_retry_applies_once(
    client, django_user_model, tree, mail_port
):
    login_as(client, django_user_model, "redacteur", EDITORS)
    with smtp_server(mail_port):
        page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    client.raise_request_exception = False

    # The mail server is down: whatever fails, nothing is half-applied.
    response, state = reject_with_comment(client, page, "Is deze titel niet te lang?", KEY)
    failed_while_down = response.status_code >= 500
    if failed_while_down:
        assert not Comment.objects.filter(page=page).exists()
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert not ProcessedAction.objects.filter(key=KEY).exists()
    else:
        assert response.status_code == 302

    # The mail server is up again: the browser's retry is applied once.
    with smtp_server(mail_port) as server:
        response, _ = reject_with_comment(client, page, "Is deze titel niet te lang?", KEY)
        assert response.status_code == 302
        # A double click (the same form sent again) changes nothing more.
        again, _ = reject_with_comment(client, page, "Is deze titel niet te lang?", KEY)
        assert again.status_code == 302
    assert Comment.objects.filter(page=page).count() == 1
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert ProcessedAction.objects.filter(key=KEY).count() == 1
    if failed_while_down:
        assert any("redacteur@example.org" in message.recipients for message in server.messages)


def test_an_action_that_fails_half_way_leaves_nothing_behind(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    client.raise_request_exception = False

    def broken_mail(**kwargs):
        raise RuntimeError("mail server fault after the comment was stored")

    # A notification handler fails after the comment and the decision were written.
    task_rejected.connect(broken_mail, dispatch_uid="broken-mail")
    try:
        response, state = reject_with_comment(client, page, "Halve actie?", KEY)
    finally:
        task_rejected.disconnect(dispatch_uid="broken-mail")
    assert response.status_code == 500
    assert not Comment.objects.filter(page=page).exists()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not ProcessedAction.objects.exists()

    response, _ = reject_with_comment(client, page, "Halve actie?", KEY)
    assert response.status_code == 302
    assert Comment.objects.filter(page=page).count() == 1
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_resubmit_is_applied_once_on_a_double_click(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    reject_with_comment(client, page, "Graag een bron.", "a" * 32)
    login_as(client, django_user_model, "redacteur2", EDITORS)
    data = {
        **complete_content_form_data(StoryPage, page.title, slug=page.slug, themes=[page.themes.first()]),
        "action-submit": "action-submit",
        ACTION_KEY_FIELD: "b" * 32,
    }
    first = client.post(edit_url(page), data)
    second = client.post(edit_url(page), data, follow=True)
    assert first.status_code == 302
    assert "al uitgevoerd" in second.content.decode()
    states = WorkflowState.objects.filter(object_id=str(page.pk))
    assert states.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1
    assert page.revisions.count() == 3  # submit, reject with comment, resubmit


def test_a_form_without_key_still_works(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    submit_story_as_editor(client, tree)
    assert not ProcessedAction.objects.exists()
    assert len(mail.outbox) >= 0


def test_admin_pages_load_the_editorial_script(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    html = client.get("/admin/").content.decode()
    assert re.search(r'<script type="module" src="[^"]*js/admin-editorial\.js"', html)
    assert 'id="ovn-upload-limits"' in html


@pytest.mark.django_db
def test_approving_again_after_the_review_ended_is_refused_in_dutch(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    story = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    first = approve_with_comment(client, story, "c" * 32)
    assert first.status_code == 200
    story = StoryPage.objects.get(pk=story.pk)
    assert story.live
    revisions = story.revisions.count()

    # The same approval sent again, e.g. by a second tab or a form without key:
    # before, the edit view saved it as a new draft on top of the live page.
    second = approve_with_comment(client, story, "d" * 32)
    assert second.status_code == 200
    assert NO_LONGER_POSSIBLE in second.content.decode()
    story = StoryPage.objects.get(pk=story.pk)
    assert story.revisions.count() == revisions
    assert not story.has_unpublished_changes
    assert WorkflowState.objects.filter(object_id=str(story.pk), status="approved").count() == 1
