"""The admin's doors: lockout after failed logins (django-axes) and two-factor
authentication (django-otp), tried through the real login and code screens."""

import base64
import logging
import re
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.permissions import EDITORS, REVIEWERS

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-geheim-wachtwoord"
LOGIN = "/admin/login/"


def make_user(django_user_model, username, group=None, superuser=False):
    if superuser:
        return django_user_model.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra)


def html(response):
    return response.content.decode()


def code_for(key_text, at=None):
    """What an authenticator app shows for the key as the setup screen prints it."""
    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    totp = TOTP(key)
    totp.time = at or time.time()
    return f"{totp.token():06d}"


def key_on_page(page):
    match = re.search(r'<code class="ovn-key-text"[^>]*>([A-Z2-7 ]+)</code>', page)
    assert match, "the setup screen shows the key as text"
    return match.group(1)


# --- Lockout: people, not offices -------------------------------------------

OFFICE = "203.0.113.9"  # one address for a whole office behind NAT
HOME = "198.51.100.20"


def test_five_wrong_passwords_lock_that_user_name_from_that_address_with_a_dutch_429(client, django_user_model, caplog):
    make_user(django_user_model, "redacteur", EDITORS)
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    for _ in range(4):
        response = sign_in(client, "redacteur", "fout")
        assert response.status_code == 200
    response = sign_in(client, "redacteur", "fout")
    assert response.status_code == 429
    page = html(response)
    assert "Te veel inlogpogingen" in page
    assert "Inloggen met deze gebruikersnaam vanaf dit adres is tijdelijk geblokkeerd na 5 mislukte pogingen" in page
    assert "15 minuten" in page
    assert 'lang="nl"' in page
    assert int(response["Retry-After"]) == 15 * 60
    # Even the right password is refused during the cool-off, from this address.
    assert sign_in(client, "redacteur").status_code == 429
    log = caplog.text
    assert log.count("Mislukte inlogpoging: gebruikersnaam='redacteur'") >= 5
    assert "Inlogblokkade: gebruikersnaam='redacteur' adres=127.0.0.1 geblokkeerd: deze naam vanaf dit adres" in log
    # The same person from another address (at home) is not locked by five failures.
    assert sign_in(client, "redacteur", REMOTE_ADDR=HOME).status_code == 302


def test_a_colleague_on_the_same_address_signs_in_after_another_s_five_failures(client, django_user_model, caplog):
    make_user(django_user_model, "vergeetachtig", EDITORS)
    make_user(django_user_model, "collega", EDITORS)
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    statuses = [sign_in(client, "vergeetachtig", "fout", REMOTE_ADDR=OFFICE).status_code for _ in range(6)]
    assert statuses == [200] * 4 + [429, 429]
    # The colleague with the right password, from the same office address.
    response = sign_in(client, "collega", REMOTE_ADDR=OFFICE)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    # Her success clears nothing of the other's lock.
    client.logout()
    assert sign_in(client, "vergeetachtig", REMOTE_ADDR=OFFICE).status_code == 429


def test_unknown_names_are_not_logged_as_typed(client, django_user_model, caplog):
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    sign_in(client, "mijn-geheime-wachtwoord", "fout", REMOTE_ADDR=OFFICE)
    # Perhaps a password typed in the wrong field.
    assert "mijn-geheime-wachtwoord" not in caplog.text
    assert f"Mislukte inlogpoging: gebruikersnaam=(onbekende naam) adres={OFFICE}" in caplog.text


def test_fifty_failures_over_several_names_from_one_address_lock_that_address(client, django_user_model, caplog):
    make_user(django_user_model, "collega", EDITORS)
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    # One person retrying fifty times locks only that name from that address.
    for _ in range(50):
        sign_in(client, "naam0", "fout", REMOTE_ADDR=OFFICE)
    assert sign_in(client, "collega", REMOTE_ADDR=OFFICE).status_code == 302
    client.logout()
    # A guesser trying names: five per name count, ten names lock the address.
    for index in range(1, 10):
        for _ in range(5):
            sign_in(client, f"naam{index}", "fout", REMOTE_ADDR=OFFICE)
    response = sign_in(client, "collega", REMOTE_ADDR=OFFICE)
    assert response.status_code == 429
    assert "Inloggen vanaf dit adres is tijdelijk geblokkeerd" in html(response)
    assert f"adres={OFFICE} geblokkeerd: dit adres, alle namen" in caplog.text
    # Another address is not affected.
    assert sign_in(client, "collega", REMOTE_ADDR=HOME).status_code == 302


def test_a_guessing_attack_on_one_name_from_many_addresses_locks_that_name(client, django_user_model):
    make_user(django_user_model, "eindbaas", EDITORS)
    make_user(django_user_model, "collega", EDITORS)
    # Thirty failures over addresses (at most five count per address): six addresses of five.
    for index in range(6):
        for _ in range(5):
            sign_in(client, "eindbaas", "fout", REMOTE_ADDR=f"192.0.2.{index + 1}")
    response = sign_in(client, "eindbaas", REMOTE_ADDR=HOME)
    assert response.status_code == 429
    assert "Inloggen met deze gebruikersnaam is tijdelijk geblokkeerd" in html(response)
    # Other names on those addresses are not affected.
    assert sign_in(client, "collega", REMOTE_ADDR="192.0.2.1").status_code == 302


def test_behind_the_proxy_the_address_is_the_one_the_proxy_saw(client, django_user_model, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(django_user_model, "redacteur", EDITORS)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for index in range(5):
        # A forged left part changes nothing: the proxy appends the real address.
        sign_in(client, "redacteur", "fout", HTTP_X_FORWARDED_FOR=f"192.0.2.{index}, {OFFICE}", **proxy)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}
    assert sign_in(client, "redacteur", HTTP_X_FORWARDED_FOR=OFFICE, **proxy).status_code == 429
    # The same name from another visitor behind the same proxy still gets in.
    assert sign_in(client, "redacteur", HTTP_X_FORWARDED_FOR=HOME, **proxy).status_code == 302


def lock_out(client, username, **extra):
    for _ in range(5):
        sign_in(client, username, "fout", **extra)
    assert sign_in(client, username, **extra).status_code == 429


def test_an_eindredacteur_sees_and_lifts_a_lockout_of_one_name_from_one_address(client, django_user_model, caplog):
    make_user(django_user_model, "redacteur", EDITORS)
    lock_out(client, "redacteur")
    lock_out(client, "redacteur", REMOTE_ADDR=HOME)
    reviewer = make_user(django_user_model, "eindredacteur", REVIEWERS)
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    client.force_login(reviewer)

    home = html(client.get("/admin/"))
    assert "Inlogblokkades" in home
    listing = client.get(reverse("ovn_lockouts"))
    assert listing.status_code == 200
    page = html(listing)
    assert "redacteur" in page and "Geblokkeerd" in page
    # Each button says what it releases.
    assert "Vrijgeven: ‘redacteur’ vanaf 127.0.0.1" in page
    assert f"Vrijgeven: ‘redacteur’ vanaf {HOME}" in page

    attempt = AccessAttempt.objects.filter(username="redacteur", ip_address="127.0.0.1").first()
    response = client.post(reverse("ovn_lockout_release", args=[attempt.pk]), follow=True)
    assert "De blokkade van gebruikersnaam ‘redacteur’ vanaf adres 127.0.0.1 is opgeheven." in html(response)
    assert (
        "Inlogblokkade opgeheven door 'eindredacteur' (naam vanaf adres): gebruikersnaam='redacteur' adres=127.0.0.1"
        in caplog.text
    )

    client.logout()
    # Released exactly that: the name from that address, not from the other one.
    assert sign_in(client, "redacteur", REMOTE_ADDR=HOME).status_code == 429
    assert sign_in(client, "redacteur").status_code == 302


def test_releasing_an_address_releases_every_name_from_it_and_says_so(client, django_user_model, caplog):
    make_user(django_user_model, "collega", EDITORS)
    make_user(django_user_model, "redacteur", EDITORS)
    for index in range(10):
        for _ in range(5):
            sign_in(client, f"naam{index}", "fout", REMOTE_ADDR=OFFICE)
    lock_out(client, "redacteur", REMOTE_ADDR=HOME)
    assert sign_in(client, "collega", REMOTE_ADDR=OFFICE).status_code == 429
    client.force_login(make_user(django_user_model, "eindredacteur", REVIEWERS))
    caplog.set_level(logging.INFO, logger="overheidvannu.security")

    page = html(client.get(reverse("ovn_lockouts")))
    assert "Geblokkeerde adressen" in page
    assert f"Vrijgeven: adres {OFFICE}, alle namen" in page
    assert "ook de blokkades van gebruikersnamen vanaf dat adres" in page
    # Names from that address with fewer than five failures are blocked through it, and the page says so.
    assert "Geblokkeerd via het adres (zie hierboven)" in page
    response = client.post(reverse("ovn_lockout_release_address"), {"adres": OFFICE}, follow=True)
    assert f"Adres {OFFICE} is vrijgegeven" in html(response)
    assert f"(adres, alle namen): gebruikersnaam=None adres={OFFICE} (51 mislukte pogingen gewist)" in caplog.text
    # Nonsense is answered, not a 500.
    refused = client.post(reverse("ovn_lockout_release_address"), {"adres": "geen-adres"}, follow=True)
    assert refused.status_code == 200 and "niets vrij te geven" in html(refused)

    client.logout()
    assert not AccessAttempt.objects.filter(ip_address=OFFICE).exists()
    assert sign_in(client, "collega", REMOTE_ADDR=OFFICE).status_code == 302
    client.logout()
    # Another address's lock stays.
    assert sign_in(client, "redacteur", REMOTE_ADDR=HOME).status_code == 429


def test_releasing_a_name_from_every_address_says_so(client, django_user_model, caplog):
    make_user(django_user_model, "eindbaas", EDITORS)
    make_user(django_user_model, "redacteur", EDITORS)
    for index in range(6):
        for _ in range(5):
            sign_in(client, "eindbaas", "fout", REMOTE_ADDR=f"192.0.2.{index + 1}")
    lock_out(client, "redacteur", REMOTE_ADDR="192.0.2.1")
    client.force_login(make_user(django_user_model, "eindredacteur", REVIEWERS))
    caplog.set_level(logging.INFO, logger="overheidvannu.security")

    page = html(client.get(reverse("ovn_lockouts")))
    assert "Geblokkeerde gebruikersnamen (vanaf elk adres)" in page
    assert "Vrijgeven: naam ‘eindbaas’, alle adressen" in page
    response = client.post(reverse("ovn_lockout_release_username"), {"gebruikersnaam": "eindbaas"}, follow=True)
    assert "Gebruikersnaam ‘eindbaas’ is vrijgegeven" in html(response)
    assert "(naam, alle adressen): gebruikersnaam='eindbaas' adres=None (30 mislukte pogingen gewist)" in caplog.text

    client.logout()
    assert sign_in(client, "eindbaas", REMOTE_ADDR=HOME).status_code == 302
    client.logout()
    # Another name's lock on one of those addresses stays.
    assert sign_in(client, "redacteur", REMOTE_ADDR="192.0.2.1").status_code == 429


def test_a_redacteur_cannot_see_or_lift_lockouts(client, django_user_model):
    make_user(django_user_model, "vergeetachtig", EDITORS)
    lock_out(client, "vergeetachtig")
    client.force_login(make_user(django_user_model, "redacteur", EDITORS))
    assert "Inlogblokkades" not in html(client.get("/admin/"))
    # Wagtail answers a forbidden admin page with a redirect and a message.
    refused = client.get(reverse("ovn_lockouts"), follow=True)
    assert "vergeetachtig" not in html(refused) and "Vrijgeven" not in html(refused)
    assert "je hebt geen toegang tot dit gedeelte" in html(refused)
    attempt = AccessAttempt.objects.get(username="vergeetachtig")
    assert client.post(reverse("ovn_lockout_release", args=[attempt.pk])).status_code in (302, 403)
    assert client.post(reverse("ovn_lockout_release_address"), {"adres": "127.0.0.1"}).status_code in (302, 403)
    assert client.post(reverse("ovn_lockout_release_username"), {"gebruikersnaam": "vergeetachtig"}).status_code in (
        302,
        403,
    )
    assert AccessAttempt.objects.filter(username="vergeetachtig").exists()
    client.logout()
    assert sign_in(client, "vergeetachtig").status_code == 429


# --- Two-factor authentication ------------------------------------------------


@pytest.mark.parametrize("role", ["superuser", "eindredacteur"])
def test_two_factor_is_required_before_the_admin_opens(client, django_user_model, role):
    if role == "superuser":
        make_user(django_user_model, "baas", superuser=True)
    else:
        make_user(django_user_model, "baas", REVIEWERS)
    response = sign_in(client, "baas")
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("ovn_2fa_setup"))
    # Every admin page sends them back, not just the dashboard.
    assert client.get("/admin/pages/").status_code == 302

    setup = client.get(response["Location"])
    page = html(setup)
    assert setup.status_code == 200
    assert "Tweestapsverificatie instellen" in page
    assert "verplicht" in page
    assert "<svg" in page  # the QR code, inline, made on the server
    assert "http" not in re.search(r"<svg.*?</svg>", page, re.S).group(0).replace("http://www.w3.org", "")
    key = key_on_page(page)
    assert len(key.replace(" ", "")) >= 32
    field = re.search(r"<input[^>]*name=\"code\"[^>]*>", page).group(0)
    assert 'type="text"' in field
    assert 'autocomplete="one-time-code"' in field
    assert 'inputmode="numeric"' in field

    # A wrong code is refused with a Dutch message; the right one finishes the setup.
    wrong = client.post(reverse("ovn_2fa_setup"), {"code": "000000" if code_for(key) != "000000" else "111111"})
    assert "Deze code klopt niet" in html(wrong)
    # Guessing is slowed down: right after a wrong code even the right one must wait.
    assert "Wacht 1 seconde" in html(client.post(reverse("ovn_2fa_setup"), {"code": code_for(key)}))
    time.sleep(1.1)
    done = client.post(reverse("ovn_2fa_setup"), {"code": code_for(key), "next": "/admin/"})
    assert done.status_code == 200
    assert "no-store" in done["Cache-Control"]
    codes = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", html(done))
    assert len(codes) == 10
    assert "maar één keer getoond" in html(done)
    assert client.get("/admin/").status_code == 200
    # Past the second factor: no admin page sends them to the setup any more.
    assert not client.get("/admin/pages/").get("Location", "").startswith(reverse("ovn_2fa_setup"))


def enrolled(client, django_user_model, username, group=None, superuser=False):
    """A user who set up an app earlier; returns (key, recovery codes, the code
    that confirmed the setup)."""
    make_user(django_user_model, username, group, superuser)
    sign_in(client, username)
    key = key_on_page(html(client.get(reverse("ovn_2fa_setup"))))
    setup_code = code_for(key)
    done = client.post(reverse("ovn_2fa_setup"), {"code": setup_code})
    codes = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", html(done))
    client.post(reverse("wagtailadmin_logout"))
    return key, codes, setup_code


def test_a_valid_code_from_the_app_logs_in(client, django_user_model, caplog):
    key, _codes, setup_code = enrolled(client, django_user_model, "baas", REVIEWERS)
    caplog.set_level(logging.INFO, logger="overheidvannu.security")
    response = sign_in(client, "baas")
    response = client.get(response["Location"])
    assert response["Location"].startswith(reverse("ovn_2fa_verify"))
    screen = client.get(response["Location"])
    page = html(screen)
    assert "Inloggen: tweede stap" in page
    field = re.search(r"<input[^>]*name=\"code\"[^>]*>", page).group(0)
    assert 'autocomplete="one-time-code"' in field and 'inputmode="numeric"' in field
    assert client.get("/admin/").status_code == 302

    refused = client.post(reverse("ovn_2fa_verify"), {"soort": "app", "code": "12345"})
    assert "zes cijfers" in html(refused)
    # The code just used to set the app up cannot be replayed...
    # (the very code, even when the app has moved on to the next one since).
    replay = client.post(reverse("ovn_2fa_verify"), {"soort": "app", "code": setup_code})
    assert "klopt niet" in html(replay)
    assert client.get("/admin/").status_code == 302
    time.sleep(1.1)  # the wrong code slows the next try down by a second
    # ...the app's next code is accepted (one step of clock drift is allowed).
    next_code = code_for(key, at=time.time() + 30)
    accepted = client.post(reverse("ovn_2fa_verify"), {"soort": "app", "code": next_code, "next": "/admin/pages/"})
    assert accepted.status_code == 302
    assert accepted["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert "Tweede stap gelukt (app): gebruiker='baas'" in caplog.text


def test_a_recovery_code_works_once(client, django_user_model):
    _key, codes, _setup_code = enrolled(client, django_user_model, "baas", superuser=True)
    sign_in(client, "baas")
    response = client.post(reverse("ovn_2fa_verify"), {"soort": "herstel", "recovery_code": codes[0].upper()})
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow.status_code == 200
    assert "nog 9" in html(follow)
    client.post(reverse("wagtailadmin_logout"))

    sign_in(client, "baas")
    again = client.post(reverse("ovn_2fa_verify"), {"soort": "herstel", "recovery_code": codes[0]})
    assert again.status_code == 200
    assert "al gebruikt" in html(again)
    assert client.get("/admin/").status_code == 302
    assert StaticToken.objects.filter(device__user__username="baas").count() == 9


def test_two_factor_is_optional_for_a_redacteur_and_offered_on_the_account_page(client, django_user_model):
    make_user(django_user_model, "redacteur", EDITORS)
    response = sign_in(client, "redacteur")
    assert client.get(response["Location"]).status_code == 200  # straight into the admin
    account = html(client.get(reverse("wagtailadmin_account")))
    assert "Tweestapsverificatie" in account
    manage = html(client.get(reverse("ovn_2fa_manage")))
    assert "Tweestapsverificatie staat uit" in manage

    setup = html(client.get(reverse("ovn_2fa_setup")))
    assert "verplicht" not in setup
    key = key_on_page(setup)
    client.post(reverse("ovn_2fa_setup"), {"code": code_for(key)})
    assert TOTPDevice.objects.filter(user__username="redacteur", confirmed=True).exists()
    client.post(reverse("wagtailadmin_logout"))

    # Once set up, the redacteur gives a code too.
    response = sign_in(client, "redacteur")
    assert client.get(response["Location"])["Location"].startswith(reverse("ovn_2fa_verify"))


def test_a_user_with_an_app_cannot_skip_the_code_by_setting_up_another(client, django_user_model):
    enrolled(client, django_user_model, "baas", REVIEWERS)
    sign_in(client, "baas")
    response = client.get(reverse("ovn_2fa_setup"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("ovn_2fa_verify"))


def test_dev_login_needs_no_second_factor_only_with_the_dev_flag(client, django_user_model, settings):
    make_user(django_user_model, "admin", superuser=True)
    sign_in(client, "admin")
    assert client.get("/admin/").status_code == 302  # flag off (base, production, test)

    settings.DEBUG = True
    settings.TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP = True
    assert client.get("/admin/").status_code == 200


def test_the_dev_flag_is_refused_without_debug(settings):
    from django.core.checks import run_checks

    settings.DEBUG = False
    settings.TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP = True
    assert "overheidvannu.E001" in [message.id for message in run_checks()]


def test_production_settings_keep_the_dev_flag_off():
    from overheidvannu.settings import base, dev

    assert base.TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP is False
    assert dev.TWO_FACTOR_DEV_LOGIN_WITHOUT_OTP is True
