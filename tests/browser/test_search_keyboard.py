"""Search with the keyboard only: suggestions as an ARIA combobox, then a normal search."""

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from .helpers import (
    assert_focus_visible,
    assert_no_axe_violations,
    assert_no_cookies,
    assert_only_own_origin,
    result_count,
    result_links,
    tab_until,
)

pytestmark = pytest.mark.browser

SEARCH = "/zoeken/"
# The search page's own field (the header has one too); SPEC.md: input `q` with `data-suggest-url`.
FIELD = "#main input[name=q][data-suggest-url]"


def tab_to_field(page):
    tab_until(page, "el => el && el.matches('#main input[name=q][data-suggest-url]')")


def test_suggestions_by_keyboard_open_the_chosen_page(page, context, site_url):
    page.goto(SEARCH)
    field = page.locator(FIELD)
    suggest_url = field.get_attribute("data-suggest-url")
    tab_to_field(page)
    assert_focus_visible(page)
    page.keyboard.type("woni", delay=60)

    # An ARIA 1.2 combobox: expanded, controlling a listbox of options.
    page.wait_for_function(
        "(sel) => { const el = document.querySelector(sel);"
        " return el && el.getAttribute('role') === 'combobox' && el.getAttribute('aria-expanded') === 'true'; }",
        arg=FIELD,
    )
    listbox_id = field.get_attribute("aria-controls")
    assert listbox_id, "the combobox does not say which listbox it controls (aria-controls)"
    listbox = page.locator(f"[id='{listbox_id}']")
    assert listbox.get_attribute("role") == "listbox"
    assert listbox.is_visible()
    options = listbox.locator("[role=option]")
    assert options.count() >= 1

    # What the endpoint suggests is what the listbox offers.
    expected = context.request.get(urljoin(site_url, suggest_url) + "?q=woni").json()
    offered = [f"{item['title']} ({item['kind']})" for item in expected][: options.count()]
    assert offered == [" ".join(t.split()) for t in options.all_inner_texts()]

    page.keyboard.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert page.evaluate("(sel) => document.activeElement === document.querySelector(sel)", FIELD), (
        "focus must stay in the search field while moving through the options"
    )
    assert_no_axe_violations(page, "/zoeken/ with suggestions open")

    shown = " ".join(first.inner_text().split())
    target = next(item["url"] for item in expected if f"{item['title']} ({item['kind']})" == shown)
    page.keyboard.press("Enter")
    page.wait_for_url(urljoin(site_url, target))
    assert page.locator("h1").count() == 1

    assert_no_cookies(context)
    assert_only_own_origin(context)


def test_search_submitted_with_enter_lists_results(page, context):
    page.goto(SEARCH)
    tab_to_field(page)
    page.keyboard.type("woningen")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]q=woningen"))

    assert parse_qs(urlsplit(page.url).query)["q"] == ["woningen"]
    count = result_count(page)
    links = result_links(page)
    assert 1 <= len(links) <= count, f"{count} results announced, {len(links)} items in <ol id='resultaten'>"
    assert all(links), "every result starts with a link to its page"
    assert_no_axe_violations(page)
    assert_no_cookies(context)
    assert_only_own_origin(context)
