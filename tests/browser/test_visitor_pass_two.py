"""Visitor pass two (issue 22), in a real Chromium at 390 × 844 and 1366 × 900: counts that
equal what their links show, the forms' error pattern with focus, the skip link past the
filters, the hub pages and home on a phone, the agenda's headings, the matrix on a phone and in
forced colours, and the printed page read back from Chromium's PDF."""

import io
import re

import pytest
from pypdf import PdfReader

from .conftest import make_context
from .helpers import assert_no_axe_violations, tab_until

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
PAGE_SIZE = 12
ERROR_RED = "rgb(179, 38, 30)"  # --ovn-color-error


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


# --- counts ------------------------------------------------------------------------------


def _html(page, path):
    response = page.request.get(path)
    assert response.status == 200, path
    return response.text()


def _shown(page, href):
    """What a listing link shows: (#resultaten-aantal, the number of <li> in ol#resultaten)."""
    html = _html(page, href.replace("&amp;", "&"))
    count = int(re.search(r'id="resultaten-aantal">(\d+) resulta', html).group(1))
    results = re.search(r'<ol id="resultaten"[^>]*>(.*?)</ol>', html, re.S)
    items = len(re.findall(r"<li\b", results.group(1))) if results else 0
    return count, items


def test_every_count_on_a_hub_page_is_what_its_link_shows(desktop):
    """Every "Toon alle n", matrix number and theme count on the home page, the opgaven,
    regions and themes and each of their pages, followed: the listing it opens says n and
    lists them (the first page of them)."""
    hubs = ["/", "/opgaven/", "/regios/", "/thema/"]
    for index in ("/opgaven/", "/regios/", "/thema/"):
        hubs += sorted(set(re.findall(rf'href="({index}[^"/]+/)"', _html(desktop, index))))
    checked = 0
    for hub in hubs:
        html = _html(desktop, hub)
        links = re.findall(r'<a [^>]*href="([^"]+)"[^>]*>Toon alle (\d+)', html)
        links += re.findall(r'<a class="ovn-matrix__link" href="([^"]+)">(\d+)', html)
        theme_counts = r'<a class="nl-link" href="(/thema/[^"]+/)">[^<]+</a></h2>\s*<p class="ovn-meta">(\d+)'
        links += re.findall(theme_counts, html)
        for href, number in links:
            count, items = _shown(desktop, href)
            assert count == int(number), f"{hub}: {number} opens {href} with {count}"
            assert items == min(count, PAGE_SIZE), f"{hub}: {href} lists {items} of {count}"
            checked += 1
    assert checked > 40  # every region and opgave page, the matrix and the themes


# --- forms -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_failed_submit_focuses_the_error_summary_that_leads_to_each_field(request, size):
    page = request.getfixturevalue(size)
    page.goto("/contact/")
    assert page.locator("input[type=email]").get_attribute("autocomplete") == "email"
    assert page.locator("input[autocomplete=name]").count() == 1
    page.locator("textarea").fill("Een tip")
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_load_state()
    assert page.title().startswith("Fout: ")
    summary = page.locator("[data-error-summary]")
    assert page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')")
    assert page.evaluate("() => document.querySelector('main').firstElementChild.hasAttribute('data-error-summary')")
    assert "Vul je naam in." in summary.inner_text()
    # Every field with an error is marked, inputs as well as the text area.
    for field in page.locator("[aria-invalid=true]").all():
        assert field.evaluate("el => getComputedStyle(el).borderTopColor") == ERROR_RED
    assert page.locator("[aria-invalid=true]").count() == 2
    assert_no_axe_violations(page, f"/contact/ after a failed submit ({size})")
    # A link in the summary takes focus to its field.
    summary.get_by_role("link", name="Vul je e-mailadres in.").click()
    assert page.evaluate("() => document.activeElement.type") == "email"


def test_the_character_count_counts_a_line_break_once_as_the_server_does(desktop):
    desktop.goto("/contact/")
    text = "a" * 4980 + "\nb" * 10  # 5,000 characters; the browser sends 5,010 (CRLF)
    textarea = desktop.locator("textarea")
    textarea.fill(text)
    textarea.press("End")
    assert desktop.locator(".ovn-character-count").inner_text() == "Je hebt nog 0 tekens over."
    textarea.press("x")
    count = desktop.locator(".ovn-character-count")
    assert count.inner_text() == "Je hebt 1 teken te veel."
    assert "ovn-character-count--over" in count.get_attribute("class")
    textarea.press("Backspace")
    desktop.locator("input[autocomplete=name]").fill("Anna de Vries")
    desktop.locator("input[type=email]").fill("anna@example.org")
    desktop.get_by_role("button", name="Versturen").click()
    desktop.wait_for_load_state()
    assert desktop.locator("h1").inner_text() == "Bedankt voor je tip"


# --- listings ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/kennisbank/", "/zoeken/?q=samenwerking"])
def test_a_keyboard_skips_the_filters_to_the_results(desktop, path):
    desktop.goto(path)
    presses = tab_until(desktop, "el => el.matches('.ovn-filters__skip')")
    assert desktop.locator(".ovn-filters__skip").is_visible()  # shown while it has focus
    assert presses < 30, f"{presses} × Tab to the skip link on {path}"
    desktop.keyboard.press("Enter")
    to_first = tab_until(desktop, "el => !!el.closest('#resultaten > li')", max_presses=5)
    assert to_first <= 3, f"{to_first} × Tab from the skip link to the first result on {path}"
    if path.startswith("/zoeken/"):
        # One search box on /zoeken/, also on a desktop.
        assert len([el for el in desktop.locator("input[type=search]").all() if el.is_visible()]) == 1


def test_phone_listing_keeps_its_filter_count_last_page_and_sort_label(phone):
    phone.goto("/kennisbank/?thema=bestaat-niet")
    assert "Het thema ‘bestaat-niet’ kennen we niet" in phone.locator(".ovn-notice").inner_text()
    # The sort menu shows its whole label.
    select = phone.locator("#f-sorteer")
    natural = select.evaluate(
        """el => { const free = el.cloneNode(true); free.style.position = 'absolute'; free.style.flex = 'none';
        free.style.width = 'auto'; document.body.append(free); const w = free.getBoundingClientRect().width;
        free.remove(); return w; }"""
    )
    assert select.bounding_box()["width"] >= natural - 1, "the sort menu is cut off"
    # "1 … 6 Volgende": the last page is always in sight.
    pages = [el.inner_text() for el in phone.locator(".ovn-pagination__item").all() if el.is_visible()]
    last = re.search(r"pagina 1 van (\d+)", phone.locator(".ovn-results-count").inner_text()).group(1)
    assert pages[0].endswith("1") and any(text.endswith(last) for text in pages), pages
    # A filter applied in place keeps the count on "Filteren".
    phone.locator(".ovn-filter-panel > summary").click()
    phone.locator("#facet-niveau input").first.check()
    phone.wait_for_url(re.compile(r"niveau="))
    phone.wait_for_function("() => /\\(1/.test(document.querySelector('.ovn-filter-panel__toggle').textContent)")
    assert_no_axe_violations(phone, "/kennisbank/ with a note and a filter (phone)")


def test_agenda_headings_stand_above_their_lists(desktop):
    desktop.goto("/agenda/")
    heading = desktop.locator("#groep-kop")
    assert heading.inner_text() == "Komende evenementen"
    assert heading.evaluate("el => !el.closest('li') && el.nextElementSibling.id === 'resultaten'")
    first = desktop.locator("#resultaten > li").first
    assert heading.bounding_box()["y"] + heading.bounding_box()["height"] <= first.bounding_box()["y"]
    assert desktop.locator("#resultaten .ovn-result__kind").count() == 0  # no "Evenement" on each
    desktop.locator(".ovn-agenda-past-link a").click()
    assert desktop.locator("#groep-kop").inner_text() == "Afgelopen evenementen"
    assert desktop.locator("#resultaten .ovn-badge--past").count() == 0  # marked once, by the heading
    assert_no_axe_violations(desktop, "/agenda/ past events (desktop)")


# --- hub pages on a phone ------------------------------------------------------------------


def test_phone_reaches_the_content_of_hub_pages_within_two_screens(phone):
    phone.goto("/")
    intro = phone.locator(".ovn-home-intro").bounding_box()
    assert intro["y"] + intro["height"] <= PHONE["height"] / 2, "the home introduction fills the first screen"
    opgave = phone.locator(".ovn-link-grid a[href^='/opgaven/']").first.get_attribute("href")
    region = phone.locator(".ovn-link-grid a[href^='/regios/']").first.get_attribute("href")
    for path in (opgave, region):
        phone.goto(path)
        first = phone.locator(".ovn-card-grid > li").first.bounding_box()
        assert first["y"] + first["height"] <= 2 * PHONE["height"], f"the first story of {path} ends at {first['y']}"
        assert_no_axe_violations(phone, f"{path} (phone)")


def test_the_matrix_says_it_scrolls_and_its_legend_survives_forced_colours(phone):
    phone.goto("/opgaven/")
    region = phone.locator(".ovn-matrix__scroll")
    assert phone.locator("#matrix-hint").is_visible()
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")  # it does scroll here
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("aria-labelledby")
    phone.emulate_media(forced_colors="active")
    heights = phone.eval_on_selector_all(
        ".ovn-matrix__legend .ovn-matrix__swatch", "els => els.map(el => getComputedStyle(el, '::after').height)"
    )
    assert len(set(heights)) == len(heights) >= 4, heights


# --- print --------------------------------------------------------------------------------


def _printed(page, path):
    page.goto(path)
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(p.extract_text() for p in reader.pages)


def test_printed_pages_carry_no_addresses_over_titles_and_no_navigation(desktop):
    desktop.goto("/opgaven/")
    opgave = desktop.locator(".ovn-link-grid a, .ovn-matrix__opgave a").first.get_attribute("href")
    desktop.goto(opgave)
    titles = desktop.locator(".ovn-card__title").all_inner_texts()
    text = _printed(desktop, opgave)
    lines = [line.strip() for line in text.splitlines()]
    assert titles
    for title in titles:
        line = next((line for line in lines if line.startswith(title[:20])), None)
        assert line is not None, f"card title {title!r} not printed"
        assert "http" not in line and "(/" not in line, f"an address prints over the card title: {line!r}"
    # No path prints anywhere (tags, cards, lists); the page's own address once, in full, above its title.
    assert "(/" not in text
    address = [n for n, line in enumerate(lines) if line.startswith("http") and line.endswith(opgave)]
    assert address and address[0] < lines.index(desktop.locator("h1").inner_text()), lines[:5]
    for chrome in ("Hoofdmenu", "Menu", "Volg via e-mail", "Atom-feed", "Naar de inhoud"):
        assert chrome not in lines, chrome
    # A story: links in its body text print their full address.
    desktop.emulate_media(media="screen")
    desktop.goto("/verhalen/")
    story = desktop.locator("#resultaten > li a").first.get_attribute("href")
    desktop.goto(story)
    body_links = desktop.locator(".ovn-prose a[href^='/'], .ovn-prose a[href^='http']").count()
    printed = _printed(desktop, story)
    assert "Volg via e-mail" not in printed and "Kennisbank\nVerhalen" not in printed
    if body_links:
        assert re.search(r"\(https?://", printed)


# --- search finds service pages -----------------------------------------------------------


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("query", ["contact", "tip de redactie"])
def test_searching_for_the_contact_page_puts_it_first(request, size, query):
    page = request.getfixturevalue(size)
    page.goto("/zoeken/")
    field = page.locator("main input[name=q]").first
    field.fill(query)
    field.press("Enter")
    page.wait_for_load_state()
    first = page.locator("ol#resultaten > li a[href]").first
    assert first.get_attribute("href").rstrip("/").endswith("/contact")
