"""Editors see which queries visitors use and reviewers pin editors' picks."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query

from articles.permissions import EDITORS, REVIEWERS


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("group_name", [EDITORS, REVIEWERS])
def test_both_editorial_groups_see_the_popular_search_terms(client, group_name):
    Query.get("woningbouw").add_hit()
    Query.get("woningbouw").add_hit()
    Query.get("schuldhulp").add_hit()
    client.force_login(member_of(group_name, "lid"))
    dashboard = client.get("/admin/").content.decode()
    assert "Populaire zoektermen" in dashboard
    report = client.get("/admin/zoektermen/")
    assert report.status_code == 200
    html = report.content.decode()
    assert html.index("woningbouw") < html.index("schuldhulp")  # most searched first


@pytest.mark.django_db
def test_a_visitor_without_admin_rights_cannot_see_the_search_terms(client):
    client.force_login(get_user_model().objects.create_user("lezer", password="x"))
    assert client.get("/admin/zoektermen/").status_code in (302, 403)


@pytest.mark.django_db
def test_only_reviewers_manage_editors_picks(client):
    client.force_login(member_of(EDITORS, "redacteur"))
    assert client.get("/admin/searchpicks/add/").status_code in (302, 403)
    client.force_login(member_of(REVIEWERS, "eindredacteur"))
    assert client.get("/admin/searchpicks/add/").status_code == 200
