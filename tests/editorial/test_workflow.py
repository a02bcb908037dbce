"""The editorial workflow through the real admin views: a Redacteur writes and
submits, an Eindredacteur approves and the page goes live; scheduled
publishing, revisions, preview and comments work for every page type."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Revision, Workflow, WorkflowState
from wagtail.test.utils.form_data import streamfield

from articles.models import EssayPage, EventPage, StoryPage, TipPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.editorial.roles import WORKFLOW_NAME

from ..admin_forms import (
    add_url,
    approach_form_data,
    comment_data,
    complete_content_form_data,
    opgave_form_data,
    region_form_data,
    simple_form_data,
)
from ..factories import make_content, make_opgave, make_region

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "action-publish"}
SUBMIT = {"action-submit": "action-submit"}


def login_as(client, django_user_model, username, group_name=None, superuser=False):
    if superuser:
        user = django_user_model.objects.create_superuser(username, f"{username}@example.org", "geheim-wachtwoord")
    else:
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "geheim-wachtwoord")
        user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client, django_user_model):
    return login_as(client, django_user_model, "redacteur", EDITORS)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_story_as_editor(client, tree, title="Samen bouwen in de Achterhoek"):
    response = client.post(add_url(StoryPage, tree.stories), {**complete_content_form_data(StoryPage, title), **SUBMIT})
    assert response.status_code == 302
    return StoryPage.objects.get(title=title)


# --- Setup the post_migrate handler leaves behind -------------------------------------


def test_groups_and_workflow_exist_after_migrate(tree):
    editors, reviewers = Group.objects.get(name=EDITORS), Group.objects.get(name=REVIEWERS)
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    assert workflow.workflow_pages.filter(page=Page.get_first_root_node()).exists()
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [reviewers]
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    assert reviewers.page_permissions.filter(permission__codename="publish_page").exists()


def test_editorial_setup_can_run_twice(db):
    from overheidvannu.editorial.roles import ensure_editorial_setup

    ensure_editorial_setup()
    ensure_editorial_setup()
    assert Group.objects.filter(name__in=[EDITORS, REVIEWERS]).count() == 2
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


# --- A Redacteur writes and submits, but cannot publish ---------------------------------


def test_editor_can_create_a_story_and_submit_it_for_review(client, editor, tree):
    page = submit_story_as_editor(client, tree)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    # Anonymous visitors do not see it.
    client.logout()
    assert client.get(page.url).status_code == 404


def test_editor_publish_action_only_saves_a_draft(client, editor, tree):
    response = client.post(add_url(StoryPage, tree.stories), {**complete_content_form_data(StoryPage), **PUBLISH})
    assert response.status_code == 302
    page = StoryPage.objects.get()
    assert not page.live
    assert page.has_unpublished_changes


def test_editor_cannot_publish_an_existing_draft(client, editor, tree):
    page = make_content(tree, StoryPage, "Concept", live=False)
    data = complete_content_form_data(StoryPage, "Concept", slug=page.slug)
    client.post(edit_url(page), {**data, **PUBLISH})
    page.refresh_from_db()
    assert not page.live
    assert page.revisions.count() >= 1


def test_editor_cannot_change_a_story_while_it_is_in_review(client, editor, tree):
    page = submit_story_as_editor(client, tree)
    data = complete_content_form_data(StoryPage, "Stiekem aangepast", slug=page.slug)
    response = client.post(edit_url(page), data)
    assert response.status_code == 200  # the form comes back with the lock message
    page.refresh_from_db()
    assert page.get_latest_revision().content["title"] != "Stiekem aangepast"


def test_editor_edit_form_offers_no_publish_button(client, editor, tree):
    page = make_content(tree, StoryPage, "Concept", live=False, levels=["individu"])
    html = client.get(edit_url(page)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


# --- An Eindredacteur approves and the page goes live -------------------------------------


def test_reviewer_approves_and_the_page_goes_live(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state

    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert page.title in dashboard  # waiting for their review
    response = client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert client.get(page.url).status_code == 200


def test_editor_cannot_approve_their_own_submission(client, editor, tree):
    page = submit_story_as_editor(client, tree)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {})
    page.refresh_from_db()
    assert not page.live


def test_reviewer_can_reject_and_the_page_stays_offline(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Graag nog een bron toevoegen."},
    )
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES


def test_reviewer_can_publish_directly(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    response = client.post(add_url(TipPage, tree.tips), {**complete_content_form_data(TipPage), **PUBLISH})
    assert response.status_code == 302
    assert TipPage.objects.get().live


# --- Scheduled publishing ------------------------------------------------------------------


def test_scheduled_page_goes_live_when_its_time_has_come(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    go_live_at = timezone.localtime() + datetime.timedelta(days=2)
    data = {**complete_content_form_data(EssayPage), "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M"), **PUBLISH}
    assert client.post(add_url(EssayPage, tree.essays), data).status_code == 302
    page = EssayPage.objects.get()
    assert not page.live
    revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)

    call_command("publish_scheduled")  # too early: nothing happens
    page.refresh_from_db()
    assert not page.live

    # Let the clock pass the scheduled moment (moving the moment back instead
    # of the clock forward), then run the command that cron runs.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get(page.url).status_code == 200


# --- Revisions -------------------------------------------------------------------------------


def test_every_save_keeps_a_revision(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    client.post(add_url(StoryPage, tree.stories), complete_content_form_data(StoryPage, "Eerste versie"))
    page = StoryPage.objects.get()
    theme = page.themes.first()
    client.post(edit_url(page), complete_content_form_data(StoryPage, "Tweede versie", slug=page.slug, themes=[theme]))
    client.post(
        edit_url(page),
        {**complete_content_form_data(StoryPage, "Derde versie", slug=page.slug, themes=[theme]), **PUBLISH},
    )
    page.refresh_from_db()
    titles = [revision.content["title"] for revision in page.revisions.order_by("created_at")]
    assert titles == ["Eerste versie", "Tweede versie", "Derde versie"]
    assert page.live and page.title == "Derde versie"
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    first = page.revisions.order_by("created_at").first()
    old = client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first.pk]))
    assert old.status_code == 200
    assert "Eerste versie" in old.content.decode()


# --- Preview and comments for every page type ---------------------------------------------------


def pages_with_form_data(tree):
    """One page of every type with the edit-form data that renames it."""
    stories = make_content(tree, StoryPage, "Verhaal")
    essay = make_content(tree, EssayPage, "Essay")
    tip = make_content(tree, TipPage, "Tip")
    event = make_content(tree, EventPage, "Evenement")
    opgave = make_opgave(tree, "Toekomstbestendig wonen")
    region = make_region(tree, "Achterhoek")
    about = tree.add_standard_page("Over ons", "over")
    approach = tree.add_approach_page()
    pages = []
    for page in (stories, essay, tip, event):
        title = f"Voorbeeld van {page.title}"
        pages.append((page, complete_content_form_data(type(page), title, slug=page.slug)))
    pages.append((opgave, opgave_form_data("Voorbeeld van de opgave", slug=opgave.slug)))
    pages.append((region, region_form_data("Voorbeeld van de regio", slug=region.slug)))
    pages.append((about, simple_form_data("Voorbeeld van over ons", slug=about.slug, body=streamfield([]))))
    approach_data = approach_form_data("Voorbeeld van de aanpak")
    approach_data["slug"] = approach.slug
    pages.append((approach, approach_data))
    # The home page is left to the functional administrator (a superuser):
    # both groups' rights start at the sections, see overheidvannu/editorial/roles.py.
    for index in (tree.kennisbank, tree.stories, tree.essays, tree.tips, tree.events):
        pages.append((index, simple_form_data(f"Voorbeeld van {index.title}", slug=index.slug)))
    for index in (tree.opgaven, tree.regions):
        pages.append((index, simple_form_data(f"Voorbeeld van {index.title}", slug=index.slug)))
    return pages


PREVIEWED_TYPES = [
    "StoryPage",
    "EssayPage",
    "TipPage",
    "EventPage",
    "OpgavePage",
    "RegionPage",
    "StandardPage",
    "ApproachPage",
    "KennisbankPage",
    "StoryIndexPage",
    "EssayIndexPage",
    "TipIndexPage",
    "EventIndexPage",
    "OpgaveIndexPage",
    "RegionIndexPage",
]


@pytest.mark.django_db
class TestEveryPageType:
    """Preview and comments on one page of every type, built once for the class (`class_data`)."""

    @staticmethod
    def build_shared(tree):
        return pages_with_form_data(tree)

    @pytest.mark.parametrize("type_name", PREVIEWED_TYPES)
    def test_admin_preview_renders_unsaved_changes(self, client, django_user_model, class_data, type_name):
        login_as(client, django_user_model, "redacteur", EDITORS)
        page, data = next((p, d) for p, d in class_data if type(p.specific).__name__ == type_name)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        check = client.post(url, data)
        assert check.json()["is_valid"], check.json()
        response = client.get(url)
        assert response.status_code == 200
        assert escape(data["title"]) in response.content.decode()

    def test_comments_are_enabled_on_every_edit_form(self, client, editor, class_data):
        for page, _data in class_data:
            html = client.get(edit_url(page)).content.decode()
            assert 'id="comments-data"' in html, type(page).__name__


def test_preview_on_create_renders_a_new_story(client, editor, tree):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["articles", "storypage", tree.stories.pk])
    assert client.post(url, complete_content_form_data(StoryPage, "Nog niet opgeslagen")).json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Nog niet opgeslagen" in response.content.decode()
    assert not StoryPage.objects.exists()


def test_reviewer_can_comment_on_a_submitted_story(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    page = submit_story_as_editor(client, tree)
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = comment_data(page, "Is deze titel niet te lang?")
    response = client.post(edit_url(page), data)
    assert response.status_code == 302
    from wagtail.models import Comment

    assert Comment.objects.get(page=page).text == "Is deze titel niet te lang?"
