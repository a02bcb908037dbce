"""The admin's doors in a real browser, against gunicorn with the production
settings: a locked-out editor's page (and a colleague on the same address
who still signs in), and an Eindredacteur's first sign-in with the required
two-factor setup."""

import re

import pytest

from .conftest import site_manage
from .helpers import assert_no_axe_violations, is_admin_dashboard, totp_code

pytestmark = pytest.mark.browser

PASSWORD = "een-lang-geheim-wachtwoord"


#: The accounts the tests sign in with, by group.
ACCOUNTS = {"vergeetachtig": "Redacteuren", "buurvrouw": "Redacteuren", "eindredacteur": "Eindredacteuren"}


@pytest.fixture(scope="module")
def accounts(site_url):
    """Every account of ACCOUNTS on the served site, made in one `manage.py shell`."""
    site_manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User\n"
        + "".join(
            f"User.objects.create_user({name!r}, {name + '@example.org'!r}, {PASSWORD!r})"
            f".groups.add(Group.objects.get(name={group!r}))\n"
            for name, group in ACCOUNTS.items()
        ),
    )


def sign_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation() as navigation:
        page.click("form.login-form button[type=submit]")
    return navigation.value


def test_a_locked_out_editor_gets_a_dutch_429_page_and_a_colleague_still_signs_in(page, accounts):
    statuses = [sign_in(page, "vergeetachtig", "verkeerd").status for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert page.locator("h1").inner_text() == "Te veel inlogpogingen"
    main = page.locator("main").inner_text()
    assert "Inloggen met deze gebruikersnaam vanaf dit adres is tijdelijk geblokkeerd" in main
    assert "15 minuten" in main
    assert sign_in(page, "vergeetachtig", PASSWORD).status == 429
    assert_no_axe_violations(page, "lockout page")
    # Only that name from this address is locked: a colleague on the same
    # address (127.0.0.1, like an office behind one NAT address) signs in.
    assert sign_in(page, "buurvrouw", PASSWORD).status == 200
    assert page.url.split("?")[0].endswith("/admin/")


def test_an_eindredacteur_must_set_up_two_factor_and_then_signs_in_with_a_code(page, accounts):
    csp_errors = []
    page.on("console", lambda message: "Content Security Policy" in message.text and csp_errors.append(message.text))

    sign_in(page, "eindredacteur", PASSWORD)
    assert page.url.split("?")[0].endswith("/admin/tweestapsverificatie/instellen/")
    assert page.locator("h1").inner_text() == "Tweestapsverificatie instellen"
    assert page.locator(".ovn-qr svg").is_visible()
    key = page.locator(".ovn-key-text").inner_text()
    assert re.fullmatch(r"[A-Z2-7 ]{32,}", key)
    field = page.locator("#id_code")
    assert field.get_attribute("type") == "text"
    assert field.get_attribute("autocomplete") == "one-time-code"
    assert field.get_attribute("inputmode") == "numeric"
    assert_no_axe_violations(page, "2FA setup")

    field.fill(totp_code(key))
    page.click("button:has-text('Bevestigen')")
    assert page.locator("h1").inner_text() == "Je herstelcodes"
    assert page.locator(".ovn-recovery-codes li").count() == 10
    page.click("text=Ik heb de codes bewaard, ga verder")
    page.wait_for_url(is_admin_dashboard)
    assert page.locator("h1").first.is_visible()

    # Next time: password, then the code screen.
    page.context.clear_cookies()
    sign_in(page, "eindredacteur", PASSWORD)
    assert page.url.split("?")[0].endswith("/admin/tweestapsverificatie/controleren/")
    assert page.locator("h1").inner_text() == "Inloggen: tweede stap"
    page.fill("#id_code", totp_code(key, offset=30))
    page.click("button:has-text('Inloggen')")
    page.wait_for_url(is_admin_dashboard)
    assert "Dashboard" in page.title()
    assert csp_errors == []
