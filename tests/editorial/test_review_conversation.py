"""The conversation of a review: the writer hears about comments and replies
on their page by mail, and after "request changes" sees one resubmit button."""

import pytest
from django.urls import reverse
from wagtail.models import Comment

from articles.permissions import EDITORS, REVIEWERS

from ..admin_forms import comment_data
from .test_editorial_actions import reject_with_comment
from .test_workflow import edit_url, login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db


def reply_data(page, comment, text):
    """The edit form with the existing comment and one new reply to it."""
    data = comment_data(page, comment.text)
    data.update(
        {
            "comments-INITIAL_FORMS": "1",
            "comments-0-id": str(comment.pk),
            "comments-0-replies-TOTAL_FORMS": "1",
            "comments-0-replies-0-id": "",
            "comments-0-replies-0-text": text,
            "comments-0-replies-0-DELETE": "",
        }
    )
    return data


def test_the_writer_is_mailed_about_comments_and_replies_on_their_page(client, django_user_model, tree, smtp):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    smtp.pop_all()
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    assert client.post(edit_url(page), comment_data(page, "Klopt dit cijfer?")).status_code == 302
    first = smtp.wait_for(1)
    assert any("redacteur@example.org" in message.recipients for message in first)
    smtp.pop_all()

    comment = Comment.objects.get(page=page)
    response = client.post(edit_url(page), reply_data(page, comment, "Ik zocht het na: het is 12 procent."))
    assert response.status_code == 302
    replies = smtp.wait_for(1)
    assert any("redacteur@example.org" in message.recipients for message in replies)
    assert comment.replies.count() == 1


def test_after_request_changes_the_writer_sees_one_resubmit_button(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    reject_with_comment(client, page, "Graag een bron.", "r" * 32)
    login_as(client, django_user_model, "redacteur2", EDITORS)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-restart-workflow"' not in html
