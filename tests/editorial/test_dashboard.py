"""The dashboard: my drafts, waiting for my review, scheduled, and content
not updated for a year."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import StoryPage, TipPage
from articles.permissions import EDITORS, REVIEWERS

from ..factories import make_content
from .test_workflow import login_as, submit_story_as_editor

pytestmark = pytest.mark.django_db


def panel(html, panel_id):
    """The HTML of one dashboard panel, up to the end of its table or text."""
    start = html.index(f'id="{panel_id}')
    ends = [html.find(end, start) for end in ("</table>", "</p>")]
    return html[start : min(end for end in ends if end != -1)]


def test_dashboard_panels(client, django_user_model, tree):
    editor = login_as(client, django_user_model, "redacteur", EDITORS)
    draft = make_content(tree, StoryPage, "Mijn halve verhaal", live=False, owner=editor)
    draft.save_revision(user=editor)
    submitted = submit_story_as_editor(client, tree, "Klaar voor review")

    stale = make_content(tree, TipPage, "Oude tip")
    stale.save_revision().publish()
    TipPage.objects.filter(pk=stale.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=400))

    scheduled = make_content(tree, TipPage, "Tip voor later", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=3)
    scheduled.save_revision(approved_go_live_at=scheduled.go_live_at)

    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn halve verhaal" in panel(html, "mijn-concepten")
    assert "Klaar voor review" not in panel(html, "mijn-concepten")  # in review, not a draft
    assert "Oude tip" in panel(html, "niet-bijgewerkt")
    assert "Tip voor later" in panel(html, "ingepland")

    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert submitted.title in html  # Wagtail's own "waiting for your review"
    assert "Je hebt geen concepten openstaan." in panel(html, "mijn-concepten")


def test_my_drafts_follow_the_page_owner_and_leave_out_scheduled_pages(client, django_user_model, tree):
    editor = login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree, "Verhaal van de redacteur")
    later = make_content(tree, TipPage, "Tip voor straks", live=False, owner=editor)
    later.go_live_at = timezone.now() + datetime.timedelta(days=3)
    later.save_revision(user=editor, approved_go_live_at=later.go_live_at)

    # The Eindredacteur asks for changes: the last revision is now theirs.
    reviewer = login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "reject", comment="Bron?")
    page.refresh_from_db()
    page.save_revision(user=reviewer)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Verhaal van de redacteur" not in panel(home, "mijn-concepten")

    client.force_login(editor)
    drafts = panel(client.get(reverse("wagtailadmin_home")).content.decode(), "mijn-concepten")
    assert "Verhaal van de redacteur" in drafts
    assert "Tip voor straks" not in drafts  # scheduled, not a draft
