"""The userbar ("Bewerk deze pagina" and the accessibility checker) for
logged-in editors only; visitors get the same cookie-free, CSP-strict page."""

import pytest
from django.urls import reverse

from articles.models import StoryPage
from articles.permissions import EDITORS

from ..factories import make_content
from .test_workflow import login_as

pytestmark = pytest.mark.django_db


def test_visitors_get_no_userbar_and_no_cookie(client, tree):
    page = make_content(tree, StoryPage, "Openbaar verhaal")
    response = client.get(page.url)
    html = response.content.decode()
    assert "wagtail-userbar" not in html
    assert not response.cookies
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_editors_get_the_userbar_with_the_site_checker(client, django_user_model, tree):
    page = make_content(tree, StoryPage, "Openbaar verhaal")
    login_as(client, django_user_model, "redacteur", EDITORS)
    html = client.get(page.url).content.decode()
    assert "<wagtail-userbar" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "checker-axe-configuration" in html
    assert "Afbeelding zonder tekstalternatief" in html
    assert '"include": ["main"]' in html or "&quot;main&quot;" in html or '["main"]' in html


def test_the_editor_checks_panel_uses_the_same_rules(client, django_user_model, tree):
    page = make_content(tree, StoryPage, "Openbaar verhaal")
    login_as(client, django_user_model, "redacteur", EDITORS)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Koppen slaan een niveau over" in html


def test_help_menu_has_no_english_guides(client, django_user_model, tree):
    login_as(client, django_user_model, "redacteur", EDITORS)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Editor Guide" not in html
    assert "editor-guide" not in html
