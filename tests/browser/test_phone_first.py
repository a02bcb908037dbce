"""Phone-first finding (issue 13): at 390 × 844 the first result is on the first screen, filters
and menu open from one control each, the sort menu never submits on its own, the agenda runs
soonest first, the themes overview is reachable; zero axe violations on the pages touched."""

import datetime
import re

import pytest

from .conftest import make_context
from .helpers import assert_no_axe_violations, result_links

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def phone(browser, site_url):
    context = make_context(browser, site_url, viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser, site_url):
    context = make_context(browser, site_url, viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", ["/kennisbank/", "/zoeken/?q=samenwerking", "/agenda/"])
def test_first_result_on_the_first_phone_screen(phone, path):
    phone.goto(path)
    first = phone.locator("#resultaten > li").first
    box = first.locator("a").first.bounding_box()
    assert box is not None, f"no result on {path}"
    assert box["y"] + box["height"] <= PHONE["height"], f"the first result of {path} starts at {box['y']:.0f}px"
    # The filters wait behind one control that says how many are active.
    toggle = phone.locator(".ovn-filter-panel > summary")
    assert toggle.is_visible() and toggle.inner_text().startswith("Filteren")
    assert not phone.locator("[data-filter-form] fieldset").first.is_visible()
    assert_no_axe_violations(phone, f"{path} (phone)")


def test_phone_filters_open_from_one_control_and_show_n_results(phone):
    phone.goto("/kennisbank/")
    phone.locator(".ovn-filter-panel > summary").focus()
    phone.keyboard.press("Enter")
    checkbox = phone.locator("[data-filter-form] input[name=niveau]").first
    assert checkbox.is_visible()
    assert re.fullmatch(r"Toon \d+ resulta(at|ten)", phone.locator("[data-filter-submit]").inner_text())
    assert_no_axe_violations(phone, "/kennisbank/ with the filters open (phone)")


def test_phone_header_is_compact_with_a_menu(phone):
    phone.goto("/kennisbank/")
    header = phone.locator("header.ovn-header").bounding_box()
    assert header["height"] <= 0.2 * PHONE["height"], f"the header is {header['height']:.0f}px high"
    nav_link = phone.locator("nav[aria-label=Hoofdmenu] a[href='/thema/']")
    assert not nav_link.is_visible()
    phone.locator(".ovn-menu > summary").click()
    assert nav_link.is_visible()
    # Breadcrumbs on a phone: one link to the parent.
    phone.goto("/thema/")
    visible = [el.inner_text() for el in phone.locator(".ovn-breadcrumbs li").all() if el.is_visible()]
    assert visible == ["‹ Home"] or visible == ["Home"]


def test_sort_never_submits_on_arrow_keys(desktop):
    desktop.goto("/kennisbank/")
    url = desktop.url
    requests = []
    desktop.on("request", lambda request: requests.append(request.url))
    desktop.locator("#f-sorteer").focus()
    desktop.keyboard.press("ArrowDown")
    desktop.keyboard.press("ArrowDown")
    desktop.wait_for_timeout(800)
    assert desktop.url == url
    assert not [r for r in requests if "/kennisbank/" in r], "the sort menu loaded results on its own"
    # Its button applies it.
    desktop.locator(".ovn-sort__button").click()
    desktop.wait_for_url(re.compile(r"sorteer=oud"))


def test_desktop_keeps_the_sidebar_and_the_navigation(desktop):
    desktop.goto("/kennisbank/")
    assert desktop.locator("[data-filter-form] fieldset").first.is_visible()
    assert not desktop.locator(".ovn-filter-panel > summary").is_visible()
    assert desktop.locator("nav[aria-label=Hoofdmenu] a[href='/thema/']").is_visible()
    assert_no_axe_violations(desktop, "/kennisbank/ (desktop)")


def test_agenda_soonest_first_then_past(desktop):
    desktop.goto("/agenda/")
    # The demo's dates count from the day it was loaded: there is always something to come.
    assert desktop.locator("#groep-kop").inner_text() == "Komende evenementen"
    read = "items => items.map(li => [li.querySelector('time').dateTime, li.classList.contains('ovn-result--past')])"
    times = desktop.eval_on_selector_all("#resultaten > li", read)
    assert times and not any(past for _t, past in times)
    upcoming = [t for t, _past in times]
    assert upcoming == sorted(upcoming)
    # The past events follow from a page of their own, the most recent first.
    desktop.locator(".ovn-agenda-past-link a").click()
    assert desktop.locator("#groep-kop").inner_text() == "Afgelopen evenementen"
    times = desktop.eval_on_selector_all("#resultaten > li", read)
    assert times and all(past for _t, past in times)
    past = [t for t, _past in times]
    assert past == sorted(past, reverse=True)
    assert_no_axe_violations(desktop, "/agenda/ (desktop)")
    # Filtered to a year long gone: nothing to come, and the page says so.
    desktop.goto(f"/agenda/?jaar={datetime.date.today().year - 10}")
    assert "Er staan nu geen evenementen gepland" in desktop.locator(".ovn-agenda-empty").inner_text()
    assert_no_axe_violations(desktop, "/agenda/ with nothing planned (desktop)")


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_event_page_and_themes_overview(request, size):
    page = request.getfixturevalue(size)
    page.goto("/agenda/")
    event_url = result_links(page)[0]
    page.goto(event_url)
    facts = page.locator(".ovn-event-facts")
    box = facts.bounding_box()
    viewport = PHONE if size == "phone" else DESKTOP
    assert box["y"] < viewport["height"], "the event's date and place are below the first screen"
    assert facts.locator("time").first.get_attribute("datetime")
    assert_no_axe_violations(page, f"event page ({size})")
    page.goto("/thema/")
    assert page.locator("h1").inner_text() == "Thema's"
    assert page.locator(".ovn-theme-list__item").count() >= 3
    assert_no_axe_violations(page, f"/thema/ ({size})")
