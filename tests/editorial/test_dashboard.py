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
    start = html.index(f'id="{panel_id}')
    return html[start : start + 4000]


def test_dashboard_panels(client, django_user_model, tree):
    editor = login_as(client, django_user_model, "redacteur", EDITORS)
    draft = make_content(tree, StoryPage, "Mijn halve verhaal", live=False)
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
