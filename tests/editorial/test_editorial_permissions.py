"""Rights per section: both groups work inside the sections, never at Root
or on the home page; nobody deletes the home page or a section; editors take
pages offline instead of deleting them, and the Prullenbak brings them back."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow

from articles.models import StandardPage, StoryPage
from articles.permissions import EDITORS, REVIEWERS
from overheidvannu.templatetags import navigation_tags

from ..admin_forms import add_url, complete_content_form_data
from ..factories import make_content, make_person
from .test_workflow import login_as

pytestmark = pytest.mark.django_db


def test_wagtail_default_groups_and_workflow_are_gone(db):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_rights_sit_on_each_section_not_on_root_or_home(tree):
    root, home = Page.get_first_root_node(), tree.home
    for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS]):
        pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
        assert root.pk not in pages and home.pk not in pages
        for section in (tree.kennisbank, tree.stories, tree.essays, tree.tips, tree.events, tree.opgaven, tree.regions):
            assert section.pk in pages, (group.name, section.title)
        assert not GroupPagePermission.objects.filter(
            group=group, permission__codename__in=["bulk_delete_page", "delete_page"]
        ).exists()


@pytest.mark.parametrize("group_name", [EDITORS, REVIEWERS])
def test_no_group_creates_at_root_or_on_home(client, django_user_model, tree, group_name):
    user = login_as(client, django_user_model, "iemand", group_name)
    assert not Page.get_first_root_node().permissions_for_user(user).can_add_subpage()
    assert not tree.home.permissions_for_user(user).can_add_subpage()
    assert tree.stories.permissions_for_user(user).can_add_subpage()
    response = client.post(add_url(StoryPage, tree.stories), complete_content_form_data(StoryPage))
    assert response.status_code == 302
    assert StoryPage.objects.exists()


@pytest.mark.parametrize("group_name", [EDITORS, REVIEWERS])
def test_no_group_deletes_home_sections_or_pages(client, django_user_model, tree, group_name):
    user = login_as(client, django_user_model, "iemand", group_name)
    story = make_content(tree, StoryPage, "Een verhaal")
    for page in (tree.home, tree.stories, tree.opgaven, story):
        assert not page.specific.permissions_for_user(user).can_delete(), page.title
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert response.status_code in (302, 403)
        assert Page.objects.filter(pk=page.pk).exists()


def test_even_a_superuser_cannot_delete_home_or_a_section(client, django_user_model, tree):
    admin = login_as(client, django_user_model, "beheer", superuser=True)
    for page in (tree.home, tree.stories):
        assert not page.specific.permissions_for_user(admin).can_delete()
        assert not page.specific.permissions_for_user(admin).can_move()
        client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert Page.objects.filter(pk=page.pk).exists()
    story = make_content(tree, StoryPage, "Weg ermee")
    assert story.permissions_for_user(admin).can_delete()


def test_reviewer_takes_a_page_offline_and_restores_it_from_the_prullenbak(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    story = make_content(tree, StoryPage, "Tijdelijk weg")
    story.save_revision().publish()
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    assert response.status_code == 302
    story.refresh_from_db()
    assert not story.live
    trash = client.get(reverse("prullenbak"))
    assert trash.status_code == 200
    assert "Tijdelijk weg" in trash.content.decode()
    response = client.post(reverse("prullenbak_restore", args=[story.pk]))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
    edit_link = reverse("wagtailadmin_pages:edit", args=[story.pk])
    assert edit_link not in client.get(reverse("prullenbak")).content.decode()


def test_editor_cannot_restore_from_the_prullenbak(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    story = make_content(tree, StoryPage, "Offline", live=False)
    client.post(reverse("prullenbak_restore", args=[story.pk]))
    story.refresh_from_db()
    assert not story.live


def test_home_page_is_edited_by_the_functional_administrator_only(client, django_user_model, tree):
    editor = login_as(client, django_user_model, "redacteur", EDITORS)
    assert not tree.home.permissions_for_user(editor).can_edit()
    admin = login_as(client, django_user_model, "beheer", superuser=True)
    assert tree.home.permissions_for_user(admin).can_edit()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[tree.home.pk])).status_code == 200


# --- Sections and legal pages stay online --------------------------------------


def legal_page(tree, slug="toegankelijkheid"):
    return tree.home.add_child(instance=StandardPage(title=slug.capitalize(), slug=slug, intro="Verklaring."))


def test_a_reviewer_cannot_take_a_section_or_legal_page_offline_or_copy_it(client, django_user_model, tree):
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    statement = legal_page(tree)
    for page in (tree.stories, statement):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        assert response.status_code in (302, 403)
        assert Page.objects.get(pk=page.pk).live, page.title
        client.post(
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": tree.home.pk, "copy_subpages": "on"},
        )
        assert not Page.objects.filter(slug="kopie").exists()
    # Nor offered: the explorer's buttons and the edit page's menu leave them out.
    listing = client.get(reverse("wagtailadmin_explore", args=[tree.home.pk])).content.decode()
    assert reverse("wagtailadmin_pages:unpublish", args=[tree.stories.pk]) not in listing
    assert reverse("wagtailadmin_pages:copy", args=[tree.stories.pk]) not in listing
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk])).content.decode()
    assert reverse("wagtailadmin_pages:unpublish", args=[statement.pk]) not in edit
    # Bulk: taking the section offline with others leaves it online.
    story = make_content(tree, StoryPage, "Gewoon verhaal")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    client.post(f"{url}?id={tree.stories.pk}&id={story.pk}")
    assert Page.objects.get(pk=tree.stories.pk).live


def test_a_superuser_may_take_a_section_offline_and_the_navigation_leaves_it_out(client, django_user_model, tree):
    login_as(client, django_user_model, "beheer", superuser=True)
    assert "/verhalen/" in client.get("/kennisbank/").content.decode()
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[tree.stories.pk]))
    assert response.status_code == 302
    assert not Page.objects.get(pk=tree.stories.pk).live
    client.logout()
    html = client.get("/kennisbank/").content.decode()
    assert 'href="/verhalen/"' not in html
    assert 'href="/kennisbank/"' in html


def test_a_section_taken_offline_by_another_process_leaves_the_navigation_on_the_next_request(client, tree):
    """Another gunicorn process took the section offline: no signal reaches
    this one, only the change that process counted in the shared cache."""
    assert 'href="/verhalen/"' in client.get("/kennisbank/").content.decode()
    # That process's unpublish, as this one sees it: the row, and the count its signal handler adds on commit.
    Page.objects.filter(pk=tree.stories.pk).update(live=False)
    navigation_tags._count_section_change()
    html = client.get("/kennisbank/").content.decode()
    assert 'href="/verhalen/"' not in html
    assert 'href="/kennisbank/"' in html


def test_bulk_actions_that_would_refuse_every_page_are_not_offered(client, django_user_model, tree):
    make_content(tree, StoryPage, "Een verhaal")
    login_as(client, django_user_model, "redacteur", EDITORS)
    listing = client.get(reverse("wagtailadmin_explore", args=[tree.stories.pk])).content.decode()
    for action in ("delete", "move", "publish", "unpublish"):
        assert reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) not in listing, action
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    listing = client.get(reverse("wagtailadmin_explore", args=[tree.stories.pk])).content.decode()
    assert reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) in listing
    assert reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) not in listing
    # Vocabulary: deleting is the Eindredactie's.
    make_person("Anna Appel")
    people = client.get(reverse("wagtailsnippets_articles_person:list")).content.decode()
    assert reverse("wagtail_bulk_action", args=["articles", "person", "delete"]) in people
    login_as(client, django_user_model, "redacteur2", EDITORS)
    people = client.get(reverse("wagtailsnippets_articles_person:list")).content.decode()
    assert reverse("wagtail_bulk_action", args=["articles", "person", "delete"]) not in people


def test_a_page_that_can_live_in_one_place_only_offers_no_move(client, django_user_model, tree):
    admin = login_as(client, django_user_model, "beheer", superuser=True)
    story = make_content(tree, StoryPage, "Blijft staan")
    assert not story.permissions_for_user(admin).can_move()
    about = legal_page(tree, "over")
    child = about.add_child(instance=StandardPage(title="Team", slug="team", intro="Wie."))
    assert Page.objects.get(pk=child.pk).permissions_for_user(admin).can_move()  # below "over" or the home page


def test_the_home_pages_listing_offers_no_bulk_unpublish_but_to_a_superuser(client, django_user_model, tree):
    """The home page's children are the sections and legal pages: selected
    there, "Publicatie intrekken" would refuse every one of them."""
    legal_page(tree)
    unpublish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    login_as(client, django_user_model, "eindredacteur", REVIEWERS)
    home = client.get(reverse("wagtailadmin_explore", args=[tree.home.pk])).content.decode()
    assert 'data-bulk-action-footer="PAGE"' in home  # the bulk actions are there, without this one
    assert unpublish not in home
    assert unpublish in client.get(reverse("wagtailadmin_explore", args=[tree.stories.pk])).content.decode()
    login_as(client, django_user_model, "beheer", superuser=True)
    assert unpublish in client.get(reverse("wagtailadmin_explore", args=[tree.home.pk])).content.decode()
