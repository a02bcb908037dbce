"""The pictures (issue 11) in Chromium at phone and desktop width: zero axe
violations, nothing wider than the screen, the drawings visible; and the
editors' coverage panel and report in the admin.

With OVN_SHOTS_DIR set, full-page screenshots go there for a person to look at.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from overheidvannu.demo.loader import load

from .conftest import REPO, SITE_ENV, make_context
from .helpers import (
    AXE_OPTIONS,
    assert_no_axe_violations,
    assert_only_own_origin,
    format_violations,
    sign_in_to_admin,
)

pytestmark = pytest.mark.browser

DEMO = load()
SIZES = {"390": {"width": 390, "height": 844}, "1280": {"width": 1280, "height": 900}}
PAGES = {
    "opgaven": "/opgaven/",
    "regios": "/regios/",
    "opgave": f"/opgaven/{DEMO.opgaven[0]['slug']}/",
    "regio": f"/regios/{DEMO.regions[0]['slug']}/",
    "aanpak": "/aanpak/",
}
SHOTS = os.environ.get("OVN_SHOTS_DIR")


def shoot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


@pytest.fixture(params=list(SIZES))
def sized(request, browser, site_url):
    size = request.param
    phone = size == "390"
    context = make_context(browser, site_url, viewport=SIZES[size], is_mobile=phone, has_touch=phone)
    yield size, context
    context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_pictures_are_accessible_and_fit_the_screen(sized, name):
    size, context = sized
    page = context.new_page()
    response = page.goto(PAGES[name], wait_until="load")
    assert response.status == 200
    assert_no_axe_violations(page, f"{PAGES[name]} at {size}px")
    # The page never scrolls sideways; the matrix scrolls inside its own box.
    width = SIZES[size]["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
    for svg in page.locator(".ovn-picture__figure svg").all():
        box = svg.bounding_box()
        assert box and box["width"] > 150 and box["height"] > 150, f"a drawing on {name} is too small: {box}"
    if name in ("opgaven", "regios"):
        scroll = page.locator(".ovn-matrix__scroll")
        if size == "390":
            assert page.evaluate("el => el.scrollWidth > el.clientWidth", scroll.element_handle())
        links = page.locator("#opgaven-regios td a")
        assert links.count() > 0
        assert "/kennisbank/?opgave=" in links.first.get_attribute("href")
    assert_only_own_origin(context)
    shoot(page, f"{name}-{size}")


def test_matrix_link_leads_to_its_listing_with_the_same_number(page):
    page.goto("/opgaven/")
    link = page.locator("#opgaven-regios td a").first
    number = int(link.inner_text().split()[0])
    link.click()
    page.wait_for_url("**/kennisbank/?opgave=*")
    assert int(page.locator("#resultaten-aantal").inner_text().split()[0]) == number


@pytest.fixture(scope="module")
def admin_login(site_url):
    password = secrets.token_urlsafe(16)
    env = {**SITE_ENV, "DJANGO_SUPERUSER_PASSWORD": password}
    subprocess.run(
        [sys.executable, "manage.py", "createsuperuser", "--noinput", "--username", "dekking", "--email", "d@x.org"],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
    )
    return "dekking", password


@pytest.mark.parametrize("size", list(SIZES))
def test_coverage_panel_and_report_in_the_admin(browser, site_url, admin_login, size):
    context = make_context(browser, site_url, viewport=SIZES[size])
    try:
        page = context.new_page()
        sign_in_to_admin(page, *admin_login)
        panel = page.locator("#dekking-section")
        panel.wait_for()
        assert panel.locator("#dekking-niveau-opgave tbody tr").count() == len(DEMO.opgaven)
        axe = Axe()
        for url, selector in (("/admin/", "#dekking-section"), ("/admin/dekking/", "main")):
            if url != "/admin/":
                page.goto(url)
            violations = axe.run(page, context=selector, options=AXE_OPTIONS).response["violations"]
            assert not violations, format_violations(violations)
            shoot(page, f"admin-{'dashboard' if url == '/admin/' else 'rapport'}-{size}")
        assert page.locator("#dekking-thema-regio tbody tr").count() > 0
        # A cell leads to "Alle inhoud" filtered the same way, listing as many pages as it says.
        cell = page.locator("#dekking-niveau-opgave td:not(.ovn-coverage__cell--empty) a").first
        number = int(cell.inner_text().split()[0])
        cell.click()
        page.wait_for_url("**/admin/inhoud/?*")
        assert page.locator("[id^=page_][id$=_title]").count() == number
    finally:
        context.close()


def test_pictures_hold_up_in_forced_colours_and_print(page):
    page.emulate_media(forced_colors="active")
    page.goto("/regios/")
    land = page.locator(".ovn-map__land")
    # In forced colours the drawings use system colours, set by our stylesheet, not their brand colours.
    canvas, text = page.evaluate(
        """() => { const probe = document.createElement('div'); document.body.append(probe);
        probe.style.color = 'Canvas'; const canvas = getComputedStyle(probe).color;
        probe.style.color = 'CanvasText'; const text = getComputedStyle(probe).color; probe.remove();
        return [canvas, text]; }"""
    )
    assert land.evaluate("el => getComputedStyle(el).fill") == canvas
    assert land.evaluate("el => getComputedStyle(el).stroke") == text
    shoot(page, "regios-forced-colours-1280")
    page.goto("/opgaven/")
    shoot(page, "opgaven-forced-colours-1280")
    page.emulate_media(forced_colors="none", media="print")
    page.goto("/opgaven/")
    scroll = page.locator(".ovn-matrix__scroll")
    assert scroll.evaluate("el => getComputedStyle(el).overflowX") == "visible"
    assert page.locator(".ovn-nav").first.evaluate("el => getComputedStyle(el).display") == "none"
