"""One publication date: going live sets it, unless an editor set one on
purpose; a later publish keeps it."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from articles.models import EssayPage, StoryPage
from articles.permissions import REVIEWERS

from ..admin_forms import add_url, complete_content_form_data
from ..editorial.test_workflow import login_as

pytestmark = pytest.mark.django_db
PUBLISH = {"action-publish": "action-publish"}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_going_live_sets_the_date_and_a_later_publish_keeps_it(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = {**complete_content_form_data(StoryPage, "Live vandaag"), "publication_date": ""}
    assert client.post(add_url(StoryPage, tree.stories), {**data, **PUBLISH}).status_code == 302
    page = StoryPage.objects.get()
    today = timezone.localdate()
    assert page.publication_date == today
    # The edit form shows it, so a later publish (a week on) keeps it.
    form_value = client.get(edit_url(page)).context["form"].initial["publication_date"]
    assert form_value == today
    later = timezone.now() + datetime.timedelta(days=7)
    theme = page.themes.first()
    with mock.patch("django.utils.timezone.now", return_value=later):
        again = complete_content_form_data(StoryPage, "Live vandaag", slug=page.slug, themes=[theme])
        client.post(edit_url(page), {**again, "publication_date": today.isoformat(), **PUBLISH})
    page.refresh_from_db()
    assert page.publication_date == today


def test_going_live_rewrites_no_stored_revision(client, django_user_model, tree):
    """Revisions are history: the draft that goes live keeps what was saved
    (no date), while the page and the edit form have the go-live day."""
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = {**complete_content_form_data(StoryPage, "Eerst concept"), "publication_date": ""}
    assert client.post(add_url(StoryPage, tree.stories), data).status_code == 302
    page = StoryPage.objects.get()
    revision = page.get_latest_revision()
    saved = revision.content
    revision.publish()
    assert Revision.objects.get(pk=revision.pk).content == saved
    page.refresh_from_db()
    assert page.publication_date == timezone.localdate()
    assert client.get(edit_url(page)).context["form"].initial["publication_date"] == timezone.localdate()


def test_publishing_again_keeps_the_date_when_the_form_had_none(client, django_user_model, tree):
    """A revision saved before the first publish (no date) published again
    later, e.g. restored from the Prullenbak, keeps the page's date."""
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = {**complete_content_form_data(StoryPage, "Terug van weg"), "publication_date": ""}
    client.post(add_url(StoryPage, tree.stories), {**data, **PUBLISH})
    page = StoryPage.objects.get()
    first_date, first_revision = page.publication_date, page.get_latest_revision()
    page.unpublish()
    later = timezone.now() + datetime.timedelta(days=9)
    with mock.patch("django.utils.timezone.now", return_value=later):
        first_revision.publish()
    page.refresh_from_db()
    assert page.live and page.publication_date == first_date


def test_a_date_set_on_purpose_is_kept(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    data = {**complete_content_form_data(StoryPage, "Oud verhaal"), "publication_date": "2021-03-04"}
    client.post(add_url(StoryPage, tree.stories), {**data, **PUBLISH})
    assert StoryPage.objects.get().publication_date == datetime.date(2021, 3, 4)


def test_a_scheduled_page_gets_the_go_live_date_not_its_creation_date(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    go_live_at = timezone.localtime() + datetime.timedelta(days=2)
    data = {
        **complete_content_form_data(EssayPage),
        "publication_date": "",
        "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M"),
        **PUBLISH,
    }
    assert client.post(add_url(EssayPage, tree.essays), data).status_code == 302
    page = EssayPage.objects.get()
    assert not page.live
    assert page.publication_date is None  # no "Gepubliceerd op" its creation date

    assert Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).exists()
    moment = timezone.now() + datetime.timedelta(days=2, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert page.publication_date == timezone.localtime(moment).date()
