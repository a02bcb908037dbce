"""Every kind of public page, in Chromium: accessible (axe-core, WCAG 2.1 A/AA), private and self-hosted.

The pages come from `load_demo`'s content (overheidvannu/demo/data/), at the paths SPEC.md fixes.
"""

import pytest

from overheidvannu.demo.loader import load

from .helpers import (
    assert_focus_visible,
    assert_no_axe_violations,
    assert_no_cookies,
    assert_only_own_origin,
    tab_until,
)

pytestmark = pytest.mark.browser

DEMO = load()
STORY = DEMO.of_kind("verhaal")[0]["slug"]
ESSAY = DEMO.of_kind("essay")[0]["slug"]
# An event with a recording, so a recording link or player is part of what is checked.
EVENT = next(e["slug"] for e in DEMO.of_kind("evenement") if e["recording_url"])
OPGAVE = DEMO.opgaven[1]["slug"]
REGION = DEMO.regions[1]["slug"]
THEME = DEMO.themes[0]["slug"]

PAGES = [
    pytest.param("/", 200, id="home"),
    pytest.param("/kennisbank/?niveau=netwerk&thema=sturen-in-netwerken", 200, id="kennisbank-filtered"),
    pytest.param(f"/verhalen/{STORY}/", 200, id="story"),
    pytest.param(f"/essays/{ESSAY}/", 200, id="essay"),
    pytest.param(f"/agenda/{EVENT}/", 200, id="event"),
    pytest.param(f"/opgaven/{OPGAVE}/", 200, id="opgave"),
    pytest.param(f"/regios/{REGION}/", 200, id="region"),
    pytest.param(f"/thema/{THEME}/", 200, id="theme"),
    pytest.param("/zoeken/?q=woningen", 200, id="search"),
    pytest.param("/deze-pagina-bestaat-niet/", 404, id="not-found"),
]


@pytest.mark.parametrize(("path", "status"), PAGES)
def test_page_is_accessible_private_and_self_hosted(page, context, path, status):
    response = page.goto(path, wait_until="load")
    assert response is not None
    assert response.status == status, f"{path} answered {response.status}, expected {status}"

    assert page.get_attribute("html", "lang") == "nl"
    headings = page.locator("h1")
    assert headings.count() == 1, f"{path} has {headings.count()} <h1> elements: {headings.all_inner_texts()}"
    assert headings.first.inner_text().strip(), f"the <h1> of {path} is empty"

    assert_no_axe_violations(page, path)

    # The very first Tab reaches the skip link; following it puts focus on <main id="main">.
    tab_until(page, "el => el && el.matches('a[href=\"#main\"]')", max_presses=1)
    assert page.locator("a[href='#main']").first.is_visible(), "the focused skip link is not visible"
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'main'")

    assert_no_cookies(context)
    assert_only_own_origin(context)
