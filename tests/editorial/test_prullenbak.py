"""Prullenbak: a page taken offline comes back as visitors saw it when it
went offline, never with a draft written since; that draft is compared and
goes to review. "Offline sinds" is the moment it went offline."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, WorkflowState

from articles import dates
from articles.models import StoryPage
from articles.permissions import EDITORS, REVIEWERS

from ..admin_forms import complete_content_form_data
from ..factories import make_content
from .test_workflow import edit_url, login_as

pytestmark = pytest.mark.django_db


def restore_url(page):
    return reverse("prullenbak_restore", args=[page.pk])


@pytest.fixture
def offline_story_with_newer_draft(client, django_user_model, tree):
    """A reviewed story taken offline by an Eindredacteur; then a Redacteur
    saves an unreviewed draft of it."""
    reviewer = login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    story = make_content(tree, StoryPage, "Samen bouwen")
    story.save_revision(user=reviewer).publish(user=reviewer)
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk])).status_code == 302
    login_as(client, django_user_model, "redacteur", EDITORS)
    data = complete_content_form_data(StoryPage, "Samen bouwen (ONGEKEURD CONCEPT)", slug=story.slug)
    assert client.post(edit_url(story), data).status_code == 302
    client.force_login(reviewer)
    return StoryPage.objects.get(pk=story.pk)


def test_restore_publishes_the_version_that_was_live_and_sends_the_newer_draft_to_review(
    client, offline_story_with_newer_draft
):
    story = offline_story_with_newer_draft
    page = client.get(restore_url(story))
    assert page.status_code == 200
    html = page.content.decode()
    assert "nieuwer concept" in html and "ONGEKEURD CONCEPT" in html  # the comparison shows the draft's title

    assert client.post(restore_url(story)).status_code == 302
    story.refresh_from_db()
    assert story.live
    assert story.title == "Samen bouwen"  # what visitors see: the reviewed version
    assert story.get_latest_revision().as_object().title == "Samen bouwen (ONGEKEURD CONCEPT)"
    assert story.has_unpublished_changes
    state = WorkflowState.objects.get(object_id=str(story.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.revision_id == story.latest_revision_id
    assert client.get(story.url).content.decode().count("ONGEKEURD") == 0


def test_offline_since_is_when_the_page_went_offline_not_the_last_edit(client, offline_story_with_newer_draft):
    story = offline_story_with_newer_draft
    page = client.get(reverse("prullenbak"))
    row = next(row for row in page.context["pages"] if row.pk == story.pk)
    unpublished = PageLogEntry.objects.get(page=story, action="wagtail.unpublish").timestamp
    assert row.offline_since == unpublished
    assert row.offline_since < story.latest_revision_created_at
    assert dates.date_and_time(unpublished) in page.content.decode()


def test_an_editor_cannot_open_the_restore(client, django_user_model, offline_story_with_newer_draft):
    login_as(client, django_user_model, "redacteur2", EDITORS)
    story = offline_story_with_newer_draft
    assert client.get(restore_url(story)).status_code in (302, 403)
    client.post(restore_url(story))
    assert not Page.objects.get(pk=story.pk).live
