"""Themes, people and organisations have drafts, revisions and the review
workflow; a theme's new slug leaves a redirect from its old address."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import WorkflowContentType, WorkflowState

from articles.models import Organisation, Person, Theme
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.editorial.roles import WORKFLOW_NAME

from ..factories import make_theme
from .test_workflow import login_as

pytestmark = pytest.mark.django_db


def snippet_url(model, action, *args):
    return reverse(f"wagtailsnippets_articles_{model._meta.model_name}:{action}", args=args)


THEME_DATA = {"name": "Sturen in netwerken", "slug": "sturen-in-netwerken", "description": "Over netwerken."}


@pytest.mark.parametrize("model", [Theme, Person, Organisation])
def test_vocabulary_is_under_the_review_workflow(db, model):
    assignment = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(model))
    assert assignment.workflow.name == WORKFLOW_NAME


def test_editor_saves_a_theme_as_draft_and_submits_it(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    response = client.post(snippet_url(Theme, "add"), {**THEME_DATA, "action-submit": "action-submit"})
    assert response.status_code == 302
    theme = Theme.objects.get(slug="sturen-in-netwerken")
    assert not theme.live
    assert theme.revisions.count() == 1
    assert WorkflowState.objects.filter(object_id=str(theme.pk), status="in_progress").exists()
    # Not public while in review.
    assert client.get("/thema/sturen-in-netwerken/").status_code == 404
    # Nor can the Redacteur publish it.
    response = client.post(snippet_url(Theme, "edit", theme.pk), {**THEME_DATA, "action-publish": "action-publish"})
    theme.refresh_from_db()
    assert not theme.live


def test_reviewer_publishes_a_person(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    response = client.post(
        snippet_url(Person, "add"),
        {"name": "Anna de Vries", "role": "", "organisation": "", "photo": "", "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Anna de Vries")
    assert person.live and person.live_revision_id


def test_a_new_theme_slug_redirects_the_old_address(client, django_user_model, tree):
    theme = make_theme("Sterk bestuur", slug="sterk-bestuur")
    assert client.get("/thema/sterk-bestuur/").status_code == 200
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = {"name": "Sterk bestuur", "slug": "krachtig-bestuur", "description": "Over bestuur."}
    response = client.post(snippet_url(Theme, "edit", theme.pk), {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    client.logout()
    old = client.get("/thema/sterk-bestuur/")
    assert old.status_code == 301
    assert old["Location"].endswith("/thema/krachtig-bestuur/")
    assert client.get("/thema/krachtig-bestuur/").status_code == 200

    # Renaming back drops the redirect that would now loop.
    theme.refresh_from_db()
    theme.slug = "sterk-bestuur"
    theme.save()
    assert client.get("/thema/sterk-bestuur/").status_code == 200
    assert client.get("/thema/krachtig-bestuur/").status_code == 301
    assert not Redirect.objects.filter(old_path="/thema/sterk-bestuur").exists()


def test_a_draft_slug_change_does_not_move_the_live_theme(client, django_user_model, tree):
    theme = make_theme("Politiek en bestuur", slug="politiek-en-bestuur")
    login_as(client, django_user_model, "redacteur", EDITORS)
    data = {"name": "Politiek en bestuur", "slug": "politiek", "description": "Over politiek."}
    client.post(snippet_url(Theme, "edit", theme.pk), data)
    theme.refresh_from_db()
    assert theme.slug == "politiek-en-bestuur"
    assert not Redirect.objects.exists()
