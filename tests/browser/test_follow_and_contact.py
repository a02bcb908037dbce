"""`/volgen/` and `/contact/` in Chromium (issue 12): accessible at phone and
desktop width (axe-core, WCAG 2.1 A/AA), working without JavaScript, and
sending their mail to a real SMTP server; plus the demo's podcast episode.

The served site (tests/browser/conftest.py) sends its mail to
SITE_SMTP_PORT, where this module runs the test SMTP server (tests/servers.py).
"""

import pytest

from overheidvannu.demo.loader import load

from ..servers import smtp_server
from .conftest import SITE_SMTP_PORT, make_context
from .helpers import assert_no_axe_violations, assert_only_own_origin

pytestmark = pytest.mark.browser


DEMO = load()
PODCAST = next(item["slug"] for item in DEMO.of_kind("verhaal") if "audio" in item)
FOLLOW = "/volgen/?type=verhaal&opgave=toekomstbestendig-wonen&regio=achterhoek"
WIDTHS = [pytest.param(390, id="phone"), pytest.param(1280, id="desktop")]


@pytest.fixture(scope="module")
def inbox():
    with smtp_server(SITE_SMTP_PORT) as inbox:
        yield inbox


def assert_only_the_csrf_cookie(context):
    names = {cookie["name"] for cookie in context.cookies()}
    assert names <= {"csrftoken"}, names


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", [FOLLOW, "/contact/", f"/verhalen/{PODCAST}/"])
def test_forms_and_the_podcast_are_accessible_at_phone_and_desktop_width(browser, site_url, inbox, path, width):
    context = make_context(browser, site_url, viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        response = page.goto(path, wait_until="load")
        assert response.status == 200
        assert page.locator("h1").count() == 1
        assert_no_axe_violations(page, f"{path} at {width}px")
        if "verhalen" in path:
            assert page.locator("audio[controls]").count() == 1
            assert page.locator("a[download]").count() == 1
            assert "Marieke Hendriks" in page.locator("details.ovn-audio__transcript").text_content()
        else:
            # Shown with its errors too: the messages must be as accessible as the form.
            page.locator("main button[type=submit]").first.click()
            page.wait_for_load_state("load")
            assert page.locator("[data-error-summary]").count() == 1
            assert_no_axe_violations(page, f"{path} with errors at {width}px")
        assert_only_the_csrf_cookie(context)
        assert_only_own_origin(context)
    finally:
        context.close()


def test_following_and_sending_a_tip_work_without_javascript(browser, site_url, inbox):
    context = make_context(browser, site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(FOLLOW)
        described = "Nieuwe verhalen over de opgave Toekomstbestendig wonen, in de regio Achterhoek"
        assert described in page.inner_text("main")
        page.get_by_label("Je e-mailadres").fill("lezer@example.org")
        page.get_by_label("Dagelijks").check()
        page.get_by_role("button", name="Aanmelden").click()
        page.wait_for_url("**/volgen/aangevraagd/")
        assert page.locator("h1").inner_text() == "Controleer je e-mail"
        # The site's inbox also gets other tests' editorial mail, late ones too.
        confirmation = inbox.wait_for_message(lambda message: "lezer@example.org" in message.recipients)
        assert confirmation is not None and "Bevestig" in confirmation["Subject"]

        page.goto("/contact/")
        page.get_by_label("Je naam").fill("Anna de Vries")
        page.get_by_label("Je e-mailadres").fill("anna@example.org")
        page.get_by_label("Je tip of vraag").fill("Een mooi voorbeeld uit Zutphen.")
        page.get_by_role("button", name="Versturen").click()
        page.wait_for_load_state("load")
        assert page.locator("h1").inner_text() == "Bedankt voor je tip"
        tip = inbox.wait_for_message(lambda message: "Zutphen" in message.get_body(("plain",)).get_content())
        assert tip is not None
        assert [message for message in inbox.messages if "lezer@example.org" in message.recipients] == [confirmation]
        assert_only_own_origin(context)
    finally:
        context.close()
