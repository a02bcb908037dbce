"""The kennisbank's filters used with the keyboard only, with and without JavaScript."""

import re
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import make_context
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

LISTING = "/kennisbank/"

# The first theme checkbox of the listing's GET filter form.
THEME_CHECKBOX = "form[method=get] input[type=checkbox][name=thema]"


def smallest_theme_option(page):
    """Value, visible name and advertised count of the theme option with the fewest results.

    The fewest, so that checking every result's own page stays cheap.
    """
    options = []
    checkboxes = page.locator(THEME_CHECKBOX)
    for index in range(checkboxes.count()):
        checkbox = checkboxes.nth(index)
        value = checkbox.get_attribute("value")
        label = page.locator(f"label[for='{checkbox.get_attribute('id')}']").inner_text()
        numbers = re.findall(r"\d+", label)
        assert numbers, f"the theme option {value!r} shows no result count: {label!r}"
        name = re.sub(r"\s*\d+.*$", "", label, flags=re.DOTALL).strip()
        options.append((int(numbers[-1]), index, value, name))
    assert options, "the listing offers no theme filter"
    count, _index, value, name = min(option for option in options if option[0] > 0)
    return value, name, count


def query_of(url):
    return parse_qs(urlsplit(url).query)


def is_checkbox(value):
    return (
        "(el, value) => el && el.matches('input[type=checkbox][name=thema]') && el.value === value",
        value,
    )


def assert_every_result_has_theme(page, theme):
    """Each result's own page links the theme (SPEC.md: a detail page links each of its themes)."""
    links = result_links(page)
    assert links, "no results to check"
    assert all(links), "a result has no link"

    def fetch(url):
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (our own served site)
            return response.status, response.read().decode()

    # Two at a time, like the two gunicorn workers (a cold page renders its image renditions first).
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = dict(zip(links, pool.map(fetch, links), strict=True))
    for url, (status, html) in pages.items():
        assert status == 200, f"{url} answered {status}"
        assert f'href="/thema/{theme}/"' in html, f"{url} is a result but does not link /thema/{theme}/"


def test_theme_filter_by_keyboard_then_removed_by_its_chip(page, context):
    page.goto(LISTING)
    total = result_count(page)
    theme, theme_name, advertised = smallest_theme_option(page)
    assert 0 < advertised < total, "pick a theme that narrows the listing (demo content)"

    tab_until(page, *is_checkbox(theme))
    assert_focus_visible(page)
    # With JavaScript the ticked option applies in place: no page load, the address follows.
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"[?&]thema="))
    # The new count is announced in a live region and the title says what the page shows.
    page.wait_for_function("() => /\\d+ resultat?e?n?/.test(document.getElementById('filter-status').textContent)")
    assert re.match(rf"Kennisbank: {advertised} resulta", page.title())

    assert query_of(page.url).get("thema") == [theme]
    assert result_count(page) == advertised, "the result count differs from the count the option advertised"
    assert page.locator(f"{THEME_CHECKBOX}[value='{theme}']").is_checked()
    # Focus comes back to the ticked option, so a keyboard user keeps their place.
    page.wait_for_function(
        "(value) => document.activeElement && document.activeElement.name === 'thema'"
        " && document.activeElement.value === value",
        arg=theme,
    )
    assert_every_result_has_theme(page, theme)
    assert_no_axe_violations(page)

    # The active filter shows as a chip: a link back to the listing without it, named after the theme.
    chip = page.evaluate(
        """([theme, name]) => {
            const chips = Array.from(document.querySelectorAll('#main a[href]')).filter(a => {
                const url = new URL(a.href);
                return url.pathname === '/kennisbank/' && !url.searchParams.getAll('thema').includes(theme)
                    && a.textContent.includes(name);
            });
            return chips.length ? chips[0].href : null;
        }""",
        [theme, theme_name],
    )
    assert chip, f"no removable chip for the active theme {theme_name!r}"
    tab_until(page, "(el, href) => el && el.href === href", chip)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "thema" not in query_of(url))
    assert result_count(page) == total
    assert page.locator(f"{THEME_CHECKBOX}[value='{theme}']").is_checked() is False

    assert_no_cookies(context)
    assert_only_own_origin(context)


def test_filter_form_works_without_javascript(browser, site_url):
    context = make_context(browser, site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(LISTING)
        total = result_count(page)
        theme, _name, advertised = smallest_theme_option(page)

        tab_until(page, *is_checkbox(theme))
        page.keyboard.press("Space")
        page.wait_for_timeout(300)
        assert "thema=" not in page.url, "without JavaScript nothing should submit by itself"
        tab_until(page, "el => el && el.matches('form[method=get] [type=submit]')")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"[?&]thema="))

        assert query_of(page.url).get("thema") == [theme]
        assert result_count(page) == advertised
        assert advertised < total
        assert_every_result_has_theme(page, theme)
        assert_no_cookies(context)
        assert_only_own_origin(context)
    finally:
        context.close()
