"""An Eindredacteur in a real Chromium: admin pages make no request to
another origin (no Gravatar), the dashboard shows the editorial panels, and
a public page shows the userbar with the accessibility checker. With
EDITORIAL_SHOTS=<dir> it saves screenshots of the dashboard and the checker."""

import os
from pathlib import Path

import pytest

from .conftest import site_manage
from .helpers import sign_in_to_admin

CREATE_REVIEWER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username="esther", defaults={"email": "eind@example.org"})
user.first_name = "Esther"
user.set_password("eindredactie-wachtwoord")
user.save()
user.groups.add(Group.objects.get(name="Eindredacteuren"))
"""

ADMIN_PATHS = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/snippets/articles/theme/", "/admin/prullenbak/"]


@pytest.fixture(scope="module")
def reviewer(site_url):
    """Esther, Eindredacteur on the served site: made once for the module."""
    site_manage("shell", "-c", CREATE_REVIEWER)


@pytest.fixture
def reviewer_page(context, reviewer):
    page = context.new_page()
    sign_in_to_admin(page, "esther", "eindredactie-wachtwoord")
    return page


def shots_dir():
    target = os.environ.get("EDITORIAL_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
    return target


def test_admin_pages_request_nothing_from_another_origin(context, reviewer_page):
    for path in ADMIN_PATHS:
        response = reviewer_page.goto(path)
        assert response.status == 200, path
        reviewer_page.wait_for_load_state("networkidle")
    assert context.request_log.foreign() == []
    assert reviewer_page.locator("img[src*='gravatar']").count() == 0


def test_reviewer_dashboard_and_accessibility_checker(context, reviewer_page):
    reviewer_page.goto("/admin/")
    for heading in ("Mijn concepten", "Ingepland", "Niet bijgewerkt in een jaar"):
        assert reviewer_page.get_by_role("heading", name=heading).count() >= 1, heading
    target = shots_dir()
    if target:
        reviewer_page.set_viewport_size({"width": 1400, "height": 1800})
        reviewer_page.screenshot(path=f"{target}/dashboard-eindredacteur.png", full_page=True)

    reviewer_page.goto("/verhalen/")
    story = reviewer_page.locator("#resultaten li a").first.get_attribute("href")
    reviewer_page.goto(story)
    userbar = reviewer_page.locator("wagtail-userbar")
    assert userbar.count() == 1
    reviewer_page.locator("#wagtail-userbar-trigger").click()
    edit_link = reviewer_page.locator("wagtail-userbar a[href*='/admin/pages/'][href$='/edit/']")
    assert edit_link.count() >= 1
    if target:
        reviewer_page.screenshot(path=f"{target}/userbar-open.png")
    reviewer_page.locator("#checker-trigger").click()
    reviewer_page.wait_for_timeout(2000)
    if target:
        reviewer_page.screenshot(path=f"{target}/toegankelijkheidscontrole.png")
    assert context.request_log.foreign() == []
